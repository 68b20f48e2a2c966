// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "model/authoring/AuthoringEntry.h"

#include <QUndoCommand>

class EntryTableModel;

// Removes rows of the authoring list; undo puts each entry back at its old row.
class RemoveEntriesCommand : public QUndoCommand
{
public:
    RemoveEntriesCommand(EntryTableModel *model, QList<int> rows, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EntryTableModel *m_model;
    QList<int> m_rows; // ascending
    QList<AuthoringEntry> m_entries; // filled by redo, in the order of m_rows
};
