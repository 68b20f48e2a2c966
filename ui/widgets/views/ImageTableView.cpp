// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/views/ImageTableView.h"
#include "model/image/ImageEntryModel.h"
#include "widgets/views/ShapedTextDelegate.h"

#include <QHeaderView>

ImageTableView::ImageTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new ShapedTextDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setAlternatingRowColors(true);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
}

QList<int> ImageTableView::selectedEntryIndices() const
{
    QList<int> out;
    for (const QModelIndex &i : selectionModel()->selectedRows())
        out << i.data(ImageEntryModel::EntryIndexRole).toInt();
    std::sort(out.begin(), out.end());
    return out;
}

void ImageTableView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    const QList<int> indices = selectedEntryIndices();
    if (!indices.isEmpty())
        Q_EMIT dragOutRequested(indices);
}
