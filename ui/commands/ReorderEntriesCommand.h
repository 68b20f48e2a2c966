// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QUndoCommand>

class EntryTableModel;

// Puts the authoring list in a new order; undo restores the old one. The order is kept as
// entry ids, so it does not depend on row numbers. Moving and sorting derive from it.
class ReorderEntriesCommand : public QUndoCommand
{
public:
    // `newOrder` must be a permutation of model->order().
    ReorderEntriesCommand(EntryTableModel *model, const QList<quint64> &newOrder, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // False when the new order is the current one: such a command need not be pushed.
    bool changesOrder() const { return m_oldOrder != m_newOrder; }

protected:
    EntryTableModel *m_model;
    QList<quint64> m_oldOrder;
    QList<quint64> m_newOrder;
};
