// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "PayloadFormat.h"
#include "model/authoring/AuthoringEntry.h"
#include "model/authoring/EntryProblem.h"

#include <QHash>
#include <QList>

// The validation of the authoring list kept between edits, with the counts the status bar and
// the notice read, so that neither costs a pass over the list.
//
// Edits that move rows or change names, sources or the layout call invalidate(); the next
// reader's rebuild() validates the whole list once. A background result about one entry (its
// hash, an integrity verdict) is folded in by the calls below at the cost of that entry and
// the rows sharing its name, never of the list: that is what keeps a stream of 20,000 hash
// results from freezing the window. Every problem list is always what
// EntryValidator::validate() would give for the current list.
//
// A rebuild judges again only the entries it has not judged as they are now: each entry's own
// problems (EntryValidator::validateEntry()) are kept by id with the entry as it was judged, so
// that rows put back by Undo, or a list growing in chunks, cost a lookup a row instead of the
// name checks; what only the whole list tells (duplicates, counts) is redone every time.
class EntryValidation
{
public:
    struct Counts
    {
        qint64 payloadBytes = 0;
        qint64 nameBytes = 0;
        int errorRows = 0; // rows with at least one blocking problem
        int warningRows = 0; // rows with warnings only
        int hashing = 0; // rows whose source is readable and whose hash is still pending
        int integrityFailures = 0; // rows whose last integrity test did not pass
        int mismatches = 0; // rows whose content is not what their name promises
        int contentPending = 0; // rows whose source is readable and whose content is not checked yet
    };

    bool isValid() const { return m_valid; }
    void invalidate() { m_valid = false; }
    // Validates and counts every row of `entries` for `layout`; `integrity` holds the last
    // integrity result of entries by id.
    void rebuild(const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout,
        const QHash<quint64, ArchiveReport> &integrity);
    // After `entries` grew by rows appended from `first` on (valid state only, validated up to
    // `first`): validates the new rows and folds them into the counts and the duplicates, at
    // the cost of the new rows and the rows sharing their names (the first call after a rebuild
    // also indexes the names of the rows before). Returns the earlier rows whose problems
    // changed (a name they share now has another occurrence). The result is what rebuild()
    // would give.
    QList<int> appended(
        const QList<AuthoringEntry> &entries, qsizetype first, const QHash<quint64, ArchiveReport> &integrity);

    // After the hash of `entries[row]` changed (it was in state `before`): updates the count of
    // pending hashes and the problems of the rows sharing its name, whose wording says whether
    // the duplicates have the same content. Returns the rows whose problems changed. Valid
    // state only.
    QList<int> hashChanged(const QList<AuthoringEntry> &entries, int row, AuthoringEntry::HashState before);
    // After the content check of `entries[row]` changed (it was in state `before`): redoes that
    // row's own problems, keeping its DuplicateName problem. Returns whether its problems
    // changed. Valid state only.
    bool contentChanged(const QList<AuthoringEntry> &entries, int row, AuthoringEntry::ContentState before);
    // An integrity verdict of a listed row went from `failedBefore` to `failsNow`.
    void integrityChanged(bool failedBefore, bool failsNow);

    // Valid state only.
    const EntryProblems &problems(int row) const { return m_problems.at(row); }
    const QList<EntryProblems> &all() const { return m_problems; }
    const Counts &counts() const { return m_counts; }
    // Changes whenever any row's problems may have changed (a rebuild, a duplicate's hash), so
    // that what is drawn from them (the notice) is redone only then.
    quint64 revision() const { return m_revision; }

private:
    struct Judged
    {
        AuthoringEntry entry; // as it was judged
        EntryProblems problems; // its own problems, without DuplicateName
    };
    // True when `a` and `b` have the same own problems for the same layout: every field that
    // EntryValidator::validateEntry() reads is equal.
    static bool judgedAlike(const AuthoringEntry &a, const AuthoringEntry &b);
    // The own problems of `e`, from m_judged when it was judged as it is now.
    EntryProblems ownProblems(const AuthoringEntry &e);

    static bool counted(const AuthoringEntry &e);
    static bool contentPending(const AuthoringEntry &e);
    void count(const EntryProblems &problems, int sign);
    // The counts that depend on the entry alone (sizes, pending work, integrity).
    void countEntry(const AuthoringEntry &e, const QHash<quint64, ArchiveReport> &integrity);

    bool m_valid = false;
    PayloadFormat::Layout m_layout = PayloadFormat::Layout::U32;
    QList<EntryProblems> m_problems;
    // Rows of each name that two or more entries have (ascending), valid with the rest.
    QHash<QByteArray, QList<int>> m_duplicates;
    Counts m_counts;
    quint64 m_revision = 0;
    QHash<quint64, Judged> m_judged; // by entry id, for m_layout
    // The first row of every name, made by the first appended() after a rebuild and kept by
    // the next ones, so that a list growing in batches finds its duplicates at the cost of the
    // batch.
    QHash<QByteArray, int> m_firstRowOfName;
    bool m_namesIndexed = false;
};
