// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryValidation.h"
#include "model/authoring/EntryValidator.h"

#include <QSet>

#include <algorithm>

namespace {
// How many judged entries no longer listed a rebuild keeps at least (about 20 MiB).
constexpr qsizetype MaxJudgedKept = 100000;

bool sameFinding(const std::optional<ArchiveFinding> &a, const std::optional<ArchiveFinding> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a ||
        (a->code == b->code && a->severity == b->severity && a->member == b->member && a->offset == b->offset &&
            a->message == b->message);
}
} // namespace

bool EntryValidation::judgedAlike(const AuthoringEntry &a, const AuthoringEntry &b)
{
    if (a.name != b.name || a.sourceState != b.sourceState || a.sourcePath != b.sourcePath ||
        a.sourceDetail != b.sourceDetail || a.sourceOffset != b.sourceOffset || a.size != b.size ||
        a.contentState != b.contentState)
        return false;
    const DistfileKind::Detection &x = a.content, &y = b.content;
    return x.kind == y.kind && x.nameKind == y.nameKind && x.contentMimeType == y.contentMimeType &&
        x.innerMimeType == y.innerMimeType && x.format == y.format && x.error == y.error &&
        x.innerReadable == y.innerReadable && x.zeroFilled == y.zeroFilled && sameFinding(x.cutShort, y.cutShort);
}

EntryProblems EntryValidation::ownProblems(const AuthoringEntry &e)
{
    const auto it = m_judged.constFind(e.id);
    if (it != m_judged.cend() && judgedAlike(it->entry, e))
        return it->problems;
    const EntryProblems problems = EntryValidator::validateEntry(e, m_layout);
    m_judged.insert(e.id, Judged {e, problems});
    return problems;
}

bool EntryValidation::counted(const AuthoringEntry &e)
{
    return e.hashState == AuthoringEntry::HashState::Pending && e.sourceState == AuthoringEntry::SourceState::Ok;
}

bool EntryValidation::contentPending(const AuthoringEntry &e)
{
    return e.contentState == AuthoringEntry::ContentState::Pending && e.sourceState == AuthoringEntry::SourceState::Ok;
}

void EntryValidation::count(const EntryProblems &problems, int sign)
{
    if (hasBlockingProblem(problems))
        m_counts.errorRows += sign;
    else if (!problems.isEmpty())
        m_counts.warningRows += sign;
    for (const EntryProblem &p : problems)
        if (p.kind == EntryProblem::Kind::ContentMismatch)
            m_counts.mismatches += sign;
}

void EntryValidation::rebuild(
    const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout, const QHash<quint64, ArchiveReport> &integrity)
{
    // The same parts, in the same order, as EntryValidator::validate().
    if (layout != m_layout)
        m_judged.clear();
    m_layout = layout;
    // Entries removed are kept for an Undo, within reason: past a bound, only the listed ones.
    if (m_judged.size() > std::max<qsizetype>(MaxJudgedKept, 2 * entries.size()))
        m_judged.clear();
    m_problems.clear();
    m_problems.reserve(entries.size());
    for (const AuthoringEntry &e : entries)
        m_problems << ownProblems(e);
    m_duplicates = EntryValidator::duplicateGroups(entries);
    for (const QList<int> &rows : std::as_const(m_duplicates)) {
        const QList<EntryProblem> problems = EntryValidator::duplicateProblems(entries, rows);
        for (qsizetype k = 0; k < rows.size(); ++k)
            m_problems[rows.at(k)] << problems.at(k);
    }
    m_counts = Counts {};
    for (int i = 0; i < entries.size(); ++i) {
        countEntry(entries.at(i), integrity);
        count(m_problems.at(i), +1);
    }
    m_firstRowOfName.clear();
    m_namesIndexed = false;
    m_valid = true;
    ++m_revision;
}

void EntryValidation::countEntry(const AuthoringEntry &e, const QHash<quint64, ArchiveReport> &integrity)
{
    m_counts.payloadBytes += e.size;
    m_counts.nameBytes += e.name.size();
    m_counts.hashing += counted(e) ? 1 : 0;
    m_counts.contentPending += contentPending(e) ? 1 : 0;
    if (!integrity.isEmpty()) {
        const auto it = integrity.constFind(e.id);
        m_counts.integrityFailures += it != integrity.cend() && !it->passed() ? 1 : 0;
    }
}

