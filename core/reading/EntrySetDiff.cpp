// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntrySetDiff.h"

#include <QHash>

#include <algorithm>

namespace {

// Index of the last item of each name: the one the importer leaves on disk.
QHash<QByteArray, int> lastByName(const QList<DiffItem> &set)
{
    QHash<QByteArray, int> last;
    last.reserve(set.size());
    for (int i = 0; i < set.size(); ++i)
        last.insert(set.at(i).name, i);
    return last;
}

// Indices of the set's effective items whose name the other set lacks, in name order.
QList<int> onlyIn(const QList<DiffItem> &set, const QHash<QByteArray, int> &last, const QHash<QByteArray, int> &other)
{
    QList<int> out;
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        if (!other.contains(it.key()))
            out << it.value();
    std::sort(out.begin(), out.end(), [&](int a, int b) { return set.at(a).name < set.at(b).name; });
    return out;
}

QByteArray contentKey(const DiffItem &item)
{
    return item.sha256 + ':' + QByteArray::number(item.size);
}

} // namespace

QString EntryChange::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Renamed:
        return QStringLiteral("renamed");
    case Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

void EntrySetDiff::hashesNeeded(
    const QList<DiffItem> &oldSet, const QList<DiffItem> &newSet, QList<int> *oldIndices, QList<int> *newIndices)
{
    const QHash<QByteArray, int> oldLast = lastByName(oldSet);
    const QHash<QByteArray, int> newLast = lastByName(newSet);
    QList<bool> oldWanted(oldSet.size(), false);
    QList<bool> newWanted(newSet.size(), false);

    for (auto it = oldLast.cbegin(); it != oldLast.cend(); ++it) {
        const auto other = newLast.constFind(it.key());
        if (other != newLast.cend() && oldSet.at(it.value()).size == newSet.at(other.value()).size) {
            oldWanted[it.value()] = true;
            newWanted[other.value()] = true;
        }
    }

    // A rename keeps the size, so only sizes present on both unpaired sides need hashing.
    const QList<int> removed = onlyIn(oldSet, oldLast, newLast);
    const QList<int> added = onlyIn(newSet, newLast, oldLast);
    QHash<qint64, bool> removedSizes, addedSizes;
    for (int i : removed)
        removedSizes.insert(oldSet.at(i).size, true);
    for (int i : added)
        addedSizes.insert(newSet.at(i).size, true);
    for (int i : removed)
        if (addedSizes.contains(oldSet.at(i).size))
            oldWanted[i] = true;
    for (int i : added)
        if (removedSizes.contains(newSet.at(i).size))
            newWanted[i] = true;

    oldIndices->clear();
    newIndices->clear();
    for (int i = 0; i < oldWanted.size(); ++i)
        if (oldWanted.at(i))
            *oldIndices << i;
    for (int i = 0; i < newWanted.size(); ++i)
        if (newWanted.at(i))
            *newIndices << i;
}

QList<EntryChange> EntrySetDiff::compare(const QList<DiffItem> &oldSet, const QList<DiffItem> &newSet)
{
    using Kind = EntryChange::Kind;
    const QHash<QByteArray, int> oldLast = lastByName(oldSet);
    const QHash<QByteArray, int> newLast = lastByName(newSet);
    QList<EntryChange> changes;

    for (auto it = oldLast.cbegin(); it != oldLast.cend(); ++it) {
        const auto other = newLast.constFind(it.key());
        if (other == newLast.cend())
            continue;
        const DiffItem &a = oldSet.at(it.value());
        const DiffItem &b = newSet.at(other.value());
        const bool knownDifferent = !a.sha256.isEmpty() && !b.sha256.isEmpty() && a.sha256 != b.sha256;
        if (a.size != b.size || knownDifferent)
            changes << EntryChange {Kind::Changed, it.value(), other.value()};
    }

    const QList<int> removed = onlyIn(oldSet, oldLast, newLast);
    const QList<int> added = onlyIn(newSet, newLast, oldLast);
    // Added items by content, each list in name order, consumed from the front.
    QHash<QByteArray, QList<int>> addedByContent;
    for (int i : added)
        if (!newSet.at(i).sha256.isEmpty())
            addedByContent[contentKey(newSet.at(i))] << i;
    QList<bool> addedTaken(newSet.size(), false);
    for (int i : removed) {
        const DiffItem &a = oldSet.at(i);
        auto match = a.sha256.isEmpty() ? addedByContent.end() : addedByContent.find(contentKey(a));
        if (match == addedByContent.end() || match->isEmpty()) {
            changes << EntryChange {Kind::Removed, i, -1};
            continue;
        }
        const int j = match->takeFirst();
        addedTaken[j] = true;
        changes << EntryChange {Kind::Renamed, i, j};
    }
    for (int j : added)
        if (!addedTaken.at(j))
            changes << EntryChange {Kind::Added, -1, j};

    auto primaryName = [&](const EntryChange &c) -> const QByteArray & {
        return c.oldIndex >= 0 ? oldSet.at(c.oldIndex).name : newSet.at(c.newIndex).name;
    };
    // Primary names are distinct: a name is either on both sides (changed) or on one only.
    std::sort(changes.begin(), changes.end(),
        [&](const EntryChange &x, const EntryChange &y) { return primaryName(x) < primaryName(y); });
    return changes;
}
