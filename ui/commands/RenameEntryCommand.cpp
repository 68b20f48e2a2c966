// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "commands/RenameEntryCommand.h"
#include "model/authoring/EntryTableModel.h"

#include <QCoreApplication>

RenameEntryCommand::RenameEntryCommand(EntryTableModel *model, int row, const QByteArray &newName, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_row(row)
    , m_oldName(model->entry(row).name)
    , m_newName(newName)
{
    setText(QCoreApplication::translate("RenameEntryCommand", "Rename “%1” to “%2”")
                .arg(QString::fromUtf8(m_oldName), QString::fromUtf8(m_newName)));
}

void RenameEntryCommand::redo()
{
    m_model->renameEntry(m_row, m_newName);
}

void RenameEntryCommand::undo()
{
    m_model->renameEntry(m_row, m_oldName);
}
