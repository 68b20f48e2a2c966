// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/firstimage/SrcfsTreeOrder.h"

#include <QCollator>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

namespace {
// A child's value in the sorted column: a collation key for text, else a number; neither
// when it has no value there.
struct SrcfsOrderKey
{
    bool hasValue = false;
    qint64 number = 0;
    std::optional<QCollatorSortKey> text;
};

bool srcfsKeyLess(const SrcfsOrderKey &a, const SrcfsOrderKey &b)
{
    if (a.hasValue != b.hasValue)
        return a.hasValue; // without a value: last when ascending
    if (!a.hasValue)
        return false;
    if (a.text && b.text)
        return a.text->compare(*b.text) < 0;
    return a.number < b.number;
}

// Sorts `children` (nodes of one folder, script order) by their values in `column`, stably.
void sortSrcfsChildren(QList<int> &children, const SrcfsTreeModel::Snapshot &data, int column, Qt::SortOrder order,
    const QCollator &collator)
{
    std::vector<SrcfsOrderKey> keys(static_cast<size_t>(children.size()));
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QVariant value = SrcfsTreeModel::sortValue(data, children.at(i), column);
        SrcfsOrderKey &key = keys[size_t(i)];
        key.hasValue = value.isValid();
        if (value.typeId() == QMetaType::QString)
            key.text = collator.sortKey(value.toString());
        else if (key.hasValue)
            key.number = value.toLongLong();
    }
    std::vector<int> positions(keys.size());
    std::iota(positions.begin(), positions.end(), 0);
    if (order == Qt::AscendingOrder)
        std::stable_sort(positions.begin(), positions.end(),
            [&](int a, int b) { return srcfsKeyLess(keys[size_t(a)], keys[size_t(b)]); });
    else
        std::stable_sort(positions.begin(), positions.end(),
            [&](int a, int b) { return srcfsKeyLess(keys[size_t(b)], keys[size_t(a)]); });
    QList<int> sorted;
    sorted.reserve(children.size());
    for (int p : positions)
        sorted << children.at(p);
    children = std::move(sorted);
}
} // namespace

SrcfsTreeOrder SrcfsTreeOrder::compute(
    const SrcfsTreeModel::Snapshot &data, int column, Qt::SortOrder order, const QString &filter, const QLocale &locale)
{
    SrcfsTreeOrder out;
    if (!data.tree || data.tree->nodes.isEmpty())
        return out;
    const QList<SrcfsTree::Node> &nodes = data.tree->nodes;
    const int count = int(nodes.size());

    QList<bool> shown(count, filter.isEmpty());
    if (!filter.isEmpty()) {
        // Depth first from the root, so that each folder comes before what it holds: walked
        // backwards, a shown node shows its folder before the folder itself is looked at.
        QList<int> preorder;
        preorder.reserve(count);
        QList<int> pending {0};
        while (!pending.isEmpty()) {
            const int node = pending.takeLast();
            preorder << node;
            pending += nodes.at(node).children;
        }
        for (qsizetype i = preorder.size() - 1; i > 0; --i) {
            const int node = preorder.at(i);
            if (shown.at(node) || nodes.at(node).name.contains(filter, Qt::CaseInsensitive)) {
                shown[node] = true;
                shown[nodes.at(node).parent] = true;
            }
        }
        shown[0] = true;
    }

    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    out.m_first = QList<int>(count, 0);
    out.m_count = QList<int>(count, 0);
    out.m_rowOf = QList<int>(count, -1);
    out.m_children.reserve(count);
    QList<int> children;
    for (int node = 0; node < count; ++node) {
        if (!shown.at(node) || nodes.at(node).children.isEmpty())
            continue;
        children.clear();
        for (int child : nodes.at(node).children)
            if (shown.at(child))
                children << child;
        if (column >= 0 && children.size() > 1)
            sortSrcfsChildren(children, data, column, order, collator);
        out.m_first[node] = int(out.m_children.size());
        out.m_count[node] = int(children.size());
        for (qsizetype row = 0; row < children.size(); ++row)
            out.m_rowOf[children.at(row)] = int(row);
        out.m_children += children;
    }
    return out;
}
