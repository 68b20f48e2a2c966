// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CreateCommand.h"
#include "BuildPlan.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "Console.h"
#include "HelperProgram.h"
#include "ImporterRules.h"
#include "InputCollector.h"
#include "ManifestOutput.h"
#include "OutputGuard.h"
#include "PayloadWriter.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>

QString CreateCommand::summary() const
{
    return tr("Build an image from files, folders or an upstream list");
}

QString CreateCommand::synopsis() const
{
    return tr("create -o OUT [--layout u32|u64] [--sort] [--pad BYTES] [--manifest FILE [--manifest-format FORMAT]] "
              "[--from-list LIST | --from-tar ARCHIVE] [--recursive] [--force] [INPUT...]");
}

QString CreateCommand::description() const
{
    return tr("Writes an image holding the given files. A folder adds its regular files, named after each file, "
              "in byte order of their names (sub-folders too with --recursive, still named after the file). "
              "--from-list reads upstream's list format, one '<name> <path>' a line. Entries keep the order "
              "given unless --sort orders them by name as upstream's generator does. Every rule is checked "
              "before anything is written: two entries with the same name, a name the importer rejects, a file "
              "too large for the layout. OUT appears only when complete, and an existing OUT is replaced only "
              "with --force. The default layout is u32, the design document's. "
              "--from-tar takes the regular members of a tar archive instead (plain or compressed, streamed "
              "without a temporary copy), each named after its file name; two members with the same file name "
              "are an error.");
}

QStringList CreateCommand::examples() const
{
    return {QStringLiteral("lbpayload create -o external.img --sort distfiles/"),
        tr("Every file of distfiles/, sorted like upstream's generator."),
        QStringLiteral(
            "lbpayload create -o external.img --layout u64 --from-list external.list --manifest external.json"),
        tr("From an upstream list, in the u64 layout, with a JSON manifest of every hash."),
        QStringLiteral("lbpayload create -o disk.img --pad 1M --force a.tar.gz b.tar.xz"),
        tr("Two files, zero-padded to whole MiB, replacing disk.img."),
        QStringLiteral("lbpayload create -o external.img --sort --from-tar distfiles.tar.zst"),
        tr("The regular files of a tarball, each named after its file name, sorted like upstream's generator.")};
}

void CreateCommand::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The image to write (required)."), tr("OUT")},
        {QStringLiteral("layout"), tr("u32 (default) or u64; u64 is needed for files of 4 GiB or more."), tr("LAYOUT"),
            QStringLiteral("u32")},
        {QStringLiteral("sort"), tr("Order entries by name (Unicode code points), as upstream's generator does.")},
        {QStringLiteral("pad"), tr("Zero-pad the image to a multiple of BYTES (suffixes K, M, G: powers of 1024)."),
            tr("BYTES")},
        {QStringLiteral("manifest"), tr("Also write a manifest with every entry's SHA-256 to FILE."), tr("FILE")},
        {QStringLiteral("manifest-format"),
            tr("json, tsv or sha256 (default: from FILE's extension .json, .tsv or .sha256; else json)."),
            tr("FORMAT")},
        {QStringLiteral("from-list"), tr("Add the entries of an upstream list file ('-': standard input); repeatable."),
            tr("LIST")},
        {{QStringLiteral("r"), QStringLiteral("recursive")}, tr("Add the files of sub-folders too.")},
        {QStringLiteral("from-tar"),
            tr("Instead of INPUTs: the regular members of tar ARCHIVE (plain, gz, bz2, xz, lzma or zst), each "
               "named after its file name; folders and links are skipped."),
            tr("ARCHIVE")},
        {QStringLiteral("force"), tr("Replace OUT and the manifest file if they exist.")},
    });
    parser.addPositionalArgument(
        QStringLiteral("INPUT"), tr("Files and folders to add, in this order."), QStringLiteral("[INPUT...]"));
}

