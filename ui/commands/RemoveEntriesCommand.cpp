// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "commands/RemoveEntriesCommand.h"
#include "model/authoring/EntryTableModel.h"

#include <QCoreApplication>

RemoveEntriesCommand::RemoveEntriesCommand(EntryTableModel *model, QList<int> rows, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
{
    model->finishInserting(); // its undo puts rows back among the whole list's
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_rows = rows;
    setText(rows.size() == 1
            ? QCoreApplication::translate("RemoveEntriesCommand", "Remove “%1”")
                  .arg(model->entry(rows.constFirst()).displayName())
            : QCoreApplication::translate("RemoveEntriesCommand", "Remove %n Entries", nullptr, int(rows.size())));
}

void RemoveEntriesCommand::redo()
{
    m_entries = m_model->takeEntries(m_rows);
}

void RemoveEntriesCommand::undo()
{
    // Ascending order: each entry goes back to its old row once those above it are back.
    // Contiguous runs are inserted at once, which keeps undoing a large removal quick.
    int i = 0;
    while (i < m_rows.size()) {
        int j = i + 1;
        while (j < m_rows.size() && m_rows.at(j) == m_rows.at(j - 1) + 1)
            ++j;
        m_model->insertEntries(m_rows.at(i), m_entries.mid(i, j - i));
        i = j;
    }
}
