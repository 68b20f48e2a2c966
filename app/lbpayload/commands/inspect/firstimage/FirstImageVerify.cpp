// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageVerify.h"
#include "CancelSignal.h"
#include "Console.h"
#include "FirstImageArgument.h"
#include "FirstImageExtractor.h"
#include "FirstImageHasher.h"
#include "FirstImageInfo.h"
#include "FirstImageReader.h"
#include "ProgressPrinter.h"

#include <QHash>
#include <QSet>

ExitCode FirstImageVerify::run(const QString &image, const std::optional<Manifest> &manifest, bool quiet)
{
    FirstImageReader reader;
    const ExitCode opened = FirstImageArgument::open(reader, image);
    if (opened != ExitCode::Ok)
        return opened;
    if (FirstImageArgument::damaged(reader)) {
        Console::error(tr("%1: FAILED: the script cannot be read to its end").arg(image));
        return ExitCode::Failure;
    }

    QStringList mismatches;
    int hashesChecked = 0;
    if (manifest) {
        QList<QByteArray> digests;
        {
            ProgressPrinter progress(quiet);
            QString error;
            bool canceled = false;
            digests = FirstImageHasher::hash(reader, {}, progress.control(), &error, &canceled);
            progress.finish();
            if (canceled || CancelSignal::raised()) {
                Console::error(tr("%1: verification canceled").arg(image));
                return ExitCode::Interrupted;
            }
            if (!error.isEmpty()) {
                Console::error(error);
                return ExitCode::Failure;
            }
        }
        const QList<SrcfsRecord> &records = reader.records();
        QHash<QByteArray, int> byPath; // resolved path -> last File record
        for (const SrcfsRecord &r : records)
            if (r.kind == SrcfsRecord::Kind::File)
                byPath.insert(FirstImageExtractor::targetPath(r.path), r.index);
        QSet<int> matched;
        for (const ManifestEntry &want : manifest->entries) {
            const QString name = Console::displayName(want.name);
            const int i = byPath.value(FirstImageExtractor::targetPath(want.name), -1);
            if (i < 0) {
                mismatches << tr("\"%1\": listed in the manifest, missing from the image").arg(name);
                continue;
            }
            matched.insert(i);
            const SrcfsRecord &r = records.at(i);
            if (want.size >= 0 && want.size != r.size) {
                mismatches << tr("record %1 at byte %2 \"%3\": size %4, the manifest says %5")
                                  .arg(i)
                                  .arg(r.offset)
                                  .arg(name)
                                  .arg(r.size)
                                  .arg(want.size);
                continue;
            }
            if (want.sha256.isEmpty())
                continue;
            ++hashesChecked;
            if (digests.value(i) != want.sha256)
                mismatches << tr("record %1 at byte %2 \"%3\": SHA-256 %4, the manifest says %5")
                                  .arg(i)
                                  .arg(r.offset)
                                  .arg(name, QString::fromLatin1(digests.value(i)), QString::fromLatin1(want.sha256));
        }
        for (const int i : std::as_const(byPath))
            if (!matched.contains(i))
                mismatches << tr("record %1 at byte %2 \"%3\": in the image, not in the manifest")
                                  .arg(i)
                                  .arg(records.at(i).offset)
                                  .arg(Console::displayName(records.at(i).path));
        mismatches.sort();
    }

    StdoutBuffer out;
    for (const FirstImageFinding &f : reader.findings())
        out.appendLine(FirstImageInfo::line(f));
    for (const QString &mismatch : std::as_const(mismatches))
        out.appendLine(tr("%1: mismatch: %2").arg(image, mismatch));
    const bool errors = hasFirstImageErrors(reader.findings());
    QString facts = tr("builder-hex0 first image, %1 files, %2 folders, %3 commands")
                        .arg(reader.fileCount())
                        .arg(reader.folderCount())
                        .arg(reader.commandCount());
    if (manifest)
        facts += tr(", %1 hashes checked").arg(hashesChecked);
    const bool ok = !errors && mismatches.isEmpty();
    if (ok) {
        if (!quiet)
            out.appendLine(tr("%1: OK (%2)").arg(image, facts));
    } else {
        QStringList problems;
        if (errors)
            problems << tr("builder-hex0 would fail: %1").arg(FirstImageInfo::counts(reader.findings()));
        if (!mismatches.isEmpty())
            problems << tr("%1 mismatches with the manifest").arg(mismatches.size());
        out.appendLine(tr("%1: FAILED (%2): %3").arg(image, facts, problems.join(QLatin1String("; "))));
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    return ok ? ExitCode::Ok : ExitCode::Findings;
}
