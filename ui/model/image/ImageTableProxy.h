// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "model/OrderRequest.h"
#include "model/image/ImageEntryModel.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>

// The sorted and filtered table of an opened image, for its view.
//
// Sorting 200,000 rows, or filtering them on each key typed, takes longer than a frame, so the
// new order is computed on a worker from a snapshot of the model (ImageEntryModel::snapshot())
// and applied in one layout change when it is ready; the view shows the previous order until
// then. While a request is computed, newer ones replace it: only the last one is applied.
// Rows appended meanwhile (an image still being read) are shown at the end if they match the
// filter, and a sorted table is sorted again. Without sort and filter the proxy is the
// identity and costs nothing per row.
//
// Sorting is stable, by ImageEntryModel::sortValue(); filtering keeps the rows whose name
// contains the filter text, case-insensitively.
class ImageTableProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ImageTableProxy(QObject *parent = nullptr);
    ~ImageTableProxy() override;

    // Only ImageEntryModel is supported.
    void setSourceModel(QAbstractItemModel *model) override;
    // -1 for the model's own order. Returns at once; the order follows (orderApplied()).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Returns at once; the rows follow (orderApplied()).
    void setFilterFixedString(const QString &text);
    QString filterText() const { return m_request.filter(); }
    int sortColumn() const { return m_request.sortColumn(); }
    Qt::SortOrder sortOrder() const { return m_request.sortOrder(); }
    // True while a new order is being computed.
    bool isPending() const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A computed order (sort, filter or both) is now shown.
    void orderApplied();

private:
    int sourceRowCount() const;
    void request();
    void startWorker();
    void onWorkerDone();
    // Shows `rows` (source rows in proxy order; empty with `identity`) in one layout change.
    void applyOrder(QList<int> rows, bool identity);
    void rebuildProxyOf();

    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onAboutToBeReset();
    void onReset();

    ImageEntryModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;
    OrderRequest m_request; // the sort and filter asked for, and whether a computation runs
    // The order shown. m_identity: the model's own rows, m_rows unused.
    bool m_identity = true;
    QList<int> m_rows; // proxy row -> source row
    QList<int> m_proxyOf; // source row -> proxy row, -1 when filtered out
    // The order being computed.
    QFutureWatcher<QList<int>> m_worker;
    int m_workerRows = 0; // the model's rows when the worker's snapshot was taken
};
