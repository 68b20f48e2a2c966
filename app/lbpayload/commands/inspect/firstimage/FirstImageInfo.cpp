// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageInfo.h"
#include "ByteCount.h"
#include "FirstImageReader.h"
#include "ImageKind.h"
#include "JsonEnvelope.h"
#include "JsonText.h"

#include <QLocale>

namespace {

QString scriptEndText(FirstImageReader::ScriptEnd end)
{
    switch (end) {
    case FirstImageReader::ScriptEnd::ZeroByte:
        return FirstImageInfo::tr("ends with the zero byte");
    case FirstImageReader::ScriptEnd::EndOfImage:
        return FirstImageInfo::tr("the image ends first: no zero byte ends it");
    case FirstImageReader::ScriptEnd::TruncatedRecord:
        return FirstImageInfo::tr("a record's data runs past the end of the image");
    case FirstImageReader::ScriptEnd::Malformed:
        return FirstImageInfo::tr("reading stopped at a malformed record");
    }
    return {};
}

} // namespace

QString FirstImageInfo::severity(FirstImageFinding::Severity severity)
{
    switch (severity) {
    case FirstImageFinding::Severity::Info:
        return tr("note");
    case FirstImageFinding::Severity::Warning:
        return tr("warning");
    case FirstImageFinding::Severity::Error:
        break;
    }
    return tr("error");
}

QString FirstImageInfo::counts(const FirstImageFindings &findings)
{
    int errors = 0, warnings = 0;
    for (const FirstImageFinding &f : findings) {
        errors += f.severity == FirstImageFinding::Severity::Error;
        warnings += f.severity == FirstImageFinding::Severity::Warning;
    }
    if (!errors && !warnings)
        return tr("no findings");
    // FindingText's strings, whose plural forms the English catalogue already has.
    return QCoreApplication::translate("FindingText", "%n error(s)", nullptr, errors) + QLatin1String(", ") +
        QCoreApplication::translate("FindingText", "%n warning(s)", nullptr, warnings);
}

QString FirstImageInfo::line(const FirstImageFinding &finding)
{
    //: severity: message (the message names the image and the place)
    return tr("%1: %2").arg(severity(finding.severity), finding.message);
}

