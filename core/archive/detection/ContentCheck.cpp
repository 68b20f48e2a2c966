// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ContentCheck.h"
#include "TrailerCheck.h"

#include <QBuffer>
#include <QFile>

#include <algorithm>

DistfileKind::Detection ContentCheck::sniffFile(const QString &path, const QString &name, qint64 offset, qint64 length)
{
    DistfileKind::Detection failed;
    failed.nameKind = DistfileKind::kindFromFileName(name);
    QFile file(path);
    // Unbuffered: QFile's own buffer would turn the one read into a 16 KiB read plus a copy.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        failed.error = file.errorString();
        return failed;
    }
    if (offset > 0 && (offset > file.size() || !file.seek(offset))) {
        failed.error = tr("the file ends before byte %1").arg(offset);
        return failed;
    }
    const qint64 wanted = length < 0 ? DistfileKind::HeadSize : std::min(length, DistfileKind::HeadSize);
    QByteArray head(wanted, Qt::Uninitialized);
    const qint64 n = file.read(head.data(), wanted);
    if (n < 0) {
        failed.error = file.errorString();
        return failed;
    }
    head.truncate(n);
    DistfileKind::Detection detection = sniff(head, name);
    detection.cutShort = TrailerCheck::check(&file, head, std::max<qint64>(offset, 0), length);
    return detection;
}

DistfileKind::Detection ContentCheck::sniff(const QByteArray &head, const QString &name)
{
    // detect() wants a device it can read twice (the magic, then a trial decompression):
    // a buffer over the head costs no second read of the file.
    QByteArray bytes = head.left(DistfileKind::HeadSize);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return DistfileKind::detect(&buffer, name);
}

std::optional<ArchiveFinding> ContentCheck::mismatch(DistfileKind::Detection detection, const QString &name)
{
    detection.nameKind = DistfileKind::kindFromFileName(name);
    return detection.mismatchFinding(name);
}

std::optional<ArchiveFinding> ContentCheck::finding(const DistfileKind::Detection &detection, const QString &name)
{
    if (std::optional<ArchiveFinding> f = mismatch(detection, name))
        return f;
    if (!detection.cutShort)
        return std::nullopt;
    ArchiveFinding f = *detection.cutShort;
    //: %1 a file name, %2 what is wrong ("cut short: the xz stream footer is missing; ...")
    f.message = tr("%1: %2").arg(name, f.message);
    return f;
}
