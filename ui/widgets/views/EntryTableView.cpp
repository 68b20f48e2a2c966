// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/views/EntryTableView.h"

#include <QAbstractProxyModel>
#include <QDropEvent>
#include <QHeaderView>
#include <QPainter>

EntryTableView::EntryTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDragDropOverwriteMode(false);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setAlternatingRowColors(true);
    setShowGrid(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
}

void EntryTableView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

QList<int> EntryTableView::selectedSourceRows() const
{
    QList<int> rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    for (const QModelIndex &i : selectionModel()->selectedRows())
        rows << (proxy ? proxy->mapToSource(i).row() : i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void EntryTableView::dropEvent(QDropEvent *event)
{
    QTableView::dropEvent(event);
    // The model has moved or added rows itself. Reporting a copy back to the drag source
    // keeps QAbstractItemView from also removing the dragged rows after an internal move.
    if (event->isAccepted())
        event->setDropAction(Qt::CopyAction);
}

void EntryTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    // Empty means the list, not the filter's result: a filter matching nothing is not a hint
    // to drop files.
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const QAbstractItemModel *list = proxy ? proxy->sourceModel() : model();
    if (!list || list->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter p(viewport());
    QColor colour = palette().color(QPalette::PlaceholderText);
    p.setPen(colour);
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}
