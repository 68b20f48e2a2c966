// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryValidator.h"
#include "ImporterRules.h"

#include <QHash>
#include <QLocale>

using Kind = EntryProblem::Kind;
using Severity = EntryProblem::Severity;

namespace {
Kind kindOf(ImporterFinding::Code code)
{
    switch (code) {
    case ImporterFinding::Code::NameTooLong:
        return Kind::NameTooLong;
    case ImporterFinding::Code::SlashInName:
        return Kind::SlashInName;
    case ImporterFinding::Code::BackslashInName:
        return Kind::BackslashInName;
    case ImporterFinding::Code::InvalidUtf8:
        return Kind::InvalidUtf8;
    case ImporterFinding::Code::DuplicateName:
        return Kind::DuplicateName;
    default:
        break;
    }
    return Kind::EmptyName;
}
} // namespace

QList<EntryProblems> EntryValidator::validate(const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout)
{
    QList<EntryProblems> out(entries.size());
    QList<QByteArray> names;
    names.reserve(entries.size());
    const quint64 maxSize = PayloadFormat::maxFieldValue(layout);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuthoringEntry &e = entries.at(i);
        names << e.name;
        EntryProblems &problems = out[i];
        for (const ImporterFinding &f : ImporterRules::checkName(e.name, int(i)))
            problems << EntryProblem {kindOf(f.code),
                f.severity == ImporterFinding::Severity::Error ? Severity::Error : Severity::Warning, f.message};
        switch (e.sourceState) {
        case AuthoringEntry::SourceState::Ok:
            break;
        case AuthoringEntry::SourceState::Missing:
            problems << EntryProblem {
                Kind::SourceMissing, Severity::Error, tr("The source file %1 is missing.").arg(e.sourcePath)};
            break;
        case AuthoringEntry::SourceState::Unreadable:
            problems << EntryProblem {Kind::SourceUnreadable, Severity::Error,
                tr("The source file %1 cannot be read: %2").arg(e.sourcePath, e.sourceDetail)};
            break;
        case AuthoringEntry::SourceState::NotRegularFile:
            problems << EntryProblem {
                Kind::SourceNotRegular, Severity::Error, tr("The source %1 is not a regular file.").arg(e.sourcePath)};
            break;
        case AuthoringEntry::SourceState::RangeOutOfBounds:
            problems << EntryProblem {Kind::SourceRange, Severity::Error,
                tr("The data comes from bytes %1 to %2 of %3, which is shorter now.")
                    .arg(e.sourceOffset)
                    .arg(e.sourceOffset + e.size)
                    .arg(e.sourcePath)};
            break;
        }
        if (quint64(e.size) > maxSize)
            problems << EntryProblem {Kind::TooLargeForLayout, Severity::Error,
                tr("The file is %1 bytes; the %2 layout stores sizes below 4 GiB. Choose the u64 "
                   "layout.")
                    .arg(QLocale().toString(e.size), PayloadFormat::layoutName(layout))};
    }

    // ImporterRules reports the later occurrences; the first one is flagged too, so that the
    // user sees both halves of the conflict wherever the table is scrolled.
    QHash<QByteArray, int> firstOf;
    for (const ImporterFinding &f : ImporterRules::checkDuplicates(names)) {
        const int later = f.entryIndex;
        const QByteArray &name = names.at(later);
        int first = -1;
        for (int i = 0; i < later; ++i) {
            if (names.at(i) == name) {
                first = i;
                break;
            }
        }
        const AuthoringEntry &a = entries.at(later);
        const bool sameContent = first >= 0 && a.hashState == AuthoringEntry::HashState::Done &&
            entries.at(first).hashState == AuthoringEntry::HashState::Done && a.sha256 == entries.at(first).sha256;
        const QString hint = sameContent ? tr(" Both have the same content: remove one.") : QString();
        out[later] << EntryProblem {Kind::DuplicateName, Severity::Error,
            tr("The name is also used by entry %1; the importer would overwrite that file.").arg(first + 1) + hint};
        if (first >= 0 && !firstOf.contains(name)) {
            firstOf.insert(name, first);
            out[first] << EntryProblem {Kind::DuplicateName, Severity::Error,
                tr("The name is also used by entry %1; the importer would overwrite this file "
                   "with that one.")
                        .arg(later + 1) +
                    hint};
        }
    }
    return out;
}

QString EntryValidator::shortLabel(EntryProblem::Kind kind)
{
    switch (kind) {
    case Kind::EmptyName:
        return tr("Empty name");
    case Kind::NameTooLong:
        return tr("Name too long");
    case Kind::SlashInName:
        return tr("Slash in name");
    case Kind::BackslashInName:
        return tr("Backslash in name");
    case Kind::InvalidUtf8:
        return tr("Not UTF-8");
    case Kind::DuplicateName:
        return tr("Duplicate name");
    case Kind::TooLargeForLayout:
        return tr("Too large for u32");
    case Kind::SourceMissing:
        return tr("Missing");
    case Kind::SourceUnreadable:
        return tr("Unreadable");
    case Kind::SourceNotRegular:
        return tr("Not a file");
    case Kind::SourceRange:
        return tr("Source shrank");
    }
    return {};
}
