// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "VerifyCommand.h"
#include "CancelSignal.h"
#include "Console.h"
#include "FindingText.h"
#include "FirstImageArgument.h"
#include "FirstImageVerify.h"
#include "ImageArgument.h"
#include "PayloadVerifier.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QFile>

QString VerifyCommand::summary() const
{
    return tr("Check an image's structure, the importer's rules and, with a manifest, every hash");
}

QString VerifyCommand::synopsis() const
{
    return tr("verify [--manifest FILE] IMAGE");
}

QString VerifyCommand::description() const
{
    return tr("Reads the image and checks that its structure is sound and that the importer would accept every "
              "entry. With --manifest (JSON, TSV or sha256sum, told apart by content), also checks every entry's "
              "size and SHA-256, using every core. Prints each problem, then a summary line; exits with 0 only "
              "when everything passed, 1 on findings or mismatches, 3 when the image cannot be read. --quiet "
              "leaves out the summary of a successful check. A first boot disk (init.img, builder-hex0) is checked "
              "against builder-hex0's rules, and its files against the manifest by path.");
}

QStringList VerifyCommand::examples() const
{
    return {QStringLiteral("lbpayload verify external.img"), tr("Would the importer take this image?"),
        QStringLiteral("lbpayload verify --manifest external.json /dev/sdb"),
        tr("Check a written disk against the manifest made with the image."),
        QStringLiteral("xz -dc external.img.xz | lbpayload verify --manifest SHA256SUMS -"),
        tr("Check a compressed image without unpacking it to disk.")};
}

void VerifyCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({QStringLiteral("m"), QStringLiteral("manifest")},
        tr("Check sizes and hashes against FILE (JSON, TSV or sha256sum)."), tr("FILE")));
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"), tr("The image: a file, a block device, or - for standard input."));
}

ExitCode VerifyCommand::execute(const QCommandLineParser &parser)
{
    std::optional<Manifest> manifest;
    if (parser.isSet(QStringLiteral("manifest"))) {
        Manifest loaded;
        QString error;
        if (!Manifest::load(parser.value(QStringLiteral("manifest")), &loaded, &error)) {
            Console::error(error);
            return ExitCode::Failure;
        }
        manifest = std::move(loaded);
    }

    CancelSignal::install();
    const QString image = parser.positionalArguments().constFirst();
    if (FirstImageArgument::isFirstImage(image))
        return FirstImageVerify::run(image, manifest, quiet());
    ProgressPrinter progress(quiet());
    VerifyReport result;
    if (ImageArgument::isStdin(image)) {
        const std::unique_ptr<QFile> in = ImageArgument::openStdin();
        if (!in)
            return ExitCode::Failure;
        result = PayloadVerifier::verifyStream(in.get(), ImageArgument::stdinName(), manifest, progress.control());
    } else {
        result = PayloadVerifier::verify(image, manifest, progress.control());
    }
    progress.finish();
    return report(ImageArgument::isStdin(image) ? ImageArgument::stdinName() : image, result);
}

ExitCode VerifyCommand::report(const QString &image, const VerifyReport &result)
{
    if (result.canceled || CancelSignal::raised()) {
        Console::error(tr("%1: verification canceled").arg(image));
        return ExitCode::Interrupted;
    }
    if (!result.opened) {
        Console::error(result.structureError);
        return ExitCode::Failure;
    }
    if (!result.ioError.isEmpty()) {
        Console::error(result.ioError);
        return ExitCode::Failure;
    }

    StdoutBuffer out;
    for (const ImporterFinding &f : result.findings)
        out.appendLine(FindingText::line(image, f));
    for (const QString &mismatch : result.mismatches)
        out.appendLine(tr("%1: mismatch: %2").arg(image, mismatch));

    QString facts = tr("%1, %n entry(s)", nullptr, result.entryCount).arg(PayloadFormat::layoutName(result.layout));
    if (result.manifestChecked)
        facts += tr(", %n hash(es) checked", nullptr, result.hashesChecked);
    if (result.ok()) {
        if (!quiet())
            out.appendLine(tr("%1: OK (%2)").arg(image, facts));
    } else {
        QStringList problems;
        if (!result.importerAccepts())
            problems << tr("the importer would reject it: %1").arg(FindingText::counts(result.findings));
        if (!result.mismatches.isEmpty())
            problems << tr("%n mismatch(es) with the manifest", nullptr, int(result.mismatches.size()));
        out.appendLine(tr("%1: FAILED (%2): %3").arg(image, facts, problems.join(QLatin1String("; "))));
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    return result.ok() ? ExitCode::Ok : ExitCode::Findings;
}
