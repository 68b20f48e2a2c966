// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/views/SrcfsTreeView.h"
#include "model/firstimage/SrcfsTreeModel.h"
#include "widgets/views/ShapedTextDelegate.h"

#include <algorithm>

SrcfsTreeView::SrcfsTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setItemDelegate(new ShapedTextDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

QList<int> SrcfsTreeView::selectedNodes() const
{
    QList<int> out;
    if (!selectionModel())
        return out;
    for (const QModelIndex &i : selectionModel()->selectedRows(SrcfsTreeModel::NameColumn))
        out << i.data(SrcfsTreeModel::NodeRole).toInt();
    std::sort(out.begin(), out.end());
    return out;
}

void SrcfsTreeView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    const QList<int> nodes = selectedNodes();
    if (!nodes.isEmpty())
        Q_EMIT dragOutRequested(nodes);
}
