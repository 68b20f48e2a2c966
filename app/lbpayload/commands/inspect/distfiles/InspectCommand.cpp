// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "InspectCommand.h"
#include "ArchiveInspector.h"
#include "ArchiveText.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "Console.h"
#include "HelperProgram.h"
#include "ImageArgument.h"
#include "JsonEnvelope.h"
#include "JsonText.h"
#include "PayloadReader.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <memory>

QString InspectCommand::summary() const
{
    // The same line lbpayload lists, which hands this command to lbpayload-archive.
    return HelperProgram::archiveCommandSummary(name());
}

QString InspectCommand::synopsis() const
{
    return tr("inspect [--json] FILE|IMAGE [ENTRY]");
}

QString InspectCommand::description() const
{
    return tr("Tells what a distfile is from its bytes (tar, tar.gz, tar.xz, zip, 7z, ar, a lone compressed file, "
              "plain data), compares that with what its name promises, and lists its members: type and mode, "
              "size, modification time (UTC), path and link target, like 'tar -tv'. The data is read to its end "
              "on the way, so a truncated or damaged archive shows too. Then come the findings: a name that "
              "does not match the content (an HTML page named .tar.gz), members that would land outside the "
              "folder they are unpacked in. Given an image (LBPAYLD1) without ENTRY, prints the kind of every "
              "entry, one line each: index, size, kind, name. With ENTRY (a name, or an index when no entry "
              "has that name), lists that entry, read in place inside the image. Exits with 0 when everything "
              "is readable and as named, 1 on a failure or an error finding, 3 when the file cannot be read.");
}

QStringList InspectCommand::examples() const
{
    return {QStringLiteral("lbpayload inspect gcc-13.2.0.tar.xz"), tr("Kind, members and findings of a distfile."),
        QStringLiteral("lbpayload inspect external.img"), tr("The kind of every entry of an image."),
        QStringLiteral("lbpayload inspect external.img musl-1.2.4.tar.gz"),
        tr("The members of one entry, read inside the image."),
        QStringLiteral("lbpayload inspect --json external.img 3 | jq -r '.report.members[].path'"),
        tr("The member paths of entry 3, through the JSON output.")};
}

void InspectCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON (schema in the documentation).")));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A distfile, or an image (LBPAYLD1)."));
    parser.addPositionalArgument(QStringLiteral("ENTRY"),
        tr("For an image: the entry to list, by name or index; without it, the kind of every entry."),
        QStringLiteral("[ENTRY]"));
}

int InspectCommand::resolveEntry(const PayloadReader &reader, const QString &entry)
{
    const QByteArray raw = QFile::encodeName(entry);
    const QList<PayloadEntry> &entries = reader.entries();
    // The last one of a name, as the importer keeps it.
    for (qsizetype i = entries.size() - 1; i >= 0; --i)
        if (entries.at(i).rawName == raw)
            return int(i);
    bool ok = false;
    const int index = entry.toInt(&ok, 10);
    if (ok && index >= 0 && index < entries.size() && !entry.startsWith(QLatin1Char('+')))
        return index;
    return -1;
}

ExitCode InspectCommand::exitCodeOf(const ArchiveReport &report)
{
    switch (report.status) {
    case ArchiveReport::Status::Canceled:
        return ExitCode::Interrupted;
    case ArchiveReport::Status::Unreadable:
        return ExitCode::Failure;
    default:
        break;
    }
    if (report.kind.kind == DistfileKind::Kind::Unknown)
        return ExitCode::Failure;
    return report.passed() ? ExitCode::Ok : ExitCode::Findings;
}

