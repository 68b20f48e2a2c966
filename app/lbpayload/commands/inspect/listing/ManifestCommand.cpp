// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ManifestCommand.h"
#include "CancelSignal.h"
#include "Console.h"
#include "EntryHasher.h"
#include "FirstImageArgument.h"
#include "FirstImageListing.h"
#include "ImageArgument.h"
#include "Manifest.h"
#include "ManifestOutput.h"
#include "OutputGuard.h"
#include "PayloadReader.h"
#include "ProgressPrinter.h"
#include "Sha256.h"

#include <QCommandLineParser>
#include <QFile>

QString ManifestCommand::summary() const
{
    return tr("Write the SHA-256 manifest of an image (JSON, TSV or sha256sum)");
}

QString ManifestCommand::synopsis() const
{
    return tr("manifest [--format json|tsv|sha256] [-o FILE [--force]] IMAGE");
}

QString ManifestCommand::description() const
{
    return tr("Hashes every entry of the image and prints its manifest: JSON (the default, schema in the "
              "documentation), TSV, or the sha256sum format that 'sha256sum -c' checks against extracted files. "
              "With -o the manifest is written to a file, which appears complete or not at all. For a first boot disk "
              "(init.img, builder-hex0), the JSON lists every script record and hashes its files; TSV and sha256 "
              "list the files by their paths.");
}

QStringList ManifestCommand::examples() const
{
    return {QStringLiteral("lbpayload manifest external.img > external.json"), tr("The JSON manifest."),
        QStringLiteral("lbpayload manifest --format sha256 -o SHA256SUMS external.img"),
        tr("A checksum file; after 'lbpayload extract external.img -C out', 'cd out && sha256sum -c ../SHA256SUMS'."),
        QStringLiteral("lbpayload manifest --format tsv - < external.img"), tr("TSV, reading standard input.")};
}

void ManifestCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
        tr("Manifest format: json (default), tsv or sha256."), tr("FORMAT"), QStringLiteral("json")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE instead of standard output."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("force"), tr("Replace FILE if it exists.")));
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"), tr("The image: a file, a block device, or - for standard input."));
}

ExitCode ManifestCommand::execute(const QCommandLineParser &parser)
{
    const std::optional<Manifest::Format> format = Manifest::parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(
            tr("unknown manifest format \"%1\": use json, tsv or sha256").arg(parser.value(QStringLiteral("format"))));
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("force")) && output.isEmpty())
        return usageError(tr("--force only applies to -o FILE"));
    if (!output.isEmpty()) {
        const ExitCode free = OutputGuard::check(output, parser.isSet(QStringLiteral("force")));
        if (free != ExitCode::Ok)
            return free;
    }

    CancelSignal::install();
    const QString image = parser.positionalArguments().constFirst();
    if (FirstImageArgument::isFirstImage(image))
        return FirstImageListing::manifest(image, *format, output, quiet());
    Manifest manifest;
    const ExitCode hashed = ImageArgument::isStdin(image) ? hashStream(&manifest) : hashFile(image, &manifest);
    if (hashed != ExitCode::Ok)
        return hashed;

    if (output.isEmpty())
        return ManifestOutput::toStdout(manifest, *format);
    QString error;
    if (!manifest.save(output, *format, &error)) {
        Console::error(error);
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

ExitCode ManifestCommand::hashFile(const QString &path, Manifest *manifest)
{
    PayloadReader reader;
    const ExitCode opened = ImageArgument::open(reader, path);
    if (opened != ExitCode::Ok)
        return opened;
    QList<QByteArray> digests;
    if (!reader.entries().isEmpty()) {
        ProgressPrinter progress(quiet());
        QString error;
        bool canceled = false;
        digests = EntryHasher::hash(reader, {}, progress.control(), &error, &canceled);
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
    *manifest = Manifest::fromReader(reader);
    for (qsizetype i = 0; i < manifest->entries.size(); ++i)
        manifest->entries[i].sha256 = digests.value(i);
    return ExitCode::Ok;
}

ExitCode ManifestCommand::hashStream(Manifest *manifest)
{
    const std::unique_ptr<QFile> in = ImageArgument::openStdin();
    if (!in)
        return ExitCode::Failure;
    ProgressPrinter progress(quiet());
    const JobControl control = progress.control();
    Sha256 sha;
    QList<QByteArray> digests;
    qint64 done = 0;
    // The reader hands over an entry's data, then the entry itself: its digest is complete.
    const auto onData = [&](const PayloadEntry &e, const char *data, qint64 length) {
        sha.addData(data, length);
        done += length;
        control.report(done, -1, e.name());
        return !control.canceled();
    };
    const auto onEntry = [&](const PayloadEntry &) {
        digests << sha.hexResult();
        return !control.canceled();
    };
    PayloadReader reader;
    const bool ok = reader.openStream(in.get(), ImageArgument::stdinName(), std::nullopt, onEntry, onData);
    progress.finish();
    if (!ok) {
        Console::error(reader.wasCanceled()
                ? tr("%1: canceled; no manifest was written").arg(ImageArgument::stdinName())
                : reader.errorString());
        return reader.wasCanceled() ? ExitCode::Interrupted : ExitCode::Failure;
    }
    *manifest = Manifest::fromReader(reader);
    for (qsizetype i = 0; i < manifest->entries.size(); ++i)
        manifest->entries[i].sha256 = digests.value(i);
    return ExitCode::Ok;
}
