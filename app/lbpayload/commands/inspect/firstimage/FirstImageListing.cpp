// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageListing.h"
#include "Console.h"
#include "FirstImageArgument.h"
#include "FirstImageHasher.h"
#include "FirstImageManifest.h"
#include "FirstImageReader.h"
#include "ManifestOutput.h"
#include "ProgressPrinter.h"

#include <QSaveFile>

ExitCode FirstImageListing::list(const QString &path, bool json)
{
    FirstImageReader reader;
    const ExitCode opened = FirstImageArgument::open(reader, path);
    if (opened != ExitCode::Ok)
        return opened;
    const bool damaged = FirstImageArgument::damaged(reader);
    StdoutBuffer out;
    if (json) {
        out.append(FirstImageManifest::json(reader, {}));
    } else {
        const QList<SrcfsRecord> &records = reader.records();
        qint64 maxOffset = 0, maxData = 0, maxSize = 0;
        qsizetype kindWidth = 0;
        for (const SrcfsRecord &r : records) {
            maxOffset = std::max(maxOffset, r.offset);
            maxData = std::max(maxData, r.dataOffset);
            maxSize = std::max(maxSize, r.size);
            kindWidth = std::max(kindWidth, SrcfsRecord::kindKey(r.kind).size());
        }
        for (const SrcfsRecord &r : records) {
            out.appendNumber(r.index, StdoutBuffer::digitsOf(std::max<qint64>(0, records.size() - 1)));
            out.append("  ");
            // The JSON spelling, so that scripts can match on it in either output.
            out.append(SrcfsRecord::kindKey(r.kind).leftJustified(kindWidth).toLatin1());
            out.append("  ");
            out.appendNumber(r.offset, StdoutBuffer::digitsOf(maxOffset));
            out.append("  ");
            out.appendNumber(r.dataOffset, StdoutBuffer::digitsOf(maxData));
            out.append("  ");
            out.appendNumber(r.size, StdoutBuffer::digitsOf(maxSize));
            out.append("  ");
            out.append(Console::escapedName(r.path));
            if (r.kind == SrcfsRecord::Kind::Hex0 || r.kind == SrcfsRecord::Kind::Command) {
                out.append(r.kind == SrcfsRecord::Kind::Hex0 ? " < " : " ");
                out.append(Console::escapedName(r.argument));
            }
            out.append('\n');
        }
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    return damaged ? ExitCode::Failure : ExitCode::Ok;
}

ExitCode FirstImageListing::manifest(const QString &path, Manifest::Format format, const QString &output, bool quiet)
{
    FirstImageReader reader;
    const ExitCode opened = FirstImageArgument::open(reader, path);
    if (opened != ExitCode::Ok)
        return opened;
    // A manifest of a damaged image would describe an image that does not boot.
    if (FirstImageArgument::damaged(reader)) {
        Console::error(tr("%1: the script is damaged; no manifest was written").arg(path));
        return ExitCode::Failure;
    }
    QList<QByteArray> digests;
    {
        ProgressPrinter progress(quiet);
        QString error;
        bool canceled = false;
        digests = FirstImageHasher::hash(reader, {}, progress.control(), &error, &canceled);
        progress.finish();
        if (canceled) {
            Console::error(tr("%1: canceled; no manifest was written").arg(path));
            return ExitCode::Interrupted;
        }
        if (!error.isEmpty()) {
            Console::error(error);
            return ExitCode::Failure;
        }
    }
    if (format != Manifest::Format::Json) {
        const Manifest files = FirstImageManifest::files(reader, digests);
        if (output.isEmpty())
            return ManifestOutput::toStdout(files, format);
        QString error;
        if (!files.save(output, format, &error)) {
            Console::error(error);
            return ExitCode::Failure;
        }
        return ExitCode::Ok;
    }
    const QByteArray json = FirstImageManifest::json(reader, digests);
    if (output.isEmpty()) {
        StdoutBuffer out;
        out.append(json);
        if (!out.flush()) {
            Console::error(out.errorString());
            return ExitCode::Failure;
        }
        return ExitCode::Ok;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        Console::error(tr("%1: cannot write the manifest: %2").arg(output, file.errorString()));
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}
