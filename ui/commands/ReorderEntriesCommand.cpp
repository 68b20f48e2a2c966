// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "commands/ReorderEntriesCommand.h"
#include "model/authoring/EntryTableModel.h"

// The order of the whole list, a batched insert put in first.
static QList<quint64> wholeOrder(EntryTableModel *model)
{
    model->finishInserting();
    return model->order();
}

ReorderEntriesCommand::ReorderEntriesCommand(
    EntryTableModel *model, const QList<quint64> &newOrder, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_oldOrder(wholeOrder(model))
    , m_newOrder(newOrder)
{ }

void ReorderEntriesCommand::redo()
{
    m_model->reorder(m_newOrder);
}

void ReorderEntriesCommand::undo()
{
    m_model->reorder(m_oldOrder);
}