QList<int> EntryValidation::appended(
    const QList<AuthoringEntry> &entries, qsizetype first, const QHash<quint64, ArchiveReport> &integrity)
{
    Q_ASSERT(m_valid && first == m_problems.size());
    if (!m_namesIndexed) {
        m_firstRowOfName.clear();
        m_firstRowOfName.reserve(entries.size());
        // Backwards, so that the first occurrence is the one left.
        for (qsizetype i = first - 1; i >= 0; --i)
            m_firstRowOfName.insert(entries.at(i).name, int(i));
        m_namesIndexed = true;
    }
    // The same parts as rebuild(): own problems first, then the duplicates' problem last.
    QSet<QByteArray> grown; // names whose group gained rows
    for (qsizetype i = first; i < entries.size(); ++i) {
        const AuthoringEntry &e = entries.at(i);
        m_problems << ownProblems(e);
        countEntry(e, integrity);
        const auto it = m_firstRowOfName.constFind(e.name);
        if (it == m_firstRowOfName.cend()) {
            m_firstRowOfName.insert(e.name, int(i));
            continue;
        }
        QList<int> &rows = m_duplicates[e.name];
        if (rows.isEmpty())
            rows << it.value();
        rows << int(i);
        grown.insert(e.name);
    }
    // The duplicate's wording names the other row, so a group that grew is worded anew.
    QList<int> earlier;
    for (const QByteArray &name : std::as_const(grown)) {
        const QList<int> &rows = m_duplicates.value(name);
        const QList<EntryProblem> problems = EntryValidator::duplicateProblems(entries, rows);
        for (qsizetype k = 0; k < rows.size(); ++k) {
            EntryProblems &p = m_problems[rows.at(k)];
            if (rows.at(k) < first) {
                count(p, -1);
                if (!p.isEmpty() && p.constLast().kind == EntryProblem::Kind::DuplicateName)
                    p.removeLast();
                earlier << rows.at(k);
            }
            p << problems.at(k);
        }
    }
    for (qsizetype i = first; i < m_problems.size(); ++i)
        count(m_problems.at(i), +1);
    for (int row : std::as_const(earlier))
        count(m_problems.at(row), +1);
    ++m_revision;
    return earlier;
}

QList<int> EntryValidation::hashChanged(const QList<AuthoringEntry> &entries, int row, AuthoringEntry::HashState before)
{
    Q_ASSERT(m_valid);
    const AuthoringEntry &e = entries.at(row);
    // counted() of the entry as it was, without a copy of it.
    const bool wasCounted =
        before == AuthoringEntry::HashState::Pending && e.sourceState == AuthoringEntry::SourceState::Ok;
    m_counts.hashing += (counted(e) ? 1 : 0) - (wasCounted ? 1 : 0);
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

bool EntryValidation::contentChanged(const QList<AuthoringEntry> &entries, int row, AuthoringEntry::ContentState before)
{
    Q_ASSERT(m_valid);
    const AuthoringEntry &e = entries.at(row);
    // contentPending() of the entry as it was, without a copy of it.
    const bool wasPending =
        before == AuthoringEntry::ContentState::Pending && e.sourceState == AuthoringEntry::SourceState::Ok;
    m_counts.contentPending += (contentPending(e) ? 1 : 0) - (wasPending ? 1 : 0);
    EntryProblems now = ownProblems(e);
    EntryProblems &p = m_problems[row];
    // The duplicate's problem comes last and does not depend on the content.
    if (!p.isEmpty() && p.constLast().kind == EntryProblem::Kind::DuplicateName)
        now << p.constLast();
    const auto sameProblems = [](const EntryProblems &a, const EntryProblems &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const EntryProblem &x, const EntryProblem &y) {
            return x.kind == y.kind && x.severity == y.severity && x.message == y.message;
        });
    };
    if (sameProblems(p, now))
        return false;
    count(p, -1);
    p = now;
    count(p, +1);
    ++m_revision;
    return true;
}

void EntryValidation::integrityChanged(bool failedBefore, bool failsNow)
{
    m_counts.integrityFailures += (failsNow ? 1 : 0) - (failedBefore ? 1 : 0);
}
