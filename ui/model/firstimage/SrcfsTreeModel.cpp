// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/firstimage/SrcfsTreeModel.h"
#include "model/IntegrityStatus.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>

SrcfsTreeModel::SrcfsTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SrcfsTreeModel::setTree(std::shared_ptr<const SrcfsTree> tree)
{
    beginResetModel();
    // A canceled build leaves a tree without even its root: shown as no tree.
    m_tree = tree && !tree->nodes.isEmpty() ? std::move(tree) : nullptr;
    m_digests.clear();
    m_integrity.clear();
    endResetModel();
}

void SrcfsTreeModel::setDigests(const QList<QByteArray> &digests)
{
    if (!m_tree)
        return;
    if (m_digests.size() < digests.size())
        m_digests.resize(digests.size());
    // The rows that changed, as a row range per parent node: one signal per folder keeps a
    // "hash all" of 14,000 files to a few hundred signals, and a sorting proxy still re-sorts
    // exactly the folders whose files changed.
    QHash<int, QPair<int, int>> ranges;
    for (qsizetype i = 0; i < digests.size(); ++i) {
        if (digests.at(i).isEmpty())
            continue;
        m_digests[i] = digests.at(i);
        const int node = m_tree->nodeForRecord(int(i));
        if (node <= 0)
            continue;
        const SrcfsTree::Node &n = m_tree->nodes.at(node);
        auto it = ranges.find(n.parent);
        if (it == ranges.end())
            ranges.insert(n.parent, {n.row, n.row});
        else
            *it = {std::min(it->first, n.row), std::max(it->second, n.row)};
    }
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        const QModelIndex parent = indexForNode(it.key());
        Q_EMIT dataChanged(
            index(it.value().first, Sha256Column, parent), index(it.value().second, Sha256Column, parent));
    }
}

void SrcfsTreeModel::setIntegrityResult(int record, const ArchiveReport &report)
{
    if (!m_tree)
        return;
    ArchiveReport stored = report;
    stored.members.clear(); // the status cell needs the verdict, not a listing
    m_integrity.insert(record, stored);
    const QModelIndex cell = indexForNode(m_tree->nodeForRecord(record), IntegrityColumn);
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell);
}

const ArchiveReport *SrcfsTreeModel::integrityResult(int record) const
{
    const auto it = m_integrity.constFind(record);
    return it == m_integrity.cend() ? nullptr : &it.value();
}

int SrcfsTreeModel::integrityFailures() const
{
    return int(std::count_if(
        m_integrity.cbegin(), m_integrity.cend(), [](const ArchiveReport &report) { return !report.passed(); }));
}

QVariant SrcfsTreeModel::integrityData(const SrcfsTree::Node &node, int role) const
{
    const ArchiveReport *report = node.kind == SrcfsRecord::Kind::File ? integrityResult(node.record) : nullptr;
    if (!report)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return IntegrityStatus::text(QString(), 0, *report);
    case Qt::DecorationRole:
        return IntegrityStatus::icon(IntegrityStatus::levelOf(*report), true);
    case Qt::ToolTipRole:
        return IntegrityStatus::tooltipLines(*report);
    case Qt::ForegroundRole:
        return IntegrityStatus::foreground(IntegrityStatus::levelOf(*report));
    case IntegrityRole:
        return IntegrityStatus::key(*report);
    }
    return {};
}

int SrcfsTreeModel::nodeOf(const QModelIndex &index) const
{
    // The internal id is the node index; 0 (the root) stands for the invisible parent.
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex SrcfsTreeModel::indexForNode(int node, int column) const
{
    if (!m_tree || node <= 0 || node >= m_tree->nodes.size())
        return {};
    return createIndex(m_tree->nodes.at(node).row, column, quintptr(node));
}

QModelIndex SrcfsTreeModel::indexForRecord(int record) const
{
    return m_tree ? indexForNode(m_tree->nodeForRecord(record)) : QModelIndex();
}

QModelIndex SrcfsTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &children = m_tree->nodes.at(nodeOf(parent)).children;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex SrcfsTreeModel::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid())
        return {};
    return indexForNode(m_tree->nodes.at(nodeOf(child)).parent);
}

int SrcfsTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || (parent.isValid() && parent.column() != NameColumn))
        return 0;
    return int(m_tree->nodes.at(nodeOf(parent)).children.size());
}

int SrcfsTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SrcfsTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags SrcfsTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    // A tree view asks each row it lays out whether it has children, and looks up an expanded
    // state for it, unless the model says it never will: 9,800 questions for one folder.
    if (m_tree && index.isValid() && m_tree->nodes.at(nodeOf(index)).children.isEmpty())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant SrcfsTreeModel::sortValue(const Snapshot &data, int node, int column)
{
    if (!data.tree || node <= 0 || node >= data.tree->nodes.size())
        return {};
    const SrcfsTree::Node &n = data.tree->nodes.at(node);
    const bool file = n.kind == SrcfsRecord::Kind::File;
    switch (column) {
    case NameColumn:
        // Folders first, as file managers list them.
        return QString((n.isFolder() ? QLatin1Char('0') : QLatin1Char('1')) + n.name);
    case KindColumn:
        return kindText(n);
    case SizeColumn:
        return n.size;
    case DataOffsetColumn:
        return file ? n.dataOffset : qint64(-1);
    case LineOffsetColumn:
        return n.lineOffset;
    case IntegrityColumn: {
        const auto it = file ? data.integrity.constFind(n.record) : data.integrity.cend();
        return it == data.integrity.cend() ? QVariant() : QVariant(IntegrityStatus::text(QString(), 0, it.value()));
    }
    case Sha256Column: {
        const QByteArray digest = file ? data.digests.value(n.record) : QByteArray();
        return digest.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(digest));
    }
    }
    return {};
}

QString SrcfsTreeModel::kindText(const SrcfsTree::Node &node)
{
    if (node.isImplied())
        return tr("Folder (implied)");
    return node.isFolder() ? tr("Folder") : tr("File");
}

QVariant SrcfsTreeModel::toolTip(int n) const
{
    const SrcfsTree::Node &node = m_tree->nodes.at(n);
    QString text = m_tree->pathOf(n);
    if (node.isImplied())
        text += QLatin1Char('\n') +
            tr("No record makes this folder: builder-hex0 only has it if a record before its files does.");
    else
        text += QLatin1Char('\n') +
            tr("Record %1 at byte %2").arg(QLocale().toString(node.record), QLocale().toString(node.lineOffset));
    if (node.isFolder())
        text += QLatin1Char('\n') +
            tr("Files beneath: %1, with %2").arg(QLocale().toString(node.files), Formatting::exactBytes(node.size));
    if (node.writes > 1)
        text += QLatin1Char('\n') + tr("Written %1 times: the last record counts.").arg(node.writes);
    return text;
}

QVariant SrcfsTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_tree || !index.isValid())
        return {};
    const int n = nodeOf(index);
    const SrcfsTree::Node &node = m_tree->nodes.at(n);
    if (role == SortRole)
        return sortValue(snapshot(), n, index.column());
    if (index.column() == IntegrityColumn && role != RecordRole && role != NodeRole)
        return integrityData(node, role);
    if (role == IntegrityRole)
        return integrityData(node, role);
    if (index.column() == Sha256Column && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return node.kind == SrcfsRecord::Kind::File ? QString::fromLatin1(digest(node.record)) : QString();
    const QLocale locale;
    const auto number = [&](qint64 value) {
        return value < 0 ? QString() : locale.toString(value);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node.name;
        case KindColumn:
            return kindText(node);
        case SizeColumn:
            return number(node.size);
        case DataOffsetColumn:
            return node.kind == SrcfsRecord::Kind::File ? number(node.dataOffset) : QString();
        case LineOffsetColumn:
            return number(node.lineOffset);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            break;
        if (node.severity == int(FirstImageFinding::Severity::Error))
            return Icons::get(QStringLiteral("dialog-error"));
        if (node.severity == int(FirstImageFinding::Severity::Warning))
            return Icons::get(QStringLiteral("dialog-warning"));
        return Icons::standard(node.isFolder() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    case Qt::TextAlignmentRole:
        if (index.column() >= SizeColumn && index.column() <= LineOffsetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return toolTip(n);
    case RecordRole:
        return node.record;
    case NodeRole:
        return n;
    }
    return {};
}

QVariant SrcfsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= SizeColumn && section <= LineOffsetColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == SizeColumn)
        return tr("Bytes of a file's data; for a folder, of every file beneath it");
    if (role == Qt::ToolTipRole && section == IntegrityColumn)
        return tr("The last integrity test of a distfile: every stream unpacked and checked to its end");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size");
    case DataOffsetColumn:
        return tr("Data Offset");
    case LineOffsetColumn:
        return tr("Line Offset");
    case IntegrityColumn:
        return tr("Integrity");
    case Sha256Column:
        return tr("SHA-256");
    }
    return {};
}
