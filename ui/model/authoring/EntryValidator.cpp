// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryValidator.h"
#include "ContentCheck.h"
#include "ImporterRules.h"
#include "widgets/presentation/Formatting.h"

#include <QLocale>

#include <atomic>

using Kind = EntryProblem::Kind;
using Severity = EntryProblem::Severity;

namespace {
std::atomic<quint64> g_judged {0};

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
    QList<EntryProblems> out;
    out.reserve(entries.size());
    for (const AuthoringEntry &e : entries)
        out << validateEntry(e, layout);
    const QHash<QByteArray, QList<int>> groups = duplicateGroups(entries);
    for (const QList<int> &rows : groups) {
        const QList<EntryProblem> problems = duplicateProblems(entries, rows);
        for (qsizetype k = 0; k < rows.size(); ++k)
            out[rows.at(k)] << problems.at(k);
    }
    return out;
}

EntryProblems EntryValidator::validateEntry(const AuthoringEntry &e, PayloadFormat::Layout layout)
{
    g_judged.fetch_add(1, std::memory_order_relaxed);
    EntryProblems problems;
    for (const ImporterFinding &f : ImporterRules::checkName(e.name))
        problems << EntryProblem {kindOf(f.code),
            f.severity == ImporterFinding::Severity::Error ? Severity::Error : Severity::Warning,
            Formatting::sentence(f.message)};
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
                .arg(Formatting::count(e.sourceOffset), Formatting::count(e.sourceOffset + e.size), e.sourcePath)};
        break;
    }
    if (quint64(e.size) > PayloadFormat::maxFieldValue(layout))
        problems << EntryProblem {Kind::TooLargeForLayout, Severity::Error,
            tr("The file is %1 bytes; the %2 layout stores sizes below 4 GiB. Choose the u64 "
               "layout.")
                .arg(QLocale().toString(e.size), PayloadFormat::layoutName(layout))};
    if (e.contentState == AuthoringEntry::ContentState::Checked && e.sourceState == AuthoringEntry::SourceState::Ok)
        if (const std::optional<ArchiveFinding> f = ContentCheck::finding(e.content, e.displayName()))
            problems << EntryProblem {
                f->code == ArchiveFinding::Code::CutShort ? Kind::ContentCutShort : Kind::ContentMismatch,
                Severity::Warning, Formatting::sentence(f->message)};
    return problems;
}

QHash<QByteArray, QList<int>> EntryValidator::duplicateGroups(const QList<AuthoringEntry> &entries)
{
    QList<QByteArray> names;
    names.reserve(entries.size());
    for (const AuthoringEntry &e : entries)
        names << e.name;
    // ImporterRules decides what a duplicate is (the later occurrences); the first occurrence
    // of each name is looked up only when there are any.
    const ImporterFindings later = ImporterRules::checkDuplicates(names);
    QHash<QByteArray, QList<int>> groups;
    if (later.isEmpty())
        return groups;
    QHash<QByteArray, int> first;
    for (int i = int(names.size()) - 1; i >= 0; --i)
        first.insert(names.at(i), i);
    for (const ImporterFinding &f : later) {
        QList<int> &rows = groups[names.at(f.entryIndex)];
        if (rows.isEmpty())
            rows << first.value(names.at(f.entryIndex));
        rows << f.entryIndex;
    }
    return groups;
}

QList<EntryProblem> EntryValidator::duplicateProblems(const QList<AuthoringEntry> &entries, const QList<int> &rows)
{
    g_judged.fetch_add(quint64(rows.size()), std::memory_order_relaxed);
    QList<EntryProblem> out;
    if (rows.size() < 2)
        return out;
    out.reserve(rows.size());
    const int first = rows.constFirst();
    const AuthoringEntry &a = entries.at(first);
    const auto hint = [&](int later) {
        const AuthoringEntry &b = entries.at(later);
        const bool sameContent = a.hashState == AuthoringEntry::HashState::Done &&
            b.hashState == AuthoringEntry::HashState::Done && a.sha256 == b.sha256;
        return sameContent ? tr(" Both have the same content: remove one.") : QString();
    };
    // The first occurrence is flagged too, so that the user sees both halves of the conflict
    // wherever the table is scrolled; it names the second one.
    out << EntryProblem {Kind::DuplicateName, Severity::Error,
        tr("The name is also used by entry %1; the importer would overwrite this file "
           "with that one.")
                .arg(rows.at(1) + 1) +
            hint(rows.at(1))};
    for (qsizetype k = 1; k < rows.size(); ++k)
        out << EntryProblem {Kind::DuplicateName, Severity::Error,
            tr("The name is also used by entry %1; the importer would overwrite that file.").arg(first + 1) +
                hint(rows.at(k))};
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
    case Kind::ContentMismatch:
        return tr("Mismatch");
    case Kind::ContentCutShort:
        return tr("Cut short");
    }
    return {};
}

quint64 EntryValidator::judgedRows()
{
    return g_judged.load(std::memory_order_relaxed);
}
