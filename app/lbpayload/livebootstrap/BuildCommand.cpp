// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BuildCommand.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "CheckoutImageBuilder.h"
#include "Console.h"
#include "ManifestOutput.h"
#include "OutputGuard.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>

QString BuildCommand::summary() const
{
    return tr("Build external.img from a live-bootstrap checkout, as upstream's generator does");
}

QString BuildCommand::synopsis() const
{
    return tr("build -o OUT [--layout u32|u64] [--manifest FILE [--manifest-format FORMAT]] [--split-at STEP] "
              "[--guix] [--distfiles DIR] [--no-cache] [--verify] [--force] CHECKOUT");
}

QString BuildCommand::description() const
{
    return tr("Writes the external image of a live-bootstrap checkout: every distfile not in the first image "
              "(see 'lbpayload plan'), once per file name, sorted by name, byte for byte what upstream's "
              "generator writes for the same files. Every distfile is checked first; when any is missing, not a "
              "regular file or has a wrong checksum, nothing is written, each is listed with expected and actual "
              "checksums, and the exit code is 1. Each file is read once for its hash and once for its copy: a "
              "digest the hash cache knows for the unchanged file is trusted (--no-cache hashes everything), the "
              "others are hashed while copied. A distfile that changes between check and copy fails the build. "
              "The layout is the one the checkout's importer reads (see 'lbpayload plan'), u32 when the checkout "
              "does not say; a --layout that contradicts the importer is used, with a warning. "
              "--verify reads the image back and compares every entry. OUT appears only when complete; an "
              "existing OUT is replaced only with --force. --manifest also writes every entry's SHA-256 (format "
              "from --manifest-format or the file's extension). Exits with 0 when written, 1 when a distfile is "
              "missing or wrong, 3 when the checkout cannot be read, OUT exists or a write or the verification "
              "fails, 130 when interrupted.");
}

QStringList BuildCommand::examples() const
{
    return {QStringLiteral("lbpayload build -o external.img ~/live-bootstrap"),
        tr("The external image of a checkout whose distfiles are all there."),
        QStringLiteral("lbpayload build -o external.img --layout u64 --manifest external.sha256 --verify "
                       "~/live-bootstrap"),
        tr("In the u64 layout, with a sha256sum manifest, read back after writing."),
        QStringLiteral("lbpayload fetch ~/live-bootstrap && lbpayload build -o external.img --force ~/live-bootstrap"),
        tr("Download what is missing, then replace the image.")};
}

void BuildCommand::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The image to write (required)."), tr("OUT")},
        {QStringLiteral("layout"),
            tr("u32 or u64 (default: the layout the checkout's importer reads, as 'lbpayload plan' shows; u32 "
               "when the checkout does not say)."),
            tr("LAYOUT")},
        {QStringLiteral("manifest"), tr("Also write a manifest with every entry's SHA-256 to FILE."), tr("FILE")},
        {QStringLiteral("manifest-format"),
            tr("json, tsv or sha256 (default: from FILE's extension .json, .tsv or .sha256; else json)."),
            tr("FORMAT")},
        {QStringLiteral("verify"), tr("Read the image back and compare every entry's size and SHA-256.")},
        {QStringLiteral("force"), tr("Replace OUT and the manifest file if they exist.")},
    });
    m_checkout.declare(parser, false);
}

PayloadFormat::Layout BuildCommand::chooseLayout(const std::optional<PayloadFormat::Layout> &requested) const
{
    const CheckoutLayout &checkout = m_checkout.layout();
    if (!requested)
        return checkout.layout();
    const std::optional<CheckoutLayout::Evidence> evidence = checkout.evidence();
    // Allowed: the user may build for another checkout, or know better than an open pull
    // request's branch; but an image the importer cannot read must not come as a surprise.
    if (evidence && *requested != checkout.layout()) {
        const QString where = QStringLiteral("%1:%2").arg(evidence->file).arg(evidence->line);
        Console::warning(checkout.source() == CheckoutLayout::Source::Importer
                ? tr("--layout %1 contradicts the checkout's importer, which reads %2 (%3); its payload-import "
                     "will not read this image")
                      .arg(PayloadFormat::layoutName(*requested), PayloadFormat::layoutName(checkout.layout()), where)
                : tr("--layout %1 contradicts the checkout's generator, which writes %2 (%3)")
                      .arg(PayloadFormat::layoutName(*requested), PayloadFormat::layoutName(checkout.layout()), where));
    }
    return *requested;
}

ExitCode BuildCommand::execute(const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("-o OUT is required: where should the image go?"));
    CheckoutBuildOptions options;
    std::optional<PayloadFormat::Layout> layout;
    if (parser.isSet(QStringLiteral("layout"))) {
        layout = PayloadFormat::parseLayout(parser.value(QStringLiteral("layout")));
        if (!layout)
            return usageError(tr("unknown layout \"%1\": use u32 or u64").arg(parser.value(QStringLiteral("layout"))));
    }
    options.overwrite = parser.isSet(QStringLiteral("force"));
    options.verify = parser.isSet(QStringLiteral("verify"));
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
    if (!manifestPath.isEmpty() && OutputGuard::sameFile(manifestPath, output))
        return usageError(tr("the manifest and the image cannot be the same file"));
    QString usage;
    if (!m_checkout.read(parser, &usage))
        return usageError(usage);

    // Fail before reading anything when the outputs cannot be written.
    ExitCode free = OutputGuard::check(output, options.overwrite);
    if (free == ExitCode::Ok && !manifestPath.isEmpty())
        free = OutputGuard::check(manifestPath, options.overwrite);
    if (free != ExitCode::Ok)
        return free;
    const ExitCode loaded = m_checkout.load(quiet());
    if (loaded != ExitCode::Ok)
        return loaded;
    options.layout = chooseLayout(layout);

    CancelSignal::install();
    CheckoutImageBuilder builder;
    bool built = false;
    {
        ProgressPrinter progress(quiet());
        built = builder.build(m_checkout.plan(), m_checkout.distfilesDir(), output, m_checkout.cache(quiet()), options,
            progress.control());
        progress.finish();
    }
    // What was hashed is worth keeping even when the build failed.
    m_checkout.saveCache(quiet());
    if (!built) {
        const Error &error = builder.error();
        switch (error.kind()) {
        case Error::Kind::Cancelled:
            Console::error(tr("%1: interrupted; nothing was written").arg(output));
            return ExitCode::Interrupted;
        case Error::Kind::InvalidInput:
            // Each distfile first, the count last, where the eye lands.
            for (const QString &problem : builder.problems())
                Console::error(problem);
            Console::error(error.summary());
            return ExitCode::Findings;
        default:
            Console::error(error.text());
            return ExitCode::Failure;
        }
    }
    if (!manifestPath.isEmpty()) {
        QString error;
        if (!builder.manifest().save(manifestPath, manifestFormat, &error)) {
            Console::error(error);
            return ExitCode::Failure;
        }
    }
    if (!quiet())
        Console::note(tr("%1: %n entry(s), %2 of data, %3 bytes in all (%4 layout)%5", nullptr,
            int(builder.manifest().entries.size()))
                          .arg(output)
                          .arg(ByteCount::human(builder.manifest().payloadBytes()))
                          .arg(builder.manifest().imageSize)
                          .arg(PayloadFormat::layoutName(options.layout))
                          .arg(options.verify ? tr(", verified") : QString()));
    return ExitCode::Ok;
}
