// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ListCommand.h"
#include "CliLogging.h"
#include "Console.h"
#include "FirstImageArgument.h"
#include "FirstImageListing.h"
#include "ImageArgument.h"
#include "ManifestOutput.h"
#include "PayloadReader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

QString ListCommand::summary() const
{
    return tr("List the entries of an image: index, data offset, size, name");
}

QString ListCommand::synopsis() const
{
    return tr("list [--json] IMAGE");
}

QString ListCommand::description() const
{
    return tr("Prints one line per entry: its index, the byte offset of its data in the image, its size in bytes "
              "and its name, in image order. Control characters and backslashes in names are written as "
              "backslash escapes, so every line holds exactly one entry. With --json, prints the manifest JSON "
              "without hashes instead. When the image is broken, the entries before the damage are listed and "
              "the exit code is 3. A first boot disk (init.img, builder-hex0) lists one line per script record: "
              "index, kind (file, folder, hex0, command), offset of its line, data offset, size and path; its JSON "
              "says \"format\": \"builder-hex0\".");
}

QStringList ListCommand::examples() const
{
    return {QStringLiteral("lbpayload list external.img"), tr("List the entries."),
        QStringLiteral("lbpayload list --json /dev/sdb | jq -r '.entries[].name'"),
        tr("Names of the entries on a disk, through the JSON output."),
        QStringLiteral("curl -s https://example.org/external.img | lbpayload list -"),
        tr("List an image as it is downloaded.")};
}

void ListCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the manifest JSON (without hashes).")));
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"), tr("The image: a file, a block device, or - for standard input."));
}

ExitCode ListCommand::execute(const QCommandLineParser &parser)
{
    const QString image = parser.positionalArguments().constFirst();
    if (FirstImageArgument::isFirstImage(image))
        return FirstImageListing::list(image, parser.isSet(QStringLiteral("json")));
    QElapsedTimer clock;
    clock.start();
    PayloadReader reader;
    const ExitCode opened = ImageArgument::openAny(reader, image);
    qCDebug(lcCli) << "read" << reader.entries().size() << "entries in" << clock.elapsed() << "ms";
    if (parser.isSet(QStringLiteral("json"))) {
        if (opened != ExitCode::Ok)
            return opened;
        return ManifestOutput::toStdout(Manifest::fromReader(reader), Manifest::Format::Json);
    }

    // Even a broken image shows the entries before the damage: that is where to look.
    const QList<PayloadEntry> &entries = reader.entries();
    qint64 maxOffset = 0, maxSize = 0;
    for (const PayloadEntry &e : entries) {
        maxOffset = std::max(maxOffset, e.dataOffset);
        maxSize = std::max(maxSize, e.size);
    }
    const int indexWidth = StdoutBuffer::digitsOf(std::max<qint64>(0, entries.size() - 1));
    const int offsetWidth = StdoutBuffer::digitsOf(maxOffset);
    const int sizeWidth = StdoutBuffer::digitsOf(maxSize);
    StdoutBuffer out;
    for (const PayloadEntry &e : entries) {
        out.appendNumber(e.index, indexWidth);
        out.append("  ");
        out.appendNumber(e.dataOffset, offsetWidth);
        out.append("  ");
        out.appendNumber(e.size, sizeWidth);
        out.append("  ");
        out.append(Console::escapedName(e.rawName));
        out.append('\n');
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    qCDebug(lcCli) << "listed in" << clock.elapsed() << "ms";
    return opened;
}
