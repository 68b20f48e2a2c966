// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QUndoCommand>

class EntryTableModel;

// Gives one entry of the authoring list a new name.
class RenameEntryCommand : public QUndoCommand
{
public:
    RenameEntryCommand(EntryTableModel *model, int row, const QByteArray &newName, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EntryTableModel *m_model;
    int m_row;
    QByteArray m_oldName;
    QByteArray m_newName;
};
