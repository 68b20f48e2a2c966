// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BuildFirstImageCommand.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "Console.h"
#include "FirstImageFormat.h"
#include "FirstImageWriter.h"
#include "OutputGuard.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace {

// Beyond this a size in MiB would overflow bytes; no disk is that large anyway (1 EiB).
constexpr qint64 MaxTargetMiB = qint64(1) << 40;

} // namespace

QString BuildFirstImageCommand::summary() const
{
    return tr("Build the first boot disk (init.img, builder-hex0) from a prepared folder");
}

QString BuildFirstImageCommand::synopsis() const
{
    return tr("build-first-image -o OUT [--target-size MIB] [--builder-hex0 DIR] [--force] [--overwrite] FOLDER");
}

QString BuildFirstImageCommand::description() const
{
    return tr("Writes the disk live-bootstrap's kernel-bootstrap mode boots from, byte for byte as upstream's "
              "generator writes target/init.img from target/init: builder-hex0's boot sector compiled from its "
              "stage-1 hex0 source, the stage-2 source as text, then a script that makes every folder and file of "
              "FOLDER in builder-hex0's file system, then the commands that start stage0-posix, then zeros to the "
              "next MiB. Each folder's entries go in byte order of their names, so the same folder always gives "
              "the same image. Paths containing \".git\" are left out, as upstream does. A link to a file is read; "
              "a link to a folder becomes an empty folder. builder-hex0's files come from --builder-hex0 DIR, else "
              "from the builder-hex0/ folder of the live-bootstrap checkout FOLDER is in (searched upwards). "
              "Before anything is written the tree is checked against builder-hex0's limits (14,332 files, "
              "1,811,939,328 bytes, names under 1 KiB) and the Fiwix hand-off of the folder's "
              "steps/jump/fiwix.sh; a tree that breaks one is refused with exit code 1 unless --force. OUT "
              "appears only when complete; an existing OUT is replaced only with --overwrite.");
}

QStringList BuildFirstImageCommand::examples() const
{
    return {QStringLiteral("lbpayload build-first-image -o target/init.img target/init"),
        tr("The first disk of a live-bootstrap checkout prepared by rootfs.py, builder-hex0 from the checkout."),
        QStringLiteral("lbpayload build-first-image -o init.img --target-size 4096 --overwrite target/init"),
        tr("The same, extended to 4 GiB, replacing init.img."),
        QStringLiteral("lbpayload build-first-image -o init.img --builder-hex0 ~/builder-hex0 --force prepared/"),
        tr("With builder-hex0 from its own clone, written even though the tree breaks a limit.")};
}

void BuildFirstImageCommand::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The image to write (required)."), tr("OUT")},
        {QStringLiteral("target-size"),
            tr("Extend the image with zeros to MIB mebibytes (upstream's --target-size); smaller than the image is an "
               "error."),
            tr("MIB")},
        {QStringLiteral("builder-hex0"),
            tr("The folder holding builder-hex0-x86-stage1.hex0 and builder-hex0-x86-stage2.hex0 (default: the "
               "builder-hex0/ folder of the checkout FOLDER is in)."),
            tr("DIR")},
        {QStringLiteral("force"), tr("Write the image even when the tree breaks builder-hex0's limits.")},
        {QStringLiteral("overwrite"), tr("Replace OUT if it exists.")},
    });
    parser.addPositionalArgument(
        QStringLiteral("FOLDER"), tr("The prepared folder (upstream's target/init)."), QStringLiteral("FOLDER"));
}

void BuildFirstImageCommand::printFindings(const FirstImageWriter &writer) const
{
    for (const FirstImageFinding &f : writer.findings()) {
        //: message [stable code of the finding]
        const QString text = tr("%1 [%2]").arg(f.message, FirstImageFinding::codeKey(f.code));
        switch (f.severity) {
        case FirstImageFinding::Severity::Error:
            Console::error(text);
            break;
        case FirstImageFinding::Severity::Warning:
            if (!quiet())
                Console::warning(text);
            break;
        case FirstImageFinding::Severity::Info:
            if (!quiet())
                Console::note(text);
            break;
        }
    }
}

