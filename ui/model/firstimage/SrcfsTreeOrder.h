// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "model/firstimage/SrcfsTreeModel.h"

#include <QList>
#include <QLocale>
#include <QString>

// Which nodes of a SrcfsTree a sorted or filtered view shows, and in which order under each
// folder: what SrcfsTreeProxy shows between two sorts. A value, computed in one go on a worker
// (compute()) from a snapshot of the model, then only read on the GUI thread, in constant time
// per question.
//
// The rules, for one column:
// - Name sorts folders before files, then by name; Kind by its text: both compared as the
//   locale collates them, case ignored. The numeric columns sort as numbers.
// - Integrity and SHA-256 sort by their text; files without a result (untested, not hashed)
//   and folders come after those with one in ascending order, before them in descending.
// - Equal values keep script order, ascending and descending alike (a stable sort).
// - A filter shows the nodes whose name contains it, case ignored, with the folders above
//   them; the children of a matching folder show only if they match themselves.
class SrcfsTreeOrder
{
public:
    // An empty order: no node is shown. Only a placeholder until compute() gives a real one.
    SrcfsTreeOrder() = default;

    // The order of `data`'s tree sorted by `column` (-1: script order) in `order`, keeping only
    // the nodes `filter` shows (empty: all). Strings are collated as `locale` does. Pure and
    // reentrant: runs on any thread; O(nodes × log(children)) with one collation key per
    // node of the sorted folders. An empty order when `data` has no tree.
    static SrcfsTreeOrder compute(const SrcfsTreeModel::Snapshot &data, int column, Qt::SortOrder order,
        const QString &filter, const QLocale &locale);

    // The tree nodes the order was computed for (the root included); 0 for an empty order.
    int nodeCount() const { return int(m_rowOf.size()); }
    // The shown children of `node` (0: the root).
    int childCount(int node) const { return node >= 0 && node < m_count.size() ? m_count.at(node) : 0; }
    // The node shown at `row` under `node`, -1 when there is none.
    int childAt(int node, int row) const
    {
        return row >= 0 && row < childCount(node) ? m_children.at(m_first.at(node) + row) : -1;
    }
    // The row of `node` under its parent, -1 when it is filtered out (or is the root).
    int rowOf(int node) const { return node >= 0 && node < m_rowOf.size() ? m_rowOf.at(node) : -1; }

private:
    // By node: where its shown children start in m_children, how many there are, and the
    // node's own row under its parent. One flat list instead of a list per folder keeps a
    // 14,000-node order to four allocations.
    QList<int> m_first;
    QList<int> m_count;
    QList<int> m_rowOf;
    QList<int> m_children;
};
