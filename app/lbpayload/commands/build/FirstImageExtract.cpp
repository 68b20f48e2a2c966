// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageExtract.h"
#include "Console.h"
#include "FirstImageArgument.h"
#include "FirstImageExtractor.h"
#include "FirstImageReader.h"
#include "ProgressPrinter.h"

#include <QHash>

ExitCode FirstImageExtract::run(const QString &image, const QStringList &paths, const QString &directory, bool force,
    bool quiet, const std::function<ExitCode(const QString &)> &usageError)
{
    FirstImageReader reader;
    const ExitCode opened = FirstImageArgument::open(reader, image);
    if (opened != ExitCode::Ok)
        return opened;
    // Half a tree would not be what the image boots with.
    if (FirstImageArgument::damaged(reader)) {
        Console::error(tr("%1: the script is damaged; nothing was extracted").arg(image));
        return ExitCode::Failure;
    }

    FirstImageExtractor::Options options;
    options.overwrite = force;
    if (!paths.isEmpty()) {
        QHash<QByteArray, int> last;
        for (const SrcfsRecord &r : reader.records())
            if (r.kind == SrcfsRecord::Kind::File || r.kind == SrcfsRecord::Kind::Folder)
                last.insert(FirstImageExtractor::targetPath(r.path), r.index);
        QStringList missing;
        for (const QString &path : paths) {
            const int index = last.value(FirstImageExtractor::targetPath(path.toUtf8()), -1);
            if (index < 0)
                missing << path;
            else if (!options.indices.contains(index))
                options.indices << index;
        }
        if (!missing.isEmpty())
            return usageError(
                tr("%1: no file or folder \"%2\"").arg(reader.fileName(), missing.join(QLatin1String("\", \""))));
        std::sort(options.indices.begin(), options.indices.end());
    }

    ProgressPrinter progress(quiet);
    FirstImageExtractor extractor;
    const bool ok = extractor.extract(reader, directory, options, progress.control());
    progress.finish();
    if (!ok) {
        if (extractor.wasCanceled()) {
            Console::error(tr("canceled: %1 files were extracted, each of them complete; no partial file was left")
                               .arg(extractor.written().size()));
            return ExitCode::Interrupted;
        }
        Console::error(extractor.error());
        return ExitCode::Failure;
    }
    if (!quiet) {
        Console::note(tr("extracted %1 files and %2 folders of the builder-hex0 first image into %3")
                          .arg(extractor.written().size())
                          .arg(extractor.foldersMade())
                          .arg(directory));
    }
    return ExitCode::Ok;
}
