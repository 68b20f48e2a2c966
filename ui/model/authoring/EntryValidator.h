// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadFormat.h"
#include "model/authoring/AuthoringEntry.h"
#include "model/authoring/EntryProblem.h"

#include <QCoreApplication>

// The inline validation of the authoring list: the importer's rules (through ImporterRules,
// so the GUI judges names exactly as the reader and the writer do), duplicates, the layout's
// size limit and the state of each source. Pure computation over the list: no I/O.
class EntryValidator
{
    Q_DECLARE_TR_FUNCTIONS(EntryValidator)
public:
    // One problem list per entry, in the same order. Every occurrence of a duplicated name is
    // flagged (the importer would silently keep only the last), not just the later ones.
    static QList<EntryProblems> validate(const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout);

    // One short translated label for a kind ("Duplicate name"), for the status column.
    static QString shortLabel(EntryProblem::Kind kind);
};
