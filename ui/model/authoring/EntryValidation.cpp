// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryValidation.h"
#include "model/authoring/EntryValidator.h"

bool EntryValidation::counted(const AuthoringEntry &e)
{
    return e.hashState == AuthoringEntry::HashState::Pending && e.sourceState == AuthoringEntry::SourceState::Ok;
}

void EntryValidation::count(const EntryProblems &problems, int sign)
{
    if (hasBlockingProblem(problems))
        m_counts.errorRows += sign;
    else if (!problems.isEmpty())
        m_counts.warningRows += sign;
}

void EntryValidation::rebuild(
    const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout, const QHash<quint64, ArchiveReport> &integrity)
{
    // The same parts, in the same order, as EntryValidator::validate().
    m_problems.clear();
    m_problems.reserve(entries.size());
    for (const AuthoringEntry &e : entries)
        m_problems << EntryValidator::validateEntry(e, layout);
    m_duplicates = EntryValidator::duplicateGroups(entries);
    for (const QList<int> &rows : std::as_const(m_duplicates)) {
        const QList<EntryProblem> problems = EntryValidator::duplicateProblems(entries, rows);
        for (qsizetype k = 0; k < rows.size(); ++k)
            m_problems[rows.at(k)] << problems.at(k);
    }
    m_counts = Counts {};
    for (int i = 0; i < entries.size(); ++i) {
        const AuthoringEntry &e = entries.at(i);
        m_counts.payloadBytes += e.size;
        m_counts.nameBytes += e.name.size();
        m_counts.hashing += counted(e) ? 1 : 0;
        count(m_problems.at(i), +1);
        if (!integrity.isEmpty()) {
            const auto it = integrity.constFind(e.id);
            m_counts.integrityFailures += it != integrity.cend() && !it->passed() ? 1 : 0;
        }
    }
    m_valid = true;
    ++m_revision;
}

QList<int> EntryValidation::hashChanged(const QList<AuthoringEntry> &entries, int row, AuthoringEntry::HashState before)
{
    Q_ASSERT(m_valid);
    const AuthoringEntry &e = entries.at(row);
    AuthoringEntry was = e;
    was.hashState = before;
    m_counts.hashing += (counted(e) ? 1 : 0) - (counted(was) ? 1 : 0);
    const auto group = m_duplicates.constFind(e.name);
    if (group == m_duplicates.cend())
        return {};
    // Only the duplicate's wording can change; it is the last problem of each row of the group.
    const QList<int> &rows = group.value();
    const QList<EntryProblem> problems = EntryValidator::duplicateProblems(entries, rows);
    QList<int> changed;
    for (qsizetype k = 0; k < rows.size(); ++k) {
        EntryProblems &p = m_problems[rows.at(k)];
        Q_ASSERT(!p.isEmpty() && p.constLast().kind == EntryProblem::Kind::DuplicateName);
        if (p.constLast().message == problems.at(k).message)
            continue;
        count(p, -1);
        p.last() = problems.at(k);
        count(p, +1);
        changed << rows.at(k);
    }
    if (!changed.isEmpty())
        ++m_revision;
    return changed;
}

void EntryValidation::integrityChanged(bool failedBefore, bool failsNow)
{
    m_counts.integrityFailures += (failsNow ? 1 : 0) - (failedBefore ? 1 : 0);
}
