// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ExportTarCommand.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "Console.h"
#include "HelperProgram.h"
#include "ImageArgument.h"
#include "OutputGuard.h"
#include "PayloadReader.h"
#include "ProgressPrinter.h"
#include "TarExporter.h"

#include <QCommandLineParser>

QString ExportTarCommand::summary() const
{
    // The same line lbpayload lists, which hands this command to lbpayload-archive.
    return HelperProgram::archiveCommandSummary(name());
}

QString ExportTarCommand::synopsis() const
{
    return tr("export-tar IMAGE -o OUT.tar[.gz|.bz2|.xz|.zst] [--folder DIR] [--mtime SECONDS] [--force] [NAME...]");
}

QString ExportTarCommand::description() const
{
    return tr("Writes every entry, or only the named ones, as a regular member of a tar archive: named like the "
              "entry (inside DIR with --folder), mode 0644, owner root, and one modification time for all "
              "(--mtime, else SOURCE_DATE_EPOCH, else the image's), so the same image always gives the same "
              "bytes. The compression follows OUT's name: .tar, .tar.gz/.tgz, .tar.bz2/.tbz2, .tar.xz/.txz, "
              ".tar.zst/.tzst. Each entry is read in place and streamed; OUT appears only when complete, and an "
              "existing OUT is replaced only with --force. A name stored twice gives its last entry, as the "
              "importer keeps it. Names an unpacker would trip on (a '/', '..') are refused before anything is "
              "written.");
}

QStringList ExportTarCommand::examples() const
{
    return {QStringLiteral("lbpayload export-tar external.img -o distfiles.tar.zst"),
        tr("Every entry, into a zstd-compressed tar."),
        QStringLiteral("lbpayload export-tar external.img -o some.tar --folder distfiles gcc-13.2.0.tar.xz"),
        tr("One entry, as distfiles/gcc-13.2.0.tar.xz in a plain tar."),
        QStringLiteral("SOURCE_DATE_EPOCH=0 lbpayload export-tar /dev/sdb -o disk.tar.gz --force"),
        tr("The entries on a disk, stamped with time 0, replacing disk.tar.gz.")};
}

void ExportTarCommand::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
            tr("The tar archive to write (required); its name chooses the compression."), tr("OUT")},
        {QStringLiteral("folder"), tr("Put the members into folder DIR of the archive."), tr("DIR")},
        {QStringLiteral("mtime"), tr("Modification time of every member, in seconds since 1970."), tr("SECONDS")},
        {QStringLiteral("force"), tr("Replace OUT if it exists.")},
    });
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("The image: a file or a block device."));
    parser.addPositionalArgument(
        QStringLiteral("NAME"), tr("Entries to export; all when none is given."), QStringLiteral("[NAME...]"));
}

ExitCode ExportTarCommand::execute(const QCommandLineParser &parser)
{
    QStringList arguments = parser.positionalArguments();
    const QString image = arguments.takeFirst();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("-o OUT is required: where should the tar archive go?"));
    if (ImageArgument::isStdin(image))
        return usageError(tr("export-tar needs a file or a block device; standard input cannot be exported from"));
    const std::optional<TarExporter::Compression> compression = TarExporter::compressionForFileName(output);
    if (!compression)
        return usageError(tr("%1: the name must end in .tar, .tar.gz, .tgz, .tar.bz2, .tbz2, .tar.xz, .txz, .tar.zst "
                             "or .tzst, which chooses the compression")
                              .arg(output));
    TarExporter::Options options;
    options.compression = *compression;
    options.overwrite = parser.isSet(QStringLiteral("force"));
    options.folder = parser.value(QStringLiteral("folder"));
    if (parser.isSet(QStringLiteral("mtime"))) {
        bool ok = false;
        const qint64 mtime = parser.value(QStringLiteral("mtime")).toLongLong(&ok);
        if (!ok || mtime < 0 || mtime > 077777777777ll)
            return usageError(tr("--mtime needs seconds since 1970 from 0 to %1, not \"%2\"")
                                  .arg(077777777777ll)
                                  .arg(parser.value(QStringLiteral("mtime"))));
        options.mtime = mtime;
    }
    if (OutputGuard::sameFile(image, output))
        return usageError(tr("the image and the tar archive cannot be the same file"));
    const ExitCode free = OutputGuard::check(output, options.overwrite);
    if (free != ExitCode::Ok)
        return free;

    // From the first read on: a signal while the table is read is noticed by the job at its first
    // chunk (exit 130, nothing written) instead of ending the process by default action.
    CancelSignal::install();
    PayloadReader reader;
    const ExitCode opened = ImageArgument::open(reader, image);
    if (opened != ExitCode::Ok)
        return opened;
    QList<int> indices;
    const ExitCode selected = selectEntries(reader, arguments, &indices,
        tr("%1: entry %2 at byte %3: \"%4\" is stored again as entry %5; exporting that "
           "one, as the importer would keep it"));
    if (selected != ExitCode::Ok)
        return selected;
    // An empty list means "all" to the exporter; an image with no entries gives an empty tar.
    options.indices = indices;

    ProgressPrinter progress(quiet());
    TarExporter exporter;
    const bool ok = exporter.exportImage(reader, output, options, progress.control());
    progress.finish();
    if (!ok) {
        if (exporter.wasCanceled()) {
            Console::error(tr("%1: export canceled; nothing was written").arg(output));
            return ExitCode::Interrupted;
        }
        Console::error(exporter.error());
        return ExitCode::Failure;
    }
    if (!quiet())
        Console::note(tr("%1: %n member(s), %2 (%3)", nullptr, exporter.memberCount())
                          .arg(output, ByteCount::human(exporter.outputSize()),
                              options.compression == TarExporter::Compression::None
                                  ? tr("uncompressed")
                                  : TarExporter::compressionKey(options.compression)));
    return ExitCode::Ok;
}
