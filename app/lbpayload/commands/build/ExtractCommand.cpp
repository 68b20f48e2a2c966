// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ExtractCommand.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "Console.h"
#include "FirstImageArgument.h"
#include "FirstImageExtract.h"
#include "ImageArgument.h"
#include "PayloadExtractor.h"
#include "PayloadReader.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

QString ExtractCommand::summary() const
{
    return tr("Write the entries of an image as files into a folder");
}

QString ExtractCommand::synopsis() const
{
    return tr("extract [-C DIR] [--force] IMAGE [NAME...]");
}

QString ExtractCommand::description() const
{
    return tr("Writes every entry, or only the named ones, as a file into DIR (the current folder by default; "
              "created when missing). Like the importer, a name stored twice leaves the later entry's data. "
              "Unlike the importer, names that could leave the folder are refused, symbolic links in DIR are not "
              "followed, and existing files are kept unless --force is given: all of this is checked before the "
              "first file is written. Each file appears whole or not at all, also when interrupted with Ctrl-C. From "
              "a first boot disk (init.img, builder-hex0), the tree of folders and files is recreated under DIR, "
              "every path kept inside it; NAME is then a path.");
}

QStringList ExtractCommand::examples() const
{
    return {QStringLiteral("lbpayload extract external.img -C distfiles"), tr("Everything, into distfiles/."),
        QStringLiteral("lbpayload extract /dev/sdb gcc-13.2.0.tar.xz"),
        tr("One entry from a disk, into the current folder.")};
}

void ExtractCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({QStringLiteral("C"), QStringLiteral("directory")},
        tr("Write into DIR (created when missing)."), tr("DIR"), QStringLiteral(".")));
    parser.addOption(QCommandLineOption(QStringLiteral("force"), tr("Replace files that exist in DIR.")));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("The image: a file or a block device."));
    parser.addPositionalArgument(
        QStringLiteral("NAME"), tr("Entries to extract; all when none is given."), QStringLiteral("[NAME...]"));
}

ExitCode ExtractCommand::execute(const QCommandLineParser &parser)
{
    QStringList arguments = parser.positionalArguments();
    const QString image = arguments.takeFirst();
    if (ImageArgument::isStdin(image))
        return usageError(tr("extract needs a file or a block device; standard input cannot be extracted from"));
    const QString directory = parser.value(QStringLiteral("directory"));
    const bool force = parser.isSet(QStringLiteral("force"));
    if (QFileInfo::exists(directory) && !QFileInfo(directory).isDir()) {
        Console::error(tr("%1: exists and is not a folder").arg(directory));
        return ExitCode::Failure;
    }

    // From the first read on: a signal while the table is read is noticed by the job at its first
    // chunk (exit 130, nothing written) instead of ending the process by default action.
    CancelSignal::install();
    if (FirstImageArgument::isFirstImage(image))
        return FirstImageExtract::run(image, arguments, directory, force, quiet(),
            [this](const QString &message) { return usageError(message); });
    PayloadReader reader;
    const ExitCode opened = ImageArgument::open(reader, image);
    if (opened != ExitCode::Ok)
        return opened;
    QList<int> indices;
    const ExitCode selected = selectEntries(reader, arguments, &indices,
        tr("%1: entry %2 at byte %3: \"%4\" is stored again as entry %5; extracting that "
           "one, as the importer would"));
    if (selected != ExitCode::Ok)
        return selected;

    // Refuse before writing anything: an existing file stops the whole extraction.
    const QDir target(directory);
    for (int i : std::as_const(indices)) {
        const PayloadEntry &e = reader.entries().at(i);
        const QString refused = PayloadExtractor::refusal(e.rawName);
        if (!refused.isEmpty()) {
            Console::error(tr("%1: entry %2 at byte %3: \"%4\" cannot be extracted: %5")
                               .arg(reader.fileName())
                               .arg(i)
                               .arg(e.headerOffset)
                               .arg(Console::displayName(e.rawName), refused));
            return ExitCode::Failure;
        }
        struct stat st = {};
        const QByteArray path = QFile::encodeName(target.path()) + '/' + e.rawName;
        if (!force && ::lstat(path.constData(), &st) == 0) {
            Console::error(tr("%1: exists; use --force to replace it (entry %2 of %3)")
                               .arg(target.filePath(e.name()))
                               .arg(i)
                               .arg(reader.fileName()));
            return ExitCode::Failure;
        }
    }

    ProgressPrinter progress(quiet());
    PayloadExtractor extractor;
    PayloadExtractor::Options options;
    options.overwrite = force;
    options.indices = indices;
    // An empty index list means "all" to the extractor; an image with no entries has none.
    const bool ok = indices.isEmpty() || extractor.extract(reader, directory, options, progress.control());
    progress.finish();
    if (!ok) {
        if (extractor.wasCanceled()) {
            Console::error(
                tr("canceled: %1 of %2 files were extracted, each of them complete; no partial file was left")
                    .arg(extractor.written().size())
                    .arg(indices.size()));
            return ExitCode::Interrupted;
        }
        Console::error(extractor.error());
        return ExitCode::Failure;
    }
    if (!quiet()) {
        qint64 bytes = 0;
        for (int i : std::as_const(indices))
            bytes += reader.entries().at(i).size;
        Console::note(tr("extracted %n file(s), %1, into %2", nullptr, int(indices.size()))
                          .arg(ByteCount::human(bytes), directory));
    }
    return ExitCode::Ok;
}