QByteArray FirstImageInfo::text(const FirstImageReader &reader)
{
    const QLocale c = QLocale::c();
    const FirstImageBudget &budget = reader.budget();
    const auto bytes = [&](qint64 n) {
        return QStringLiteral("%1 (%2)").arg(n).arg(ByteCount::human(n));
    };
    qint64 fileBytes = 0;
    for (const SrcfsRecord &r : reader.records())
        fileBytes += r.kind == SrcfsRecord::Kind::File ? r.size : 0;

    QString trailing = QString::number(reader.trailingBytes());
    if (reader.trailingBytes() > 0) {
        const std::optional<bool> zero = reader.trailingAllZero();
        trailing += QLatin1Char(' ') +
            (!zero          ? tr("(not all checked)")
                    : *zero ? tr("(all zero)")
                            : tr("(not all zero)"));
    }
    QString fiwix = tr("unknown: neither the image nor a checkout holds steps/jump/fiwix.sh");
    if (budget.fiwix)
        fiwix = tr("initrd of %1 KiB (%2, line %3) leaves %4 bytes for the build before Fiwix (inferred)")
                    .arg(c.toString(budget.fiwix->initrdKiB), budget.fiwix->source)
                    .arg(budget.fiwix->line)
                    .arg(c.toString(budget.leftBeforeFiwix()));
    const FirstImageFindings &findings = reader.findings();
    const QList<std::pair<QString, QString>> rows = {
        {tr("Image:"), reader.fileName()},
        {tr("Format:"), tr("builder-hex0 first image")},
        {tr("Stage 1:"),
            reader.bootSignature() ? tr("512 bytes, ends in 55 AA") : tr("512 bytes, no 55 AA boot signature")},
        {tr("Stage 2:"),
            tr("%1 bytes of hex0 source, SHA-256 %2, revision %3")
                .arg(reader.stage2Size())
                .arg(QString::fromLatin1(reader.stage2Sha256()),
                    reader.revision().isEmpty() ? tr("unknown") : reader.revision())},
        {tr("Script:"),
            tr("bytes %1 to %2, %3")
                .arg(reader.scriptStart())
                .arg(reader.scriptEnd())
                .arg(scriptEndText(reader.scriptEndKind()))},
        {tr("Records:"),
            tr("%1 (%2 files, %3 folders, %4 commands)")
                .arg(reader.records().size())
                .arg(reader.fileCount())
                .arg(reader.folderCount())
                .arg(reader.commandCount())},
        {tr("File bytes:"), bytes(fileBytes)},
        {tr("Image bytes:"), bytes(reader.imageSize())},
        {tr("Trailing bytes:"), trailing},
        {tr("File slots:"), tr("%1 of %2").arg(c.toString(budget.filesUsed), c.toString(budget.filesLimit))},
        {tr("File area:"), tr("%1 of %2 bytes").arg(c.toString(budget.bytesUsed), c.toString(budget.bytesLimit))},
        {tr("Fiwix:"), fiwix},
        {tr("Boot:"),
            hasFirstImageErrors(findings) ? tr("would fail (%1)").arg(counts(findings))
                                          : tr("no known obstacle (%1)").arg(counts(findings))},
    };
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString out;
    for (const auto &row : rows)
        out += row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    if (!findings.isEmpty()) {
        out += tr("Findings:") + QLatin1Char('\n');
        for (const FirstImageFinding &f : findings)
            out += QLatin1String("  ") + line(f) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray FirstImageInfo::json(const FirstImageReader &reader)
{
    const auto number = [](qint64 value) {
        return QByteArray::number(value);
    };
    const FirstImageBudget &budget = reader.budget();
    qint64 fileBytes = 0;
    for (const SrcfsRecord &r : reader.records())
        fileBytes += r.kind == SrcfsRecord::Kind::File ? r.size : 0;
    const std::optional<bool> zero = reader.trailingBytes() == 0 ? std::optional<bool>(true) : reader.trailingAllZero();

    QByteArray out = JsonEnvelope::open(ImageKind::key(ImageKind::FirstImage));
    out += "  \"image\": " + JsonText::string(reader.fileName()) + ",\n";
    out += "  \"imageSize\": " + number(reader.imageSize()) + ",\n";
    out += "  \"stage1\": {\"size\": " + number(reader.stage1().size()) +
        ", \"bootSignature\": " + JsonText::boolean(reader.bootSignature()) + "},\n";
    out += "  \"stage2\": {\"size\": " + number(reader.stage2Size()) + ", \"sha256\": \"" + reader.stage2Sha256() +
        "\", \"revision\": " + JsonText::stringOrNull(reader.revision()) + "},\n";
    out += "  \"script\": {\"start\": " + number(reader.scriptStart()) + ", \"end\": " + number(reader.scriptEnd()) +
        ", \"endKind\": " + JsonText::string(FirstImageReader::scriptEndKey(reader.scriptEndKind())) + "},\n";
    out += "  \"count\": " + number(reader.records().size()) + ",\n";
    out += "  \"files\": " + number(reader.fileCount()) + ",\n";
    out += "  \"folders\": " + number(reader.folderCount()) + ",\n";
    out += "  \"commands\": " + number(reader.commandCount()) + ",\n";
    out += "  \"fileBytes\": " + number(fileBytes) + ",\n";
    out += "  \"trailingBytes\": " + number(reader.trailingBytes()) + ",\n";
    out += "  \"trailingAllZero\": " + (zero ? JsonText::boolean(*zero) : QByteArray("null")) + ",\n";
    out += "  \"budget\": {\n";
    out +=
        "    \"files\": {\"used\": " + number(budget.filesUsed) + ", \"limit\": " + number(budget.filesLimit) + "},\n";
    out +=
        "    \"bytes\": {\"used\": " + number(budget.bytesUsed) + ", \"limit\": " + number(budget.bytesLimit) + "},\n";
    out += "    \"fiwix\": ";
    if (budget.fiwix)
        out += "{\"initrdKiB\": " + number(budget.fiwix->initrdKiB) +
            ", \"source\": " + JsonText::string(budget.fiwix->source) + ", \"line\": " + number(budget.fiwix->line) +
            ", \"leftBeforeFiwix\": " + number(budget.leftBeforeFiwix()) + ", \"inferred\": true}\n";
    else
        out += "null\n";
    out += "  },\n";
    out += "  \"bootable\": " + JsonText::boolean(!hasFirstImageErrors(reader.findings())) + ",\n";
    out += "  \"findings\": [";
    const FirstImageFindings &findings = reader.findings();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const FirstImageFinding &f = findings.at(i);
        out += i ? ",\n    {" : "\n    {";
        out += "\"severity\": " + JsonText::string(FirstImageFinding::severityKey(f.severity));
        out += ", \"code\": " + JsonText::string(FirstImageFinding::codeKey(f.code));
        out += ", \"entry\": " + JsonText::numberOrNull(f.recordIndex);
        out += ", \"offset\": " + JsonText::numberOrNull(f.offset);
        out += ", \"message\": " + JsonText::string(f.message) + '}';
    }
    out += findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}
