// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ConvertCommand.h"
#include "BuildPlan.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "Console.h"
#include "ImageArgument.h"
#include "OutputGuard.h"
#include "PayloadReader.h"
#include "PayloadWriter.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>

QString ConvertCommand::summary() const
{
    return tr("Rewrite an image in the other layout (u32 or u64)");
}

QString ConvertCommand::synopsis() const
{
    return tr("convert --layout u32|u64 -o OUT [--pad BYTES] [--force] IMAGE");
}

QString ConvertCommand::description() const
{
    return tr("Writes the entries of IMAGE, unchanged and in the same order, as a new image in the given layout. "
              "The data is copied from IMAGE directly, without extracting it. Bytes after the last entry are not "
              "carried over. Entries the importer would reject are kept as they are; 'lbpayload verify' tells. "
              "Converting to u32 fails when an entry has 4 GiB or more.");
}

QStringList ConvertCommand::examples() const
{
    return {QStringLiteral("lbpayload convert --layout u64 -o external-u64.img external.img"),
        tr("A u32 image as u64, for the later upstream importer."),
        QStringLiteral("lbpayload convert --layout u32 -o external.img --force /dev/sdb"),
        tr("Take an image off a disk in the u32 layout, replacing external.img.")};
}

void ConvertCommand::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The image to write (required)."), tr("OUT")},
        {QStringLiteral("layout"), tr("The layout to write: u32 or u64 (required)."), tr("LAYOUT")},
        {QStringLiteral("pad"), tr("Zero-pad the image to a multiple of BYTES (suffixes K, M, G)."), tr("BYTES")},
        {QStringLiteral("force"), tr("Replace OUT if it exists.")},
    });
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("The image to convert: a file or a block device."));
}

ExitCode ConvertCommand::execute(const QCommandLineParser &parser)
{
    const QString image = parser.positionalArguments().constFirst();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("-o OUT is required: where should the converted image go?"));
    if (!parser.isSet(QStringLiteral("layout")))
        return usageError(tr("--layout is required: u32 or u64"));
    const std::optional<PayloadFormat::Layout> layout =
        PayloadFormat::parseLayout(parser.value(QStringLiteral("layout")));
    if (!layout)
        return usageError(tr("unknown layout \"%1\": use u32 or u64").arg(parser.value(QStringLiteral("layout"))));
    if (ImageArgument::isStdin(image))
        return usageError(tr("convert needs a file or a block device; standard input cannot be converted"));
    BuildOptions options;
    options.layout = *layout;
    options.overwrite = parser.isSet(QStringLiteral("force"));
    // The entries are carried over as they are, including names the importer would reject.
    options.allowImporterViolations = true;
    if (parser.isSet(QStringLiteral("pad"))) {
        const std::optional<qint64> pad = ByteCount::parse(parser.value(QStringLiteral("pad")));
        if (!pad || *pad < 1)
            return usageError(tr("--pad needs a positive byte count such as 512, 4K or 1M, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("pad"))));
        options.padTo = *pad;
    }

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
    if (!quiet()) {
        if (reader.layout() == *layout)
            Console::note(tr("%1: is already %2; writing a copy").arg(image, PayloadFormat::layoutName(*layout)));
        if (reader.trailingBytes() > 0)
            Console::note(tr("%1: the %2 bytes after the last entry are not carried over")
                              .arg(image)
                              .arg(reader.trailingBytes()));
        if (hasImporterErrors(reader.findings()))
            Console::warning(tr("%1: the importer would reject this image, and so the converted one; see 'lbpayload "
                                "verify %1'")
                                 .arg(image));
    }

    QList<BuildEntry> entries;
    entries.reserve(reader.entries().size());
    for (const PayloadEntry &e : reader.entries())
        entries << BuildEntry::fromRange(reader.fileName(), e.dataOffset, e.size, e.rawName);
    BuildPlan plan(entries, options);
    if (!plan.prepare()) {
        for (const QString &problem : plan.problems())
            Console::error(tr("%1: %2").arg(output, problem));
        return ExitCode::Usage;
    }

    ProgressPrinter progress(quiet());
    PayloadWriter writer;
    const bool written = writer.write(plan, output, progress.control());
    progress.finish();
    if (!written) {
        Console::error(writer.error());
        return writer.wasCanceled() ? ExitCode::Interrupted : ExitCode::Failure;
    }
    if (!quiet())
        Console::note(tr("%1: %n entry(s), %2 bytes in all (%3 layout)", nullptr, int(entries.size()))
                          .arg(output)
                          .arg(writer.manifest().imageSize)
                          .arg(PayloadFormat::layoutName(*layout)));
    return ExitCode::Ok;
}
