// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "commands/SortEntriesCommand.h"
#include "PayloadFormat.h"
#include "model/authoring/EntryTableModel.h"

#include <QCoreApplication>

#include <algorithm>

static QList<quint64> sortedOrder(EntryTableModel *model)
{
    model->finishInserting(); // the new order is a permutation of the whole list
    QList<int> rows;
    for (int i = 0; i < model->rowCount(); ++i)
        rows << i;
    std::stable_sort(rows.begin(), rows.end(),
        [model](int a, int b) { return PayloadFormat::upstreamNameLess(model->entry(a).name, model->entry(b).name); });
    QList<quint64> ids;
    for (int r : std::as_const(rows))
        ids << model->entry(r).id;
    return ids;
}

SortEntriesCommand::SortEntriesCommand(EntryTableModel *model)
    : ReorderEntriesCommand(model, sortedOrder(model))
{
    setText(QCoreApplication::translate("SortEntriesCommand", "Sort by Name"));
}
