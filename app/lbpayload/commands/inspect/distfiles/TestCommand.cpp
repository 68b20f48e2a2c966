// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "TestCommand.h"
#include "ArchiveText.h"
#include "CancelSignal.h"
#include "Console.h"
#include "FirstImageArgument.h"
#include "FirstImageReader.h"
#include "HelperProgram.h"
#include "ImageArgument.h"
#include "JsonEnvelope.h"
#include "PayloadReader.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <climits>
#include <mutex>

QString TestCommand::summary() const
{
    // The same line lbpayload lists, which hands this command to lbpayload-archive.
    return HelperProgram::archiveCommandSummary(name());
}

QString TestCommand::synopsis() const
{
    return tr("test [--json] [--jobs N] FILE...|IMAGE");
}

QString TestCommand::description() const
{
    return tr("Reads every distfile the way the bootstrap will: every compressed stream is decompressed to its "
              "end and its checksum checked, every tar header is read and verified, every zip member's CRC-32 "
              "is compared. An argument that is an image (LBPAYLD1) stands for its entries, and a first boot disk "
              "(init.img) for the files of its script, each read in place; "
              "a folder stands for the files in it. The distfiles are tested on all cores, biggest first, and "
              "printed one line each in the order given: \"NAME: OK (KIND, N members)\", or \"NAME: STATUS: "
              "where and why\" with STATUS one of truncated, corrupt, unsupported, mismatch (not what the name "
              "says), unreadable, or unsafe (readable, but a member would land outside the unpack folder). "
              "Warnings go to standard error. Exits with 0 when every distfile passed, 1 when any did not, 3 "
              "when an image or a file cannot be read, 130 when interrupted with Ctrl-C.");
}

QStringList TestCommand::examples() const
{
    return {QStringLiteral("lbpayload test external.img"), tr("Test every entry of an image."),
        QStringLiteral("lbpayload test distfiles/*.tar.*"), tr("Test downloaded distfiles before building the image."),
        QStringLiteral("lbpayload test --json --jobs 1 /dev/sdb | jq -r '.results[] | select(.passed | not) | .name'"),
        tr("The names of the broken entries on a disk, on one core.")};
}

void TestCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON (schema in the documentation).")));
    parser.addOption(QCommandLineOption({QStringLiteral("j"), QStringLiteral("jobs")},
        tr("Test N distfiles at a time (default: one per core)."), tr("N")));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("Distfiles, folders of distfiles, or images."), QStringLiteral("FILE..."));
}

ExitCode TestCommand::collect(const QStringList &arguments, QList<Item> *items) const
{
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (info.isDir()) {
            const QDir dir(argument);
            const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
            for (const QString &name : names) {
                const QString path = dir.filePath(name);
                items->append({IntegrityTester::Target::fromFile(path), path, {}, -1});
            }
            continue;
        }
        if (FirstImageArgument::isFirstImage(argument)) {
            // init.img: the files of its srcfs, read in place, as the distfiles of an image are.
            FirstImageReader reader;
            const ExitCode opened = FirstImageArgument::open(reader, argument);
            if (opened != ExitCode::Ok)
                return opened;
            FirstImageArgument::damaged(reader);
            for (const SrcfsRecord &r : reader.records())
                if (r.kind == SrcfsRecord::Kind::File)
                    items->append({IntegrityTester::Target::fromRecord(reader, r.index),
                        tr("%1, record %2 \"%3\"")
                            .arg(reader.fileName())
                            .arg(r.index)
                            .arg(Console::displayName(r.path)),
                        reader.fileName(), r.index});
            continue;
        }
        if (!ArchiveText::isImage(argument)) {
            items->append({IntegrityTester::Target::fromFile(argument), argument, {}, -1});
            continue;
        }
        PayloadReader reader;
        const ExitCode opened = ImageArgument::open(reader, argument);
        if (opened != ExitCode::Ok)
            return opened;
        const QList<IntegrityTester::Target> targets = IntegrityTester::targetsOfImage(reader);
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const PayloadEntry &e = reader.entries().at(i);
            const QString label =
                tr("%1, entry %2 \"%3\"").arg(reader.fileName()).arg(e.index).arg(Console::displayName(e.rawName));
            items->append({targets.at(i), label, reader.fileName(), e.index});
        }
    }
    return ExitCode::Ok;
}

QString TestCommand::line(const Item &item, const ArchiveReport &report)
{
    if (report.passed()) {
        QString facts = DistfileKind::key(report.kind.kind);
        if (DistfileKind::hasMembers(report.kind.kind))
            facts +=
                QLatin1String(", ") + tr("%n member(s)", nullptr, int(std::min<qint64>(report.memberCount, INT_MAX)));
        return tr("%1: OK (%2)").arg(item.label, facts);
    }
    return tr("%1: %2: %3").arg(item.label, ArchiveText::statusWord(report), ArchiveText::failureText(report));
}

