// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/firstimage/SrcfsTreeProxy.h"
#include "ThreadBudget.h"
#include "model/firstimage/SrcfsTreeModel.h"

#include <QtConcurrent/QtConcurrentRun>

SrcfsTreeProxy::SrcfsTreeProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_worker, &QFutureWatcher<SrcfsTreeOrder>::finished, this, &SrcfsTreeProxy::onWorkerDone);
}

SrcfsTreeProxy::~SrcfsTreeProxy()
{
    m_worker.waitForFinished();
}

void SrcfsTreeProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_model = qobject_cast<SrcfsTreeModel *>(model);
    m_tree = m_model ? m_model->tree().get() : nullptr;
    if (m_model) {
        // The tree never changes in place: only a reset replaces it, and data changes.
        m_connections << connect(m_model, &QAbstractItemModel::dataChanged, this, &SrcfsTreeProxy::onDataChanged);
        m_connections << connect(
            m_model, &QAbstractItemModel::modelAboutToBeReset, this, &SrcfsTreeProxy::onAboutToBeReset);
        m_connections << connect(m_model, &QAbstractItemModel::modelReset, this, &SrcfsTreeProxy::onReset);
        m_connections << connect(
            m_model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        // A panel's model may go before its proxy: nothing may be read from it after that.
        m_connections << connect(m_model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            m_tree = nullptr;
            m_identity = true;
            m_filtered = false;
            m_order = {};
        });
    }
    m_identity = true;
    m_filtered = false;
    m_order = {};
    m_request.invalidate();
    endResetModel();
    request();
}

void SrcfsTreeProxy::sort(int column, Qt::SortOrder order)
{
    m_request.setSort(column, order);
    request();
}

void SrcfsTreeProxy::setFilterFixedString(const QString &text)
{
    if (m_request.setFilter(text))
        request();
}

void SrcfsTreeProxy::request()
{
    if (!m_tree)
        return;
    switch (m_request.next()) {
    case OrderRequest::Step::Wait:
        return;
    case OrderRequest::Step::ShowModel:
        if (!m_identity)
            applyOrder({}, true);
        return;
    case OrderRequest::Step::Compute:
        startWorker();
        return;
    }
}

void SrcfsTreeProxy::startWorker()
{
    SrcfsTreeModel::Snapshot snapshot = m_model->snapshot();
    m_workerTree = snapshot.tree;
    m_worker.setFuture(
        QtConcurrent::run([snapshot = std::move(snapshot), column = m_request.sortColumn(),
                              order = m_request.sortOrder(), filter = m_request.filter(), locale = QLocale()] {
            (void)ThreadBudget::instance().applyWorkerNice();
            return SrcfsTreeOrder::compute(snapshot, column, order, filter, locale);
        }));
}

void SrcfsTreeProxy::onWorkerDone()
{
    const bool sameTree = m_workerTree.get() == m_tree;
    m_workerTree.reset();
    if (!m_request.finished() || !sameTree) {
        request();
        return;
    }
    applyOrder(m_worker.result(), false);
}

void SrcfsTreeProxy::applyOrder(SrcfsTreeOrder order, bool identity)
{
    // A sort only moves rows; with a filter before or after, rows come and go.
    const bool filtered = !identity && !m_request.filter().isEmpty();
    const auto hint =
        !filtered && !m_filtered ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    m_identity = identity;
    m_filtered = filtered;
    m_order = std::move(order);
    // Every index names its node in any order: only the rows move (or go, when filtered out).
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before) {
        const int node = nodeOf(i);
        const int row = shownRow(node);
        after << (row < 0 ? QModelIndex() : createIndex(row, i.column(), quintptr(node)));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
    Q_EMIT orderApplied();
}

int SrcfsTreeProxy::shownRow(int node) const
{
    if (!m_tree || node <= 0 || node >= m_tree->nodes.size())
        return -1;
    return m_identity ? m_tree->nodes.at(node).row : m_order.rowOf(node);
}

