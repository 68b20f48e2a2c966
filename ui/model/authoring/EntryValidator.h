// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadFormat.h"
#include "model/authoring/AuthoringEntry.h"
#include "model/authoring/EntryProblem.h"

#include <QCoreApplication>
#include <QHash>

// The inline validation of the authoring list: the importer's rules (through ImporterRules,
// so the GUI judges names exactly as the reader and the writer do), duplicates, the layout's
// size limit and the state of each source. Pure computation over the list: no I/O.
//
// validate() judges a whole list. The parts it is made of are public too, so that a list kept
// validated between edits (EntryValidation) recomputes only the rows an edit concerns and
// still gets exactly what validate() would give.
class EntryValidator
{
    Q_DECLARE_TR_FUNCTIONS(EntryValidator)
public:
    // One problem list per entry, in the same order. Every occurrence of a duplicated name is
    // flagged (the importer would silently keep only the last), not just the later ones.
    static QList<EntryProblems> validate(const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout);

    // The problems of `entry` that depend on it alone: its name, its source, its size for
    // `layout` and whether its checked content is what the name promises. validate() gives a
    // row these, then its DuplicateName problem if it has one.
    static EntryProblems validateEntry(const AuthoringEntry &entry, PayloadFormat::Layout layout);

    // The rows of every name that two or more entries have, each list ascending.
    static QHash<QByteArray, QList<int>> duplicateGroups(const QList<AuthoringEntry> &entries);

    // The DuplicateName problem of each of `rows` (one group of duplicateGroups(), ascending):
    // one per row, in the same order. Its wording names the other row concerned and whether
    // the two have the same content, so it changes with rows' positions and hashes.
    static QList<EntryProblem> duplicateProblems(const QList<AuthoringEntry> &entries, const QList<int> &rows);

    // One short translated label for a kind ("Duplicate name"), for the status column.
    static QString shortLabel(EntryProblem::Kind kind);

    // How many rows the functions above have judged in this process (validateEntry() counts
    // one, duplicateProblems() one per row). Tests and benchmarks use it to bound the work an
    // edit or a background result costs.
    static quint64 judgedRows();
};
