// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "commands/MoveEntriesCommand.h"
#include "model/authoring/EntryTableModel.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {
QList<quint64> orderForDrop(EntryTableModel *model, QList<int> rows, int destination)
{
    model->finishInserting(); // the new order is a permutation of the whole list
    std::sort(rows.begin(), rows.end());
    const QSet<int> moving(rows.cbegin(), rows.cend());
    const QList<quint64> ids = model->order();
    QList<quint64> rest, moved;
    int insertAt = 0;
    for (int i = 0; i < ids.size(); ++i) {
        if (moving.contains(i)) {
            moved << ids.at(i);
        } else {
            if (i < destination)
                ++insertAt;
            rest << ids.at(i);
        }
    }
    QList<quint64> out = rest.mid(0, insertAt);
    out << moved << rest.mid(insertAt);
    return out;
}

QList<quint64> idsOf(const EntryTableModel *model, const QList<int> &rows)
{
    QList<quint64> ids;
    for (int r : rows)
        ids << model->entry(r).id;
    return ids;
}
} // namespace

MoveEntriesCommand::MoveEntriesCommand(EntryTableModel *model, const QList<int> &rows, int destination)
    : MoveEntriesCommand(model, orderForDrop(model, rows, destination), idsOf(model, rows))
{ }

MoveEntriesCommand::MoveEntriesCommand(EntryTableModel *model, const QList<quint64> &order, const QList<quint64> &moved)
    : ReorderEntriesCommand(model, order)
    , m_moved(moved)
{
    setText(QCoreApplication::translate("MoveEntriesCommand", "Move %n Entries", nullptr, int(moved.size())));
}

// Each selected row steps past the unselected neighbour in `step`'s direction; positions are
// tracked as rows move, so a selected block travels together and a block at the edge stays.
static QList<quint64> steppedOrder(EntryTableModel *model, QList<int> rows, int step)
{
    model->finishInserting(); // the new order is a permutation of the whole list
    std::sort(rows.begin(), rows.end());
    if (step > 0)
        std::reverse(rows.begin(), rows.end());
    QList<quint64> order = model->order();
    QList<bool> selected(order.size(), false);
    for (int r : std::as_const(rows))
        selected[r] = true;
    for (int r : std::as_const(rows)) {
        const int to = r + step;
        if (to < 0 || to >= order.size() || selected.at(to))
            continue;
        order.swapItemsAt(r, to);
        selected[to] = true;
        selected[r] = false;
    }
    return order;
}

MoveEntriesCommand *MoveEntriesCommand::up(EntryTableModel *model, const QList<int> &rows)
{
    return new MoveEntriesCommand(model, steppedOrder(model, rows, -1), idsOf(model, rows));
}

MoveEntriesCommand *MoveEntriesCommand::down(EntryTableModel *model, const QList<int> &rows)
{
    return new MoveEntriesCommand(model, steppedOrder(model, rows, +1), idsOf(model, rows));
}

QList<int> MoveEntriesCommand::movedRows() const
{
    QList<int> rows;
    for (quint64 id : m_moved) {
        const qsizetype r = m_newOrder.indexOf(id);
        if (r >= 0)
            rows << int(r);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}