ExitCode TestCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    int threads = 0;
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        threads = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || threads < 1 || threads > 1024)
            return usageError(
                tr("--jobs needs a number from 1 to 1024, not \"%1\"").arg(parser.value(QStringLiteral("jobs"))));
    }
    for (const QString &argument : arguments)
        if (ImageArgument::isStdin(argument))
            return usageError(tr("test needs files or block devices: testing an archive needs random access, which "
                                 "standard input does not give"));

    QList<Item> items;
    // Before any argument is opened: Ctrl-C while an image's magic is read is a cancel too.
    CancelSignal::install();
    const ExitCode collected = collect(arguments, &items);
    if (collected != ExitCode::Ok)
        return collected;
    QList<IntegrityTester::Target> targets;
    targets.reserve(items.size());
    for (const Item &item : std::as_const(items))
        targets.append(item.target);

    ProgressPrinter progress(quiet());
    StdoutBuffer out;
    std::mutex mutex;
    QList<bool> done(items.size(), false);
    qsizetype printed = 0;
    // Lines and warnings of the finished distfiles, in the order given, as soon as all before
    // them are finished too. Called with `mutex` held.
    const auto printReady = [&](const QList<ArchiveReport> &reports) {
        if (json)
            return;
        bool any = false;
        for (; printed < items.size() && done.at(printed); ++printed) {
            const ArchiveReport &report = reports.at(printed);
            if (report.status == ArchiveReport::Status::Canceled)
                continue;
            if (!any)
                ProgressPrinter::eraseActiveLine();
            any = true;
            for (const ArchiveFinding &f : report.findings) {
                if (f.message == report.message || f.severity == ArchiveFinding::Severity::Info)
                    continue;
                if (f.severity == ArchiveFinding::Severity::Error || !quiet())
                    Console::note(ArchiveText::findingLine(items.at(printed).label, f));
            }
            out.appendLine(line(items.at(printed), report));
        }
        if (any)
            out.flush();
    };

    QList<ArchiveReport> streamed(items.size());
    IntegrityTester::Options options;
    options.threads = threads;
    options.onResult = [&](int index, const ArchiveReport &report) {
        std::lock_guard lock(mutex);
        streamed[index] = report;
        done[index] = true;
        printReady(streamed);
    };
    const QList<ArchiveReport> reports = IntegrityTester::testAll(targets, options, progress.control());
    progress.finish();
    {
        std::lock_guard lock(mutex);
        for (qsizetype i = 0; i < done.size(); ++i)
            done[i] = true;
        printReady(reports);
    }

    int passed = 0, failed = 0, canceled = 0;
    bool unreadable = false;
    for (const ArchiveReport &report : reports) {
        if (report.status == ArchiveReport::Status::Canceled)
            ++canceled;
        else if (report.passed())
            ++passed;
        else
            ++failed;
        unreadable = unreadable || report.status == ArchiveReport::Status::Unreadable;
    }

    if (json) {
        QByteArray text = JsonEnvelope::open(JsonEnvelope::Document::IntegrityTest);
        text += "  \"count\": " + QByteArray::number(reports.size()) + ",\n";
        text += "  \"passed\": " + QByteArray::number(passed) + ",\n";
        text += "  \"failed\": " + QByteArray::number(failed) + ",\n";
        text += "  \"canceled\": " + QByteArray::number(canceled) + ",\n";
        text += "  \"results\": [";
        for (qsizetype i = 0; i < reports.size(); ++i) {
            text += i ? ",\n    " : "\n    ";
            text += ArchiveText::jsonReport(reports.at(i), items.at(i).image, items.at(i).entry, false, 4);
        }
        text += reports.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
        out.append(text);
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }

    if (canceled > 0 || CancelSignal::raised()) {
        Console::error(
            tr("canceled: %1 of %n distfile(s) tested", nullptr, int(reports.size())).arg(reports.size() - canceled));
        return ExitCode::Interrupted;
    }
    if (!quiet()) {
        if (reports.isEmpty())
            Console::note(tr("nothing to test"));
        else if (failed == 0)
            Console::note(tr("%n distfile(s) tested, all OK", nullptr, int(reports.size())));
        else
            Console::note(
                tr("%n distfile(s) tested: %1 OK, %2 failed", nullptr, int(reports.size())).arg(passed).arg(failed));
    }
    if (unreadable)
        return ExitCode::Failure;
    return failed > 0 ? ExitCode::Findings : ExitCode::Ok;
}
