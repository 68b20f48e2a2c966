// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiffCommand.h"
#include "CancelSignal.h"
#include "Console.h"
#include "DiffSide.h"
#include "ImageArgument.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>

QString DiffCommand::summary() const
{
    return tr("Show entries added, removed, changed or renamed between two images or an image and a folder");
}

QString DiffCommand::synopsis() const
{
    return tr("diff [--recursive] A B");
}

QString DiffCommand::description() const
{
    return tr("Compares the entries of A with those of B; each may be an image or a folder (whose regular files "
              "count as entries, named after the file). Prints one line per difference, sorted by name: "
              "'A<TAB>name' added in B, 'D<TAB>name' missing from B, 'M<TAB>name' changed in size or SHA-256, "
              "'R<TAB>old<TAB>new' renamed (the same bytes under a new name). A name stored twice counts as its "
              "last entry, as in the importer. Only entries whose size leaves the question open are hashed. "
              "Exits with 0 when there is no difference and 1 when there is. A first boot disk (init.img, "
              "builder-hex0) counts with its files, named by their paths in the script.");
}

QStringList DiffCommand::examples() const
{
    return {QStringLiteral("lbpayload diff old.img new.img"), tr("What changed between two images."),
        QStringLiteral("lbpayload diff external.img distfiles/"),
        tr("Does the image still hold exactly the files of distfiles/?")};
}

void DiffCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        {QStringLiteral("r"), QStringLiteral("recursive")}, tr("For a folder, include the files of its sub-folders.")));
    parser.addPositionalArgument(QStringLiteral("A"), tr("The old side: an image (file or block device) or a folder."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The new side: an image (file or block device) or a folder."));
}

ExitCode DiffCommand::execute(const QCommandLineParser &parser)
{
    const QStringList paths = parser.positionalArguments();
    for (const QString &path : paths)
        if (ImageArgument::isStdin(path))
            return usageError(tr("diff needs files, block devices or folders; standard input cannot be compared"));
    const bool recursive = parser.isSet(QStringLiteral("recursive"));
    DiffSide before, after;
    ExitCode loaded = before.load(paths.at(0), recursive);
    if (loaded == ExitCode::Ok)
        loaded = after.load(paths.at(1), recursive);
    if (loaded != ExitCode::Ok)
        return loaded;

    QList<int> oldNeeded, newNeeded;
    EntrySetDiff::hashesNeeded(before.items(), after.items(), &oldNeeded, &newNeeded);
    CancelSignal::install();
    {
        ProgressPrinter progress(quiet());
        ExitCode hashed = before.hash(oldNeeded, progress.control());
        if (hashed == ExitCode::Ok)
            hashed = after.hash(newNeeded, progress.control());
        if (hashed != ExitCode::Ok)
            return hashed;
    }

    const QList<EntryChange> changes = EntrySetDiff::compare(before.items(), after.items());
    int counts[4] = {};
    StdoutBuffer out;
    auto line = [&](char status, const QByteArray &name, const QByteArray &newName = {}) {
        out.append(status);
        out.append('\t');
        out.append(Console::escapedName(name));
        if (!newName.isNull()) {
            out.append('\t');
            out.append(Console::escapedName(newName));
        }
        out.append('\n');
    };
    for (const EntryChange &c : changes) {
        ++counts[int(c.kind)];
        switch (c.kind) {
        case EntryChange::Kind::Added:
            line('A', after.items().at(c.newIndex).name);
            break;
        case EntryChange::Kind::Removed:
            line('D', before.items().at(c.oldIndex).name);
            break;
        case EntryChange::Kind::Changed:
            line('M', before.items().at(c.oldIndex).name);
            break;
        case EntryChange::Kind::Renamed:
            line('R', before.items().at(c.oldIndex).name, after.items().at(c.newIndex).name);
            break;
        }
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    if (!quiet()) {
        using Kind = EntryChange::Kind;
        Console::note(changes.isEmpty() ? tr("no differences")
                                        : tr("%1 added, %2 removed, %3 changed, %4 renamed")
                                              .arg(counts[int(Kind::Added)])
                                              .arg(counts[int(Kind::Removed)])
                                              .arg(counts[int(Kind::Changed)])
                                              .arg(counts[int(Kind::Renamed)]));
    }
    return changes.isEmpty() ? ExitCode::Ok : ExitCode::Findings;
}