void BuildFirstImageCommand::printSummary(const QString &output, const FirstImageWriter &writer) const
{
    const QLocale locale;
    const FirstImageBudget &budget = writer.budget();
    const int records = int(writer.records().size());
    Console::note(tr(
        "%1: %n record(s) (%2 files, %3 folders), %4 of file data, %5 bytes in all (builder-hex0 %6)", nullptr, records)
                      .arg(output, locale.toString(writer.fileCount()), locale.toString(writer.folderCount()),
                          ByteCount::human(budget.bytesUsed), locale.toString(writer.imageSize()),
                          writer.revision().isEmpty() ? tr("of unknown revision") : writer.revision()));
    Console::note(tr("%1: builder-hex0's budget: %2 of %3 files, %4 of %5 bytes")
                      .arg(output, locale.toString(budget.filesUsed), locale.toString(budget.filesLimit),
                          locale.toString(budget.bytesUsed), locale.toString(budget.bytesLimit)));
    if (budget.fiwix)
        Console::note(tr("%1: Fiwix hand-off (inferred): its ext2 image of %2 KiB (%3 line %4) leaves %5 bytes for "
                         "what the build writes before Fiwix")
                          .arg(output, locale.toString(budget.fiwix->initrdKiB), budget.fiwix->source,
                              QString::number(budget.fiwix->line), locale.toString(budget.leftBeforeFiwix())));
    else
        Console::note(tr("%1: Fiwix hand-off unknown: the folder has no %2 with a make_fiwix_initrd -s figure")
                          .arg(output, FiwixHandoff::checkoutPath()));
}

ExitCode BuildFirstImageCommand::execute(const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("-o OUT is required: where should the image go?"));
    const QString folder = parser.positionalArguments().constFirst();
    FirstImageWriter::Options options;
    options.force = parser.isSet(QStringLiteral("force"));
    options.overwrite = parser.isSet(QStringLiteral("overwrite"));
    options.builderHex0Dir = parser.value(QStringLiteral("builder-hex0"));
    if (parser.isSet(QStringLiteral("builder-hex0")) && options.builderHex0Dir.isEmpty())
        return usageError(tr("--builder-hex0 needs a folder"));
    if (parser.isSet(QStringLiteral("target-size"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("target-size"));
        options.targetSizeMiB = text.toLongLong(&ok);
        if (!ok || options.targetSizeMiB < 1 || options.targetSizeMiB > MaxTargetMiB)
            return usageError(tr("--target-size needs a whole number of MiB such as 4096, not \"%1\"").arg(text));
    }
    if (!QFileInfo(folder).isDir())
        return usageError(tr("%1: is not a folder; give the prepared folder (upstream's target/init)").arg(folder));
    // Fail before reading anything when the output cannot be written. Here --force means
    // "despite the findings", so replacing OUT has an option of its own, named in the message.
    const QFileInfo outInfo(output);
    if (!outInfo.isDir() && (outInfo.exists() || outInfo.isSymLink()) && !options.overwrite) {
        Console::error(tr("%1: exists; use --overwrite to replace it").arg(output));
        return ExitCode::Failure;
    }
    if (const ExitCode free = OutputGuard::check(output, true); free != ExitCode::Ok)
        return free;

    CancelSignal::install();
    ProgressPrinter progress(quiet());
    FirstImageWriter writer;
    const bool written = writer.write(folder, output, options, progress.control());
    progress.finish();
    printFindings(writer);
    if (!written) {
        Console::error(writer.error());
        if (writer.wasCanceled())
            return ExitCode::Interrupted;
        return writer.wasRefused() ? ExitCode::Findings : ExitCode::Failure;
    }
    if (!quiet())
        printSummary(output, writer);
    return ExitCode::Ok;
}
