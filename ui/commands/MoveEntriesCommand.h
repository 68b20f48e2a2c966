// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "commands/ReorderEntriesCommand.h"

// Moves rows of the authoring list: to a drop position, or one step up or down.
class MoveEntriesCommand : public ReorderEntriesCommand
{
public:
    // Moves `rows` (any order, kept in their relative order) so that they come right before
    // the entry now at `destination` (rowCount() for the end), as a drop does.
    MoveEntriesCommand(EntryTableModel *model, const QList<int> &rows, int destination);

    // Each selected row swaps with the unselected neighbour above it (below for down). Rows
    // already at the edge stay, like a selection in a file manager.
    static MoveEntriesCommand *up(EntryTableModel *model, const QList<int> &rows);
    static MoveEntriesCommand *down(EntryTableModel *model, const QList<int> &rows);

    // The rows the moved entries occupy after redo().
    QList<int> movedRows() const;

private:
    MoveEntriesCommand(EntryTableModel *model, const QList<quint64> &order, const QList<quint64> &moved);

    QList<quint64> m_moved;
};
