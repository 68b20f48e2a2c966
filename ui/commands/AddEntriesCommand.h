// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "model/authoring/AuthoringEntry.h"

#include <QUndoCommand>

class EntryTableModel;

// Inserts entries at a row of the authoring list; undo removes them again.
class AddEntriesCommand : public QUndoCommand
{
public:
    // `row` -1 appends. `inBatches`: a large append goes in over several events (see
    // EntryTableModel::insertEntries()), the first time and on every redo.
    AddEntriesCommand(EntryTableModel *model, int row, const QList<AuthoringEntry> &entries, bool inBatches = false,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EntryTableModel *m_model;
    int m_row;
    QList<AuthoringEntry> m_entries;
    bool m_inBatches = false;
};
