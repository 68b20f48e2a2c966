// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "InfoCommand.h"
#include "ByteCount.h"
#include "Console.h"
#include "FindingText.h"
#include "FirstImageArgument.h"
#include "FirstImageInfo.h"
#include "FirstImageReader.h"
#include "ImageArgument.h"
#include "ImageKind.h"
#include "JsonEnvelope.h"
#include "JsonText.h"
#include "PayloadReader.h"

#include <QCommandLineParser>

QString InfoCommand::summary() const
{
    return tr("Show an image's layout, sizes and what the importer would say about it");
}

QString InfoCommand::synopsis() const
{
    return tr("info [--json] IMAGE");
}

QString InfoCommand::description() const
{
    return tr("Prints the layout (and how it was told), the entry count, the payload bytes (the entries' data), "
              "the image bytes, the bytes after the last entry, and every finding of the importer's rules. "
              "Exits with 1 when the importer would reject the image. For a first boot disk (init.img, builder-hex0): "
              "its stages, script, counts, builder-hex0's file and byte budget, the Fiwix hand-off figure (inferred) "
              "and the findings; exit 1 when builder-hex0 would fail, 3 when the script cannot be read to its end.");
}

QStringList InfoCommand::examples() const
{
    return {QStringLiteral("lbpayload info external.img"), tr("Describe an image."),
        QStringLiteral("lbpayload info --json /dev/sdb | jq .importerAccepts"),
        tr("Ask whether the importer would accept the image on a disk.")};
}

void InfoCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON (schema in the documentation).")));
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"), tr("The image: a file, a block device, or - for standard input."));
}

ExitCode InfoCommand::execute(const QCommandLineParser &parser)
{
    if (FirstImageArgument::isFirstImage(parser.positionalArguments().constFirst()))
        return firstImage(parser);
    PayloadReader reader;
    const ExitCode opened = ImageArgument::openAny(reader, parser.positionalArguments().constFirst());
    if (opened != ExitCode::Ok)
        return opened;
    StdoutBuffer out;
    out.append(parser.isSet(QStringLiteral("json")) ? json(reader) : text(reader));
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    return hasImporterErrors(reader.findings()) ? ExitCode::Findings : ExitCode::Ok;
}

ExitCode InfoCommand::firstImage(const QCommandLineParser &parser)
{
    FirstImageReader reader;
    const ExitCode opened = FirstImageArgument::open(reader, parser.positionalArguments().constFirst());
    if (opened != ExitCode::Ok)
        return opened;
    StdoutBuffer out;
    out.append(parser.isSet(QStringLiteral("json")) ? FirstImageInfo::json(reader) : FirstImageInfo::text(reader));
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    // The facts are printed either way; a script that could not be read to its end is an
    // unsound image, as a broken external.img is.
    if (FirstImageArgument::damaged(reader))
        return ExitCode::Failure;
    return hasFirstImageErrors(reader.findings()) ? ExitCode::Findings : ExitCode::Ok;
}

QByteArray InfoCommand::text(const PayloadReader &reader)
{
    const ImporterFindings &findings = reader.findings();
    QString trailing = QString::number(reader.trailingBytes());
    if (reader.trailingBytes() > 0) {
        const std::optional<bool> zero = reader.trailingAllZero();
        trailing += QLatin1Char(' ') +
            (!zero          ? tr("(not all checked)")
                    : *zero ? tr("(all zero)")
                            : tr("(not all zero)"));
    }
    QString verdict;
    if (hasImporterErrors(findings))
        verdict = tr("rejects the image (%1)").arg(FindingText::counts(findings));
    else
        verdict = tr("accepts the image (%1)").arg(FindingText::counts(findings));

    const QList<std::pair<QString, QString>> rows = {
        {tr("Image:"), reader.fileName()},
        {tr("Layout:"), reader.layoutNote()},
        {tr("Entries:"), QString::number(reader.entries().size())},
        {tr("Payload bytes:"),
            QStringLiteral("%1 (%2)").arg(reader.payloadBytes()).arg(ByteCount::human(reader.payloadBytes()))},
        {tr("Image bytes:"),
            QStringLiteral("%1 (%2)").arg(reader.imageSize()).arg(ByteCount::human(reader.imageSize()))},
        {tr("Trailing bytes:"), trailing},
        {tr("Importer:"), verdict},
    };
    // Labels are aligned to the longest one, whatever the language.
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString out;
    for (const auto &row : rows)
        out += row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    if (!findings.isEmpty()) {
        out += tr("Findings:") + QLatin1Char('\n');
        for (const ImporterFinding &f : findings)
            out += QLatin1String("  ") + FindingText::line(reader.fileName(), f) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray InfoCommand::json(const PayloadReader &reader)
{
    // Written by hand, like the manifest JSON, so that keys keep the documented order and
    // indentation (JsonText).
    const auto number = [](qint64 value) {
        return QByteArray::number(value);
    };

    const std::optional<bool> zero = reader.trailingBytes() == 0 ? std::optional<bool>(true) : reader.trailingAllZero();
    QByteArray out = JsonEnvelope::open(ImageKind::key(ImageKind::Payload));
    out += "  \"image\": " + JsonText::string(reader.fileName()) + ",\n";
    out += "  \"layout\": " + JsonText::string(PayloadFormat::layoutName(reader.layout())) + ",\n";
    out += "  \"layoutNote\": " + JsonText::string(reader.layoutNote()) + ",\n";
    out += "  \"layoutAmbiguous\": " + JsonText::boolean(reader.layoutAmbiguous()) + ",\n";
    out += "  \"count\": " + number(reader.entries().size()) + ",\n";
    out += "  \"payloadBytes\": " + number(reader.payloadBytes()) + ",\n";
    out += "  \"imageSize\": " + number(reader.imageSize()) + ",\n";
    out += "  \"endOfEntries\": " + number(reader.endOfEntries()) + ",\n";
    out += "  \"trailingBytes\": " + number(reader.trailingBytes()) + ",\n";
    out += "  \"trailingAllZero\": " + (zero ? JsonText::boolean(*zero) : QByteArray("null")) + ",\n";
    out += "  \"importerAccepts\": " + JsonText::boolean(!hasImporterErrors(reader.findings())) + ",\n";
    out += "  \"findings\": [";
    const ImporterFindings &findings = reader.findings();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const ImporterFinding &f = findings.at(i);
        out += i ? ",\n    {" : "\n    {";
        out += "\"severity\": " + JsonText::string(ImporterFinding::severityKey(f.severity));
        out += ", \"code\": " + JsonText::string(ImporterFinding::codeKey(f.code));
        out += ", \"entry\": " + JsonText::numberOrNull(f.entryIndex);
        out += ", \"offset\": " + JsonText::numberOrNull(f.offset);
        out += ", \"message\": " + JsonText::string(f.message) + '}';
    }
    out += findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}