int SrcfsTreeProxy::shownChild(int node, int row) const
{
    if (!m_identity)
        return m_order.childAt(node, row);
    const QList<int> &children = m_tree->nodes.at(node).children;
    return row >= 0 && row < children.size() ? children.at(row) : -1;
}

QModelIndex SrcfsTreeProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_model->indexForNode(nodeOf(proxyIndex), proxyIndex.column());
}

QModelIndex SrcfsTreeProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int node = int(sourceIndex.internalId());
    const int row = shownRow(node);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column(), quintptr(node));
}

QModelIndex SrcfsTreeProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || column < 0 || column >= SrcfsTreeModel::ColumnCount ||
        (parent.isValid() && parent.column() != SrcfsTreeModel::NameColumn))
        return {};
    const int child = shownChild(nodeOf(parent), row);
    return child < 0 ? QModelIndex() : createIndex(row, column, quintptr(child));
}

QModelIndex SrcfsTreeProxy::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const int parent = m_tree->nodes.at(nodeOf(child)).parent;
    const int row = shownRow(parent);
    return row < 0 ? QModelIndex() : createIndex(row, SrcfsTreeModel::NameColumn, quintptr(parent));
}

QModelIndex SrcfsTreeProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    if (!m_tree || !idx.isValid())
        return {};
    // The parent's node is at hand: no index of the parent needs making.
    if (row == idx.row())
        return column >= 0 && column < SrcfsTreeModel::ColumnCount ? createIndex(row, column, idx.internalId())
                                                                   : QModelIndex();
    const int child = shownChild(m_tree->nodes.at(nodeOf(idx)).parent, row);
    return child < 0 || column < 0 || column >= SrcfsTreeModel::ColumnCount ? QModelIndex()
                                                                            : createIndex(row, column, quintptr(child));
}

int SrcfsTreeProxy::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || (parent.isValid() && parent.column() != SrcfsTreeModel::NameColumn))
        return 0;
    const int node = nodeOf(parent);
    return m_identity ? int(m_tree->nodes.at(node).children.size()) : m_order.childCount(node);
}

int SrcfsTreeProxy::columnCount(const QModelIndex &) const
{
    return m_model ? int(SrcfsTreeModel::ColumnCount) : 0;
}

bool SrcfsTreeProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant SrcfsTreeProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The columns are the model's, whatever the rows; rows have no headers.
    return m_model && orientation == Qt::Horizontal ? m_model->headerData(section, orientation, role) : QVariant();
}

void SrcfsTreeProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The model's changes are rows of one folder (SrcfsTreeModel::setDigests, setIntegrityResult).
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    if (m_identity) {
        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
    } else if (topLeft.row() == bottomRight.row()) {
        const QModelIndex first = mapFromSource(topLeft);
        if (first.isValid())
            Q_EMIT dataChanged(first, first.siblingAtColumn(bottomRight.column()), roles);
    } else {
        // Scattered in the shown order: the folder's shown rows, for the columns concerned.
        const int folder = m_tree->nodes.at(int(topLeft.internalId())).parent;
        const int shown = m_order.childCount(folder);
        const QModelIndex parent = folder > 0 ? mapFromSource(m_model->indexForNode(folder)) : QModelIndex();
        if (shown > 0 && (folder == 0 || parent.isValid()))
            Q_EMIT dataChanged(
                index(0, topLeft.column(), parent), index(shown - 1, bottomRight.column(), parent), roles);
    }
    const int sorted = m_request.sortColumn();
    const bool sortColumnChanged = sorted >= topLeft.column() && sorted <= bottomRight.column();
    if (sortColumnChanged &&
        (roles.isEmpty() || roles.contains(SrcfsTreeModel::SortRole) || roles.contains(Qt::DisplayRole)))
        request();
}

void SrcfsTreeProxy::onAboutToBeReset()
{
    beginResetModel();
}

void SrcfsTreeProxy::onReset()
{
    m_tree = m_model->tree().get();
    m_identity = true;
    m_filtered = false;
    m_order = {};
    m_request.invalidate();
    endResetModel();
    if (!m_request.isIdentity())
        request();
}