ExitCode InspectCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (ImageArgument::isStdin(path))
        return usageError(tr("inspect needs a file or a block device: looking inside an archive needs random access, "
                             "which standard input does not give"));
    const QFileInfo info(path);
    if (!info.exists()) {
        Console::error(tr("%1: no such file").arg(path));
        return ExitCode::Failure;
    }
    if (info.isDir()) {
        Console::error(tr("%1: is a folder; give a distfile or an image").arg(path));
        return ExitCode::Failure;
    }

    CancelSignal::install();
    ArchiveInspector::Options options;
    if (!ArchiveText::isImage(path)) {
        if (arguments.size() > 1)
            return usageError(
                tr("%1 is not an image (no LBPAYLD1 magic), so it has no entry \"%2\"").arg(path, arguments.at(1)));
        ProgressPrinter progress(quiet());
        const ArchiveReport report = ArchiveInspector::inspectFile(path, options, progress.control());
        progress.finish();
        return listing(report, {}, -1, json);
    }

    PayloadReader reader;
    const ExitCode opened = ImageArgument::open(reader, path);
    if (opened != ExitCode::Ok)
        return opened;
    if (arguments.size() == 1)
        return kinds(reader, json);
    const int index = resolveEntry(reader, arguments.at(1));
    if (index < 0)
        return usageError(tr("%1: no entry named \"%2\", and it is not an index from 0 to %3")
                              .arg(reader.fileName(), arguments.at(1))
                              .arg(reader.entries().size() - 1));
    ProgressPrinter progress(quiet());
    const ArchiveReport report = ArchiveInspector::inspectEntry(reader, index, options, progress.control());
    progress.finish();
    return listing(report, reader.fileName(), index, json);
}

ExitCode InspectCommand::kinds(const PayloadReader &reader, bool json)
{
    const QList<PayloadEntry> &entries = reader.entries();
    struct Row
    {
        DistfileKind::Detection kind;
        std::optional<ArchiveFinding> mismatch;
    };
    QList<Row> rows;
    rows.reserve(entries.size());
    bool failed = false;
    bool errors = false;
    for (const PayloadEntry &e : entries) {
        Row row;
        const std::unique_ptr<QIODevice> device = reader.openEntry(e.index);
        if (!device) {
            row.kind.kind = DistfileKind::Kind::Unknown;
            row.kind.error = tr("the entry cannot be opened");
        } else {
            row.kind = DistfileKind::detect(device.get(), e.name());
        }
        if (row.kind.kind == DistfileKind::Kind::Unknown) {
            failed = true;
            Console::error(tr("%1: entry %2 \"%3\" at byte %4: cannot be read: %5")
                               .arg(reader.fileName())
                               .arg(e.index)
                               .arg(Console::displayName(e.rawName))
                               .arg(e.dataOffset)
                               .arg(row.kind.error));
        }
        row.mismatch = row.kind.mismatchFinding(e.name());
        if (row.mismatch && row.mismatch->severity == ArchiveFinding::Severity::Error)
            errors = true;
        rows.append(row);
    }

    StdoutBuffer out;
    if (json) {
        QByteArray text = JsonEnvelope::open(JsonEnvelope::Document::EntryKinds);
        text += "  \"image\": " + JsonText::string(reader.fileName()) + ",\n";
        text += "  \"count\": " + QByteArray::number(entries.size()) + ",\n";
        text += "  \"entries\": [";
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const PayloadEntry &e = entries.at(i);
            const Row &row = rows.at(i);
            text += i ? ",\n    {\n" : "\n    {\n";
            text += "      \"index\": " + QByteArray::number(e.index) + ",\n";
            text += "      \"name\": " + JsonText::string(e.name()) + ",\n";
            text += "      \"dataOffset\": " + QByteArray::number(e.dataOffset) + ",\n";
            text += "      \"size\": " + QByteArray::number(e.size) + ",\n";
            text += ArchiveText::jsonKindFields(row.kind, 6);
            text += "      \"error\": " + JsonText::stringOrNull(row.kind.error) + ",\n";
            text += "      \"findings\": " +
                ArchiveText::jsonFindings(row.mismatch ? ArchiveFindings {*row.mismatch} : ArchiveFindings {}, 6) +
                "\n    }";
        }
        text += entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
        out.append(text);
    } else {
        qint64 maxSize = 0;
        qsizetype kindWidth = 4;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            maxSize = std::max(maxSize, entries.at(i).size);
            kindWidth = std::max(kindWidth, DistfileKind::key(rows.at(i).kind.kind).size());
        }
        const int indexWidth = int(QByteArray::number(std::max<qsizetype>(0, entries.size() - 1)).size());
        const int sizeWidth = int(QByteArray::number(maxSize).size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const PayloadEntry &e = entries.at(i);
            out.appendNumber(e.index, indexWidth);
            out.append("  ");
            out.appendNumber(e.size, sizeWidth);
            out.append("  ");
            out.append(DistfileKind::key(rows.at(i).kind.kind).leftJustified(kindWidth).toLatin1());
            out.append("  ");
            out.append(Console::escapedName(e.rawName));
            out.append('\n');
        }
        bool header = false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Row &row = rows.at(i);
            if (!row.mismatch)
                continue;
            if (!header)
                out.appendLine(tr("Findings:"));
            header = true;
            const PayloadEntry &e = entries.at(i);
            const QString where = tr("%1: entry %2 \"%3\" at byte %4")
                                      .arg(reader.fileName())
                                      .arg(e.index)
                                      .arg(Console::displayName(e.rawName))
                                      .arg(e.dataOffset);
            out.appendLine(QLatin1String("  ") + ArchiveText::findingLine(where, *row.mismatch));
        }
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    if (failed)
        return ExitCode::Failure;
    return errors ? ExitCode::Findings : ExitCode::Ok;
}

