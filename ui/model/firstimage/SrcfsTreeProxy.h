// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "model/OrderRequest.h"
#include "model/firstimage/SrcfsTreeOrder.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>

#include <memory>

class SrcfsTreeModel;

// The sorted and filtered srcfs tree of a first image, for its view.
//
// QSortFilterProxyModel sorts the 9,800 files of a distfiles folder, and filters 14,000 nodes
// on each key typed, on the GUI thread: tens of milliseconds of a frozen window. The tree is
// immutable once built, so the order is a pure function of a snapshot of the model
// (SrcfsTreeOrder::compute): it is computed on a worker and applied in one layout change,
// which moves the persistent indexes (expanded folders, selection, current row) with their
// nodes. The view shows the previous order until then; while an order is computed, newer
// requests replace it: only the last one is applied. Without sort and filter the proxy is the
// identity and costs nothing per row.
//
// A proxy rather than sorting inside SrcfsTreeModel: the model stays in script order, which
// the operations and "show record" address by node, and the index of a node in either is
// made from the same internal id (the node), so mapping is a lookup, not a search.
//
// The digests and integrity columns change after hashing and testing: when the sorted
// column changes, the order is computed again from a new snapshot. A new tree (a model
// reset) shows in script order and unfiltered until its order is computed.
class SrcfsTreeProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit SrcfsTreeProxy(QObject *parent = nullptr);
    // Waits for a running worker (it only holds its own snapshot).
    ~SrcfsTreeProxy() override;

    // Only SrcfsTreeModel is supported (anything else is shown as an empty model).
    void setSourceModel(QAbstractItemModel *model) override;
    // -1 for script order. Returns at once; the order follows (orderApplied()).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Shows the nodes whose name contains `text` (case ignored) and the folders above them.
    // Returns at once; the rows follow (orderApplied()).
    void setFilterFixedString(const QString &text);
    QString filterText() const { return m_request.filter(); }
    int sortColumn() const { return m_request.sortColumn(); }
    Qt::SortOrder sortOrder() const { return m_request.sortOrder(); }
    // True while an order is being computed.
    bool isPending() const { return m_request.isPending(); }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A computed order (sort, filter or both) is now shown.
    void orderApplied();

private:
    // The node of a proxy index; 0 (the root) for the invisible parent.
    static int nodeOf(const QModelIndex &index) { return index.isValid() ? int(index.internalId()) : 0; }
    // The row `node` is shown at under its parent in the current order, -1 when it is not.
    int shownRow(int node) const;
    int shownChild(int node, int row) const;
    void request();
    void startWorker();
    void onWorkerDone();
    // Shows `order` (or script order with `identity`) in one layout change.
    void applyOrder(SrcfsTreeOrder order, bool identity);

    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onAboutToBeReset();
    void onReset();

    SrcfsTreeModel *m_model = nullptr;
    // The model's tree, cached: every call asks it.
    const SrcfsTree *m_tree = nullptr;
    QList<QMetaObject::Connection> m_connections;
    OrderRequest m_request; // the sort and filter asked for, and whether a computation runs
    // The order shown. m_identity: script order, m_order unused.
    bool m_identity = true;
    bool m_filtered = false; // m_order leaves nodes out
    SrcfsTreeOrder m_order;
    // The order being computed.
    QFutureWatcher<SrcfsTreeOrder> m_worker;
    std::shared_ptr<const SrcfsTree> m_workerTree; // the tree of the worker's snapshot
};
