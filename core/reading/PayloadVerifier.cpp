// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadVerifier.h"
#include "EntryHasher.h"
#include "PayloadReader.h"
#include "Sha256.h"

#include <QHash>
#include <QSet>

void PayloadVerifier::compare(const QList<QByteArray> &names, const QList<qint64> &sizes,
                              const QList<QByteArray> &digests, const Manifest &manifest, VerifyReport &report)
{
    report.manifestChecked = true;
    bool sameOrder = names.size() == manifest.entries.size();
    for (qsizetype i = 0; sameOrder && i < names.size(); ++i)
        sameOrder = names.at(i) == manifest.entries.at(i).name;

    QHash<QByteArray, int> byName;
    for (qsizetype i = 0; i < names.size(); ++i)
        byName.insert(names.at(i), int(i)); // the last of duplicates wins, as in the importer
    QSet<int> matched;
    for (qsizetype m = 0; m < manifest.entries.size(); ++m) {
        const ManifestEntry &want = manifest.entries.at(m);
        const QString name = QString::fromUtf8(want.name);
        const int i = sameOrder ? int(m) : byName.value(want.name, -1);
        if (i < 0) {
            report.mismatches << tr("\"%1\": listed in the manifest, missing from the image").arg(name);
            continue;
        }
        matched.insert(i);
        if (want.size >= 0 && want.size != sizes.at(i)) {
            report.mismatches << tr("entry %1 \"%2\": size %3, the manifest says %4").arg(i).arg(name).arg(sizes.at(i)).arg(want.size);
            continue;
        }
        if (want.sha256.isEmpty())
            continue;
        ++report.hashesChecked;
        if (digests.value(i) != want.sha256)
            report.mismatches << tr("entry %1 \"%2\": SHA-256 %3, the manifest says %4")
                                     .arg(i)
                                     .arg(name, QString::fromLatin1(digests.value(i)), QString::fromLatin1(want.sha256));
    }
    for (qsizetype i = 0; i < names.size(); ++i)
        if (!matched.contains(int(i)))
            report.mismatches << tr("entry %1 \"%2\": in the image, not in the manifest").arg(i).arg(QString::fromUtf8(names.at(i)));
}

VerifyReport PayloadVerifier::verify(const QString &imagePath, const std::optional<Manifest> &manifest,
                                     const JobControl &control)
{
    VerifyReport report;
    PayloadReader reader;
    if (!reader.open(imagePath)) {
        report.structureError = reader.errorString();
        return report;
    }
    report.opened = true;
    report.layout = reader.layout();
    report.entryCount = int(reader.entries().size());
    report.findings = reader.findings();
    if (!manifest)
        return report;

    QList<QByteArray> names;
    QList<qint64> sizes;
    for (const PayloadEntry &e : reader.entries()) {
        names << e.rawName;
        sizes << e.size;
    }
    QString error;
    bool canceled = false;
    const QList<QByteArray> digests = EntryHasher::hash(reader, {}, control, &error, &canceled);
    if (canceled) {
        report.canceled = true;
        return report;
    }
    if (!error.isEmpty()) {
        report.ioError = error;
        return report;
    }
    compare(names, sizes, digests, *manifest, report);
    return report;
}

VerifyReport PayloadVerifier::verifyStream(QIODevice *device, const QString &displayName,
                                           const std::optional<Manifest> &manifest, const JobControl &control)
{
    VerifyReport report;
    PayloadReader reader;
    QList<QByteArray> digests;
    Sha256 sha;
    qint64 done = 0;
    PayloadReader::DataCallback onData;
    if (manifest) {
        onData = [&](const PayloadEntry &e, const char *data, qint64 length) {
            sha.addData(data, length);
            done += length;
            control.report(done, -1, e.name());
            return !control.canceled();
        };
    }
    // Entries with data are finished when the next one starts; hash them as they complete.
    const PayloadReader::EntryCallback onEntry = [&](const PayloadEntry &) {
        if (manifest) {
            digests.append(sha.hexResult());
        }
        return !control.canceled();
    };
    if (!reader.openStream(device, displayName, std::nullopt, onEntry, onData)) {
        report.canceled = reader.wasCanceled();
        report.structureError = reader.errorString();
        return report;
    }
    report.opened = true;
    report.layout = reader.layout();
    report.entryCount = int(reader.entries().size());
    report.findings = reader.findings();
    if (!manifest)
        return report;
    QList<QByteArray> names;
    QList<qint64> sizes;
    for (const PayloadEntry &e : reader.entries()) {
        names << e.rawName;
        sizes << e.size;
    }
    compare(names, sizes, digests, *manifest, report);
    return report;
}
