// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ImporterRules.h"
#include "PayloadFormat.h"

#include <QHash>

#include <cstring>

using Severity = ImporterFinding::Severity;
using Code = ImporterFinding::Code;

QString ImporterFinding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString ImporterFinding::codeKey(Code code)
{
    switch (code) {
    case Code::CountTooLarge:
        return QStringLiteral("count-too-large");
    case Code::EmptyName:
        return QStringLiteral("empty-name");
    case Code::NameTooLong:
        return QStringLiteral("name-too-long");
    case Code::SlashInName:
        return QStringLiteral("slash-in-name");
    case Code::BackslashInName:
        return QStringLiteral("backslash-in-name");
    case Code::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    case Code::DuplicateName:
        return QStringLiteral("duplicate-name");
    case Code::TrailingBytes:
        break;
    }
    return QStringLiteral("trailing-bytes");
}

bool hasImporterErrors(const ImporterFindings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const ImporterFinding &f) { return f.severity == Severity::Error; });
}

static ImporterFinding make(Severity severity, Code code, int index, qint64 offset, const QString &message)
{
    return ImporterFinding{severity, code, index, offset, message};
}

bool ImporterRules::isValidUtf8(const QByteArray &bytes)
{
    // Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    // Names are nearly always ASCII: pass over it eight bytes at a time (a table of 200,000
    // names is checked while it is read).
    for (quint64 word; i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ull) == 0);)
        i += 8;
    while (i < n) {
        const unsigned char c = p[i];
        int extra;
        char32_t min;
        char32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

ImporterFindings ImporterRules::checkName(const QByteArray &name, int entryIndex, qint64 offset)
{
    ImporterFindings out;
    if (name.isEmpty()) {
        out << make(Severity::Error, Code::EmptyName, entryIndex, offset,
                    tr("The name is empty; the importer rejects names of length 0."));
        return out;
    }
    if (name.size() > PayloadFormat::MaxImporterNameLength)
        out << make(Severity::Error, Code::NameTooLong, entryIndex, offset,
                    tr("The name is %1 bytes long; the importer rejects names above %2 bytes.")
                        .arg(name.size())
                        .arg(PayloadFormat::MaxImporterNameLength));
    if (name.contains('/'))
        out << make(Severity::Error, Code::SlashInName, entryIndex, offset,
                    tr("The name contains '/'; the importer rejects names with a path separator."));
    if (name.contains('\\'))
        out << make(Severity::Error, Code::BackslashInName, entryIndex, offset,
                    tr("The name contains '\\'; the importer rejects names with a backslash."));
    if (!isValidUtf8(name))
        out << make(Severity::Warning, Code::InvalidUtf8, entryIndex, offset,
                    tr("The name is not valid UTF-8; the file will get a name no tool displays correctly."));
    return out;
}

ImporterFindings ImporterRules::checkCount(quint64 count, qint64 offset)
{
    if (count <= PayloadFormat::MaxImporterCount)
        return {};
    return {make(Severity::Error, Code::CountTooLarge, -1, offset,
                 tr("The image holds %1 entries; the importer rejects more than %2.")
                     .arg(count)
                     .arg(PayloadFormat::MaxImporterCount))};
}

ImporterFindings ImporterRules::checkDuplicates(const QList<QByteArray> &names, const QList<qint64> &offsets)
{
    ImporterFindings out;
    QHash<QByteArray, int> first;
    first.reserve(names.size());
    for (int i = 0; i < names.size(); ++i) {
        const auto it = first.constFind(names.at(i));
        if (it == first.cend()) {
            first.insert(names.at(i), i);
            continue;
        }
        out << duplicateName(names.at(i), i, i < offsets.size() ? offsets.at(i) : -1, it.value());
    }
    return out;
}

ImporterFinding ImporterRules::duplicateName(const QByteArray &name, int entryIndex, qint64 offset, int firstIndex)
{
    return make(Severity::Warning, Code::DuplicateName, entryIndex, offset,
                tr("The name \"%1\" is already used by entry %2; the importer overwrites that file with this one.")
                    .arg(QString::fromUtf8(name))
                    .arg(firstIndex));
}

bool ImporterRules::isAcceptedName(const QByteArray &name)
{
    return !hasImporterErrors(checkName(name));
}