ExitCode InspectCommand::listing(const ArchiveReport &report, const QString &image, int entry, bool json)
{
    if (report.status == ArchiveReport::Status::Canceled || CancelSignal::raised()) {
        Console::error(tr("%1: inspection canceled").arg(report.source));
        return ExitCode::Interrupted;
    }
    if (report.status == ArchiveReport::Status::Unreadable || report.kind.kind == DistfileKind::Kind::Unknown) {
        Console::error(tr("%1: cannot be read: %2")
                           .arg(report.source, report.message.isEmpty() ? report.kind.error : report.message));
        return ExitCode::Failure;
    }

    StdoutBuffer out;
    if (json) {
        QByteArray text = JsonEnvelope::open(JsonEnvelope::Document::DistfileReport) + "  \"report\": ";
        text += ArchiveText::jsonReport(report, image, entry, true, 2);
        text += "\n}\n";
        out.append(text);
    } else {
        QString where = report.source;
        if (entry >= 0)
            where = tr("%1, entry %2 \"%3\"").arg(image).arg(entry).arg(Console::displayName(report.name.toUtf8()));
        QString nameVerdict;
        if (report.kind.nameKind == DistfileKind::Kind::Unknown)
            nameVerdict = tr("promises no kind");
        else if (report.kind.nameMatches())
            nameVerdict = tr("agrees with the content");
        else
            nameVerdict = tr("promises %1").arg(DistfileKind::key(report.kind.nameKind));
        QString status = ArchiveReport::statusName(report.status);
        if (report.status != ArchiveReport::Status::Ok && !report.message.isEmpty())
            status += QLatin1String(": ") + report.message;
        QString unpacked = tr("unknown (not read to the end)");
        if (report.uncompressedSize >= 0)
            unpacked =
                QStringLiteral("%1 (%2)").arg(report.uncompressedSize).arg(ByteCount::human(report.uncompressedSize));

        QList<std::pair<QString, QString>> rows = {
            {tr("File:"), where},
            {tr("Kind:"), ArchiveText::kindText(report.kind)},
            {tr("Name:"), nameVerdict},
            {tr("Status:"), status},
            {tr("Size:"), QStringLiteral("%1 (%2)").arg(report.inputSize).arg(ByteCount::human(report.inputSize))},
        };
        if (DistfileKind::compressionOf(report.kind.kind) != DistfileKind::Compression::None)
            rows.append({tr("Unpacked:"), unpacked});
        if (DistfileKind::hasMembers(report.kind.kind))
            rows.append({tr("Members:"), QString::number(report.memberCount)});
        qsizetype width = 0;
        for (const auto &row : rows)
            width = std::max(width, row.first.size());
        for (const auto &row : rows)
            out.appendLine(row.first.leftJustified(width + 2) + row.second);

        if (!report.members.isEmpty()) {
            qint64 maxSize = 0;
            for (const ArchiveMember &m : report.members)
                maxSize = std::max(maxSize, m.size);
            const int sizeWidth = int(QByteArray::number(maxSize).size());
            out.append('\n');
            for (const ArchiveMember &m : report.members) {
                out.append(ArchiveText::memberLine(m, sizeWidth));
                out.append('\n');
            }
        }
        if (!report.findings.isEmpty()) {
            out.append('\n');
            out.appendLine(tr("Findings:"));
            for (const ArchiveFinding &f : report.findings)
                out.appendLine(QLatin1String("  ") + ArchiveText::findingLine(where, f));
        }
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    const ExitCode code = exitCodeOf(report);
    if (code == ExitCode::Findings)
        Console::error(
            tr("%1: %2: %3").arg(report.source, ArchiveText::statusWord(report), ArchiveText::failureText(report)));
    return code;
}
