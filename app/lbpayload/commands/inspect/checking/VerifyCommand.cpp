// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "VerifyCommand.h"
#include "CancelSignal.h"
#include "Console.h"
#include "FindingText.h"
#include "FirstImageArgument.h"
#include "FirstImageVerify.h"
#include "ImageArgument.h"
#include "PairVerification.h"
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
    return tr(
        "verify [--manifest FILE] IMAGE | verify --checkout CHECKOUT [--split-at STEP] INIT-IMAGE EXTERNAL-IMAGE");
}

QString VerifyCommand::description() const
{
    return tr("Reads the image and checks that its structure is sound and that the importer would accept every "
              "entry. With --manifest (JSON, TSV or sha256sum, told apart by content), also checks every entry's "
              "size and SHA-256, using every core. Prints each problem, then a summary line; exits with 0 only "
              "when everything passed, 1 on findings or mismatches, 3 when the image cannot be read. --quiet "
              "leaves out the summary of a successful check. A first boot disk (init.img, builder-hex0) is checked "
              "against builder-hex0's rules, and its files against the manifest by path. With --checkout and two "
              "images, checks instead whether the first disk (init.img) and the external disk (external.img) boot "
              "together from that checkout: every distfile of the first half in init.img's external/distfiles/ "
              "with its checksum, every distfile of the second half in external.img, in the layout the checkout's "
              "importer reads, none on neither, the steps/ files of init.img equal to the checkout's (a difference "
              "means a stale image) and both images sound; exits with 0 only when all of that holds.");
}

QStringList VerifyCommand::examples() const
{
    return {QStringLiteral("lbpayload verify external.img"), tr("Would the importer take this image?"),
        QStringLiteral("lbpayload verify --manifest external.json /dev/sdb"),
        tr("Check a written disk against the manifest made with the image."),
        QStringLiteral("xz -dc external.img.xz | lbpayload verify --manifest SHA256SUMS -"),
        tr("Check a compressed image without unpacking it to disk."),
        QStringLiteral("lbpayload verify --checkout ~/live-bootstrap target/init.img target/external.img"),
        tr("Do the two disks of a kernel-bootstrap run belong together and to the checkout?")};
}

void VerifyCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({QStringLiteral("m"), QStringLiteral("manifest")},
        tr("Check sizes and hashes against FILE (JSON, TSV or sha256sum)."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("checkout"),
        tr("Check two disks, the first image and the external image, against the live-bootstrap checkout DIR."),
        tr("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("split-at"),
        tr("With --checkout: split the distfiles at improve: STEP (default: import_payload)."), tr("STEP")));
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"), tr("The image: a file, a block device, or - for standard input."));
    parser.addPositionalArgument(QStringLiteral("EXTERNAL-IMAGE"),
        tr("With --checkout: the external image; IMAGE is then the first image (init.img)."),
        QStringLiteral("[EXTERNAL-IMAGE]"));
}

ExitCode VerifyCommand::execute(const QCommandLineParser &parser)
{
    const QStringList images = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("checkout"))) {
        if (images.size() != 2 || parser.isSet(QStringLiteral("manifest")))
            return usageError(tr("--checkout takes two images, the first and the external one, and no --manifest"));
        DiskPairCheck::Request request = DiskPairCheck::Request::fromCheckout(parser.value(QStringLiteral("checkout")));
        request.splitStep = parser.value(QStringLiteral("split-at"));
        request.firstImage = images.at(0);
        request.externalImage = images.at(1);
        return PairVerification::run(request, quiet());
    }
    if (images.size() != 1)
        return usageError(tr("verify takes one image (two only with --checkout)"));
    if (parser.isSet(QStringLiteral("split-at")))
        return usageError(tr("--split-at is for --checkout only"));
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
