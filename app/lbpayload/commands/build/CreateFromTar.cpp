// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CreateFromTar.h"
#include "ArchiveText.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "Console.h"
#include "ImporterRules.h"
#include "OutputGuard.h"
#include "ProgressPrinter.h"
#include "TarImporter.h"

#include <QFileInfo>

ExitCode CreateFromTar::run(const Request &request)
{
    const QFileInfo info(request.tarPath);
    if (!info.exists()) {
        Console::error(tr("%1: no such file").arg(request.tarPath));
        return ExitCode::Failure;
    }
    if (info.isDir()) {
        Console::error(tr("%1: is a folder; --from-tar needs a tar archive").arg(request.tarPath));
        return ExitCode::Failure;
    }
    // Fail before reading anything when the outputs cannot be written.
    ExitCode free = OutputGuard::check(request.output, request.options.overwrite);
    if (free == ExitCode::Ok && !request.manifestPath.isEmpty())
        free = OutputGuard::check(request.manifestPath, request.options.overwrite);
    if (free != ExitCode::Ok)
        return free;

    CancelSignal::install();
    TarImporter importer;
    {
        ProgressPrinter progress(request.quiet);
        const bool scanned = importer.scan(request.tarPath, progress.control());
        progress.finish();
        if (!scanned) {
            if (importer.wasCanceled() || CancelSignal::raised()) {
                Console::error(tr("%1: canceled while reading the tar; nothing was written").arg(request.tarPath));
                return ExitCode::Interrupted;
            }
            if (importer.problems().isEmpty()) {
                Console::error(importer.error());
            } else {
                for (const QString &problem : importer.problems())
                    Console::error(tr("%1: %2").arg(request.tarPath, problem));
            }
            return ExitCode::Failure;
        }
    }
    const ArchiveReport &scan = importer.scanReport();
    for (const ArchiveFinding &f : scan.findings)
        if (f.severity != ArchiveFinding::Severity::Info && !request.quiet)
            Console::warning(ArchiveText::findingLine(request.tarPath, f));
    if (!request.quiet) {
        // A tar of a source tree has a folder member for every folder: one line, not hundreds.
        if (!importer.skipped().isEmpty())
            Console::note(tr("%1: skipped %n member(s) that are not regular files (folders, links, devices)", nullptr,
                int(importer.skipped().size()))
                              .arg(request.tarPath));
        for (qsizetype i = 0; i < importer.members().size(); ++i) {
            const TarImporter::Member &m = importer.members().at(i);
            for (const ImporterFinding &f : ImporterRules::checkName(m.name, int(i)))
                Console::warning(
                    tr("%1: member \"%2\" (entry \"%3\"): %4")
                        .arg(request.tarPath, Console::displayName(m.path), Console::displayName(m.name), f.message));
        }
    }

    ProgressPrinter progress(request.quiet);
    const bool written = importer.write(request.tarPath, request.output, request.options, progress.control());
    progress.finish();
    if (!written) {
        Console::error(importer.error());
        return importer.wasCanceled() || CancelSignal::raised() ? ExitCode::Interrupted : ExitCode::Failure;
    }
    if (!request.manifestPath.isEmpty()) {
        QString error;
        if (!importer.manifest().save(request.manifestPath, request.manifestFormat, &error)) {
            Console::error(error);
            return ExitCode::Failure;
        }
    }
    if (!request.quiet) {
        qint64 bytes = 0;
        for (const TarImporter::Member &m : importer.members())
            bytes += m.size;
        Console::note(tr(
            "%1: %n entry(s) from %2, %3 of data, %4 bytes in all (%5 layout)", nullptr, int(importer.members().size()))
                          .arg(request.output, request.tarPath, ByteCount::human(bytes))
                          .arg(importer.manifest().imageSize)
                          .arg(PayloadFormat::layoutName(request.options.layout)));
    }
    return ExitCode::Ok;
}
