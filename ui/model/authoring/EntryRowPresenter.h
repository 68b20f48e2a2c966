// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "model/authoring/AuthoringEntry.h"
#include "model/authoring/EntryProblem.h"

#include <QCoreApplication>
#include <QVariant>

#include <functional>

// How the authoring list reads in its table: the text, icon, tooltip, colour and alignment
// of each cell, the column titles, and the sentences that say why a build cannot start.
// EntryTableModel keeps the entries, their validation and the edits; the wording lives here
// so that it can change without touching the data and its undo commands.
class EntryRowPresenter
{
    Q_DECLARE_TR_FUNCTIONS(EntryRowPresenter)
public:
    // The value of `role` (a Qt::ItemDataRole or an EntryTableModel::Role) for the cell of
    // `column` (an EntryTableModel::Column) of the row showing `entry`, whose validation is
    // `problems` and whose last integrity result is `tested` (nullptr when untested). An
    // invalid QVariant when the cell has nothing for that role.
    static QVariant data(
        const AuthoringEntry &entry, const EntryProblems &problems, const ArchiveReport *tested, int column, int role);
    // The title of `column` (an EntryTableModel::Column); empty for an unknown column.
    static QString columnTitle(int column);
    // One translated sentence per cause that blocks a build of `entries` validated as
    // `problems` (one list per entry), naming the first rows concerned; empty when nothing
    // blocks it.
    static QStringList buildBlockers(const QList<AuthoringEntry> &entries, const QList<EntryProblems> &problems);
    // One translated sentence per row of `entries` whose content is not what its name says
    // (a ContentMismatch in `problems`) or whose integrity test failed (`tested(row)`, nullptr
    // when untested), with the reason: the first rows, then how many more. `flagged`
    // (optional) receives the ids of all of them.
    static QStringList buildWarnings(const QList<AuthoringEntry> &entries, const QList<EntryProblems> &problems,
        const std::function<const ArchiveReport *(int row)> &tested, QList<quint64> *flagged = nullptr);

private:
    static QVariant statusData(const EntryProblems &problems, const ArchiveReport *tested, int role);
    static QVariant problemStatusData(const EntryProblems &problems, int role);
};
