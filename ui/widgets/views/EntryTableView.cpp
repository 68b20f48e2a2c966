// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/views/EntryTableView.h"
#include "widgets/views/ShapedTextDelegate.h"

#include <QAbstractProxyModel>
#include <QDropEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>

#include <algorithm>

EntryTableView::EntryTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new ShapedTextDelegate(this));
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
    // From the selection's ranges: selectedRows() asks every column of every row whether it is
    // selected, which for Select All of 20,000 rows costs a frame or more.
    QList<int> rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const int lastColumn = model() ? model()->columnCount() - 1 : -1;
    const QItemSelection selection = selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.parent().isValid())
            continue;
        const bool wholeRows = range.left() == 0 && range.right() == lastColumn;
        for (int r = range.top(); r <= range.bottom(); ++r)
            if (wholeRows || selectionModel()->isRowSelected(r))
                rows << (proxy ? proxy->mapToSource(model()->index(r, 0)).row() : r);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

int EntryTableView::selectedRowCount() const
{
    // Whole-row ranges, merged where they overlap; a range of some columns only counts the rows
    // whose every column is selected (none, as the view selects rows).
    QList<std::pair<int, int>> spans;
    int partial = 0;
    const int lastColumn = model() ? model()->columnCount() - 1 : -1;
    const QItemSelection selection = selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.parent().isValid())
            continue;
        if (range.left() == 0 && range.right() == lastColumn)
            spans.append({range.top(), range.bottom()});
        else
            for (int r = range.top(); r <= range.bottom(); ++r)
                partial += selectionModel()->isRowSelected(r) ? 1 : 0;
    }
    if (partial > 0)
        return int(selectedSourceRows().size());
    std::sort(spans.begin(), spans.end());
    int count = 0, end = -1;
    for (const auto &[top, bottom] : std::as_const(spans)) {
        if (bottom <= end)
            continue;
        count += bottom - std::max(top, end + 1) + 1;
        end = bottom;
    }
    return count;
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