ExitCode CreateCommand::execute(const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("-o OUT is required: where should the image go?"));
    BuildOptions options;
    const std::optional<PayloadFormat::Layout> layout =
        PayloadFormat::parseLayout(parser.value(QStringLiteral("layout")));
    if (!layout)
        return usageError(tr("unknown layout \"%1\": use u32 or u64").arg(parser.value(QStringLiteral("layout"))));
    options.layout = *layout;
    options.sortByName = parser.isSet(QStringLiteral("sort"));
    options.overwrite = parser.isSet(QStringLiteral("force"));
    if (parser.isSet(QStringLiteral("pad"))) {
        const std::optional<qint64> pad = ByteCount::parse(parser.value(QStringLiteral("pad")));
        if (!pad || *pad < 1)
            return usageError(tr("--pad needs a positive byte count such as 512, 4K or 1M, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("pad"))));
        options.padTo = *pad;
    }
    const QString manifestPath = parser.value(QStringLiteral("manifest"));
    Manifest::Format manifestFormat = ManifestOutput::formatForPath(manifestPath);
    if (parser.isSet(QStringLiteral("manifest-format"))) {
        if (manifestPath.isEmpty())
            return usageError(tr("--manifest-format needs --manifest FILE"));
        const auto parsed = Manifest::parseFormat(parser.value(QStringLiteral("manifest-format")));
        if (!parsed)
            return usageError(tr("unknown manifest format \"%1\": use json, tsv or sha256")
                                  .arg(parser.value(QStringLiteral("manifest-format"))));
        manifestFormat = *parsed;
    }
    options.computeSha256 = !manifestPath.isEmpty();
    if (parser.isSet(QStringLiteral("from-tar"))) {
        const QString tar = parser.value(QStringLiteral("from-tar"));
        if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("from-list")))
            return usageError(tr("--from-tar takes no other inputs: give the tar archive alone"));
        if (parser.isSet(QStringLiteral("recursive")))
            return usageError(tr("--recursive has no meaning with --from-tar"));
        if (OutputGuard::sameFile(tar, output))
            return usageError(tr("the tar archive and the image cannot be the same file"));
        if (!manifestPath.isEmpty() &&
            (OutputGuard::sameFile(manifestPath, output) || OutputGuard::sameFile(manifestPath, tar)))
            return usageError(tr("the manifest cannot be the image or the tar archive"));
        if (!m_fromTar) {
            Console::error(
                HelperProgram::replaceProcess(HelperProgram::archiveHelperName(), QStringList {name()} + arguments()));
            return ExitCode::Failure;
        }
        return m_fromTar({tar, output, options, manifestPath, manifestFormat, quiet()});
    }
    const QStringList inputs = parser.positionalArguments();
    const QStringList lists = parser.values(QStringLiteral("from-list"));
    if (inputs.isEmpty() && lists.isEmpty())
        return usageError(tr("nothing to put in the image: give files, folders or --from-list"));
    if (!manifestPath.isEmpty() && OutputGuard::sameFile(manifestPath, output))
        return usageError(tr("the manifest and the image cannot be the same file"));

    // Fail before reading anything when the outputs cannot be written.
    ExitCode free = OutputGuard::check(output, options.overwrite);
    if (free == ExitCode::Ok && !manifestPath.isEmpty())
        free = OutputGuard::check(manifestPath, options.overwrite);
    if (free != ExitCode::Ok)
        return free;

    InputCollector collector(parser.isSet(QStringLiteral("recursive")));
    for (const QString &input : inputs) {
        if (!collector.addPath(input)) {
            Console::error(collector.error());
            return ExitCode::Failure;
        }
    }
    for (const QString &list : lists) {
        if (!collector.addList(list)) {
            Console::error(collector.error());
            return ExitCode::Failure;
        }
    }
    if (collector.exclude(output) > 0 && !quiet())
        Console::note(tr("%1: left out of its own inputs").arg(output));

    BuildPlan plan(collector.entries(), options);
    if (!plan.prepare()) {
        // What remains are conflicts in what was asked for: duplicate names, names the
        // importer rejects, files too large for the layout.
        for (const QString &problem : plan.problems())
            Console::error(tr("%1: %2").arg(output, problem));
        return ExitCode::Usage;
    }
    // Read through a const reference from here on: mutable access would unprepare the plan.
    const BuildPlan &prepared = plan;
    for (int i = 0; i < prepared.entries().size() && !quiet(); ++i) {
        const BuildEntry &e = prepared.entries().at(i);
        for (const ImporterFinding &f : ImporterRules::checkName(e.name, i))
            Console::warning(tr("%1: entry %2 \"%3\" (%4): %5")
                                 .arg(output)
                                 .arg(i)
                                 .arg(Console::displayName(e.name), e.sourcePath, f.message));
    }

    CancelSignal::install();
    ProgressPrinter progress(quiet());
    PayloadWriter writer;
    const bool written = writer.write(plan, output, progress.control());
    progress.finish();
    if (!written) {
        Console::error(writer.error());
        return writer.wasCanceled() ? ExitCode::Interrupted : ExitCode::Failure;
    }
    if (!manifestPath.isEmpty()) {
        QString error;
        if (!writer.manifest().save(manifestPath, manifestFormat, &error)) {
            Console::error(error);
            return ExitCode::Failure;
        }
    }
    if (!quiet())
        Console::note(
            tr("%1: %n entry(s), %2 of data, %3 bytes in all (%4 layout)", nullptr, int(prepared.entries().size()))
                .arg(output)
                .arg(ByteCount::human(prepared.payloadBytes()))
                .arg(writer.manifest().imageSize)
                .arg(PayloadFormat::layoutName(options.layout)));
    return ExitCode::Ok;
}
