// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FuzzTargets.h"

#include "ArchiveInspector.h"
#include "IntegrityTester.h"

#include <QBuffer>

#include <memory>

namespace FuzzTargets {

QStringList archiveNames()
{
    // The suffixes DistfileKind compares names with (README, "Kinds"), the ones it knows
    // KArchive lacks, and names that promise nothing.
    static const QStringList names {
        QStringLiteral("a.tar.gz"),
        QStringLiteral("a.tgz"),
        QStringLiteral("a.taz"),
        QStringLiteral("a.tar.bz2"),
        QStringLiteral("a.tbz2"),
        QStringLiteral("a.tbz"),
        QStringLiteral("a.tb2"),
        QStringLiteral("a.tar.xz"),
        QStringLiteral("a.txz"),
        QStringLiteral("a.tar.lzma"),
        QStringLiteral("a.tlz"),
        QStringLiteral("a.tar.zst"),
        QStringLiteral("a.tzst"),
        QStringLiteral("a.tar"),
        QStringLiteral("a.gz"),
        QStringLiteral("a.bz2"),
        QStringLiteral("a.xz"),
        QStringLiteral("a.lzma"),
        QStringLiteral("a.zst"),
        QStringLiteral("a.zip"),
        QStringLiteral("a.jar"),
        QStringLiteral("a.7z"),
        QStringLiteral("a.a"),
        QStringLiteral("a.deb"),
        QStringLiteral("a.tar.lz"),
        QStringLiteral("a.lz"),
        QStringLiteral("a.tar.Z"),
        QStringLiteral("a.Z"),
        QStringLiteral("a.rar"),
        QStringLiteral("a.txt"),
        QStringLiteral("a.html"),
        QStringLiteral("a.csv"),
        QStringLiteral("noextension"),
        QStringLiteral(".tar.gz"),
        QStringLiteral("a.TAR.GZ"),
    };
    return names;
}

void archive(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    const QStringList names = archiveNames();
    const QString name = names.at(quint8(data.at(0)) % names.size());
    const QByteArray content = data.mid(1);

    QBuffer device;
    device.setData(content);
    device.open(QIODevice::ReadOnly);
    ArchiveInspector::Options options;
    options.verifyData = true;
    const ArchiveReport listing = ArchiveInspector::inspect(&device, name, options);
    (void)listing.summary();

    IntegrityTester::Target target;
    target.name = name;
    target.source = QStringLiteral("fuzz input");
    target.size = content.size();
    target.open = [content](QString *) -> std::unique_ptr<QIODevice> {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(content);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    };
    const ArchiveReport tested = IntegrityTester::test(target);
    (void)tested.summary();
}

} // namespace FuzzTargets
