// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "commands/AddEntriesCommand.h"
#include "model/authoring/EntryTableModel.h"

#include <QCoreApplication>

AddEntriesCommand::AddEntriesCommand(
    EntryTableModel *model, int row, const QList<AuthoringEntry> &entries, bool inBatches, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_entries(entries)
    , m_inBatches(inBatches)
{
    // "At the end" is after the rows of an insert still under way.
    model->finishInserting();
    m_row = row < 0 ? model->rowCount() : row;
    setText(entries.size() == 1
            ? QCoreApplication::translate("AddEntriesCommand", "Add “%1”").arg(entries.constFirst().displayName())
            : QCoreApplication::translate("AddEntriesCommand", "Add %n File(s)", nullptr, int(entries.size())));
}

void AddEntriesCommand::redo()
{
    m_model->insertEntries(m_row, m_entries, m_inBatches);
}

void AddEntriesCommand::undo()
{
    // Hashes computed meanwhile are facts about the sources: keep them for the next redo.
    QList<int> rows;
    for (int i = 0; i < m_entries.size(); ++i)
        rows << m_row + i;
    m_entries = m_model->takeEntries(rows);
}
