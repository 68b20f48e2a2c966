// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/image/ImageTableProxy.h"
#include "ThreadBudget.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
bool matches(const QString &name, const QString &filter)
{
    return filter.isEmpty() || name.contains(filter, Qt::CaseInsensitive);
}

// The rows of `data` that match `filter`, stably sorted by `column` (-1: model order).
QList<int> computeOrder(const ImageEntryModel::Snapshot &data, int column, Qt::SortOrder order, const QString &filter)
{
    const int n = int(data.entries.size());
    QList<int> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        if (matches(ImageEntryModel::filterText(data, i), filter))
            rows << i;
    if (column < 0 || rows.isEmpty())
        return rows;
    const auto sortBy = [&](const auto &keys) {
        if (order == Qt::AscendingOrder)
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return keys[a] < keys[b]; });
        else
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return keys[b] < keys[a]; });
    };
    // A column's sort values are all numbers or all strings.
    if (ImageEntryModel::sortValue(data, rows.constFirst(), column).typeId() == QMetaType::QString) {
        std::vector<QString> keys(static_cast<size_t>(n));
        for (int r : std::as_const(rows))
            keys[size_t(r)] = ImageEntryModel::sortValue(data, r, column).toString();
        sortBy(keys);
    } else {
        std::vector<qint64> keys(static_cast<size_t>(n));
        for (int r : std::as_const(rows))
            keys[size_t(r)] = ImageEntryModel::sortValue(data, r, column).toLongLong();
        sortBy(keys);
    }
    return rows;
}
} // namespace

ImageTableProxy::ImageTableProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_worker, &QFutureWatcher<QList<int>>::finished, this, &ImageTableProxy::onWorkerDone);
}

ImageTableProxy::~ImageTableProxy()
{
    // The worker holds its own snapshot; waiting only keeps threads from outliving the view.
    m_worker.waitForFinished();
}

void ImageTableProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_model = qobject_cast<ImageEntryModel *>(model);
    Q_ASSERT(m_model || !model);
    if (m_model) {
        m_connections << connect(
            m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ImageTableProxy::onRowsAboutToBeInserted);
        m_connections << connect(m_model, &QAbstractItemModel::rowsInserted, this, &ImageTableProxy::onRowsInserted);
        m_connections << connect(m_model, &QAbstractItemModel::dataChanged, this, &ImageTableProxy::onDataChanged);
        m_connections << connect(
            m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ImageTableProxy::onAboutToBeReset);
        m_connections << connect(m_model, &QAbstractItemModel::modelReset, this, &ImageTableProxy::onReset);
        m_connections << connect(
            m_model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    m_identity = true;
    m_rows.clear();
    m_proxyOf.clear();
    m_request.invalidate();
    endResetModel();
    request();
}

void ImageTableProxy::sort(int column, Qt::SortOrder order)
{
    m_request.setSort(column, order);
    request();
}

void ImageTableProxy::setFilterFixedString(const QString &text)
{
    if (m_request.setFilter(text))
        request();
}

bool ImageTableProxy::isPending() const
{
    return m_request.isPending();
}

int ImageTableProxy::sourceRowCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

void ImageTableProxy::request()
{
    if (!m_model)
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

void ImageTableProxy::startWorker()
{
    const ImageEntryModel::Snapshot snapshot = m_model->snapshot();
    m_workerRows = int(snapshot.entries.size());
    m_worker.setFuture(QtConcurrent::run(
        [snapshot, column = m_request.sortColumn(), order = m_request.sortOrder(), filter = m_request.filter()] {
            (void)ThreadBudget::instance().applyWorkerNice();
            return computeOrder(snapshot, column, order, filter);
        }));
}

void ImageTableProxy::onWorkerDone()
{
    if (!m_request.finished()) {
        request();
        return;
    }
    QList<int> rows = m_worker.result();
    // Rows appended since the snapshot go at the end when they match; a sorted table is sorted
    // again with them.
    const int known = m_workerRows;
    const int total = sourceRowCount();
    const ImageEntryModel::Snapshot data = m_model->snapshot();
    for (int r = known; r < total; ++r)
        if (matches(ImageEntryModel::filterText(data, r), m_request.filter()))
            rows << r;
    applyOrder(std::move(rows), false);
    if (total > known && m_request.sortColumn() >= 0)
        request();
}

void ImageTableProxy::applyOrder(QList<int> rows, bool identity)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex &i : before)
        sources << mapToSource(i);
    m_identity = identity;
    m_rows = std::move(rows);
    rebuildProxyOf();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &s : std::as_const(sources))
        after << mapFromSource(s);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT orderApplied();
}

void ImageTableProxy::rebuildProxyOf()
{
    m_proxyOf.clear();
    if (m_identity) {
        m_rows.clear();
        return;
    }
    m_proxyOf = QList<int>(sourceRowCount(), -1);
    for (int i = 0; i < m_rows.size(); ++i)
        m_proxyOf[m_rows.at(i)] = i;
}

QModelIndex ImageTableProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = m_identity ? proxyIndex.row() : m_rows.value(proxyIndex.row(), -1);
    return row < 0 ? QModelIndex() : m_model->index(row, proxyIndex.column());
}

QModelIndex ImageTableProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int row = m_identity ? sourceIndex.row() : m_proxyOf.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex ImageTableProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ImageTableProxy::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

int ImageTableProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_identity ? sourceRowCount() : int(m_rows.size());
}

int ImageTableProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool ImageTableProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex ImageTableProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    Q_UNUSED(idx)
    return index(row, column);
}

QVariant ImageTableProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the model's; a row's header is that of the row it shows.
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    const QModelIndex source = mapToSource(index(section, 0));
    return source.isValid() ? m_model->headerData(source.row(), orientation, role) : QVariant();
}

void ImageTableProxy::onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() && m_identity)
        beginInsertRows({}, first, last);
}

void ImageTableProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_identity) {
        endInsertRows();
        return;
    }
    // The model only appends: matching rows go at the end until the next sort.
    const ImageEntryModel::Snapshot data = m_model->snapshot();
    QList<int> matching;
    for (int r = first; r <= last; ++r)
        if (matches(ImageEntryModel::filterText(data, r), m_request.filter()))
            matching << r;
    m_proxyOf.resize(sourceRowCount(), -1);
    if (!matching.isEmpty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(matching.size()) - 1);
        for (int r : std::as_const(matching)) {
            m_proxyOf[r] = int(m_rows.size());
            m_rows << r;
        }
        endInsertRows();
    }
    if (m_request.sortColumn() >= 0)
        request();
}

void ImageTableProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft.parent().isValid())
        return;
    if (m_identity) {
        Q_EMIT dataChanged(
            index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()), roles);
    } else if (topLeft.row() == bottomRight.row()) {
        const QModelIndex first = mapFromSource(topLeft);
        if (first.isValid())
            Q_EMIT dataChanged(first, first.siblingAtColumn(bottomRight.column()), roles);
    } else if (!m_rows.isEmpty()) {
        // Many rows, scattered in the proxy's order: one signal for the columns concerned.
        Q_EMIT dataChanged(index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()), roles);
    }
    const int sorted = m_request.sortColumn();
    const bool sortColumnChanged = sorted >= topLeft.column() && sorted <= bottomRight.column();
    if (sortColumnChanged &&
        (roles.isEmpty() || roles.contains(ImageEntryModel::SortRole) || roles.contains(Qt::DisplayRole)))
        request();
}

void ImageTableProxy::onAboutToBeReset()
{
    beginResetModel();
}

void ImageTableProxy::onReset()
{
    m_identity = true;
    m_rows.clear();
    m_proxyOf.clear();
    m_request.invalidate();
    // An emptied model (a new image) is sorted and filtered as its rows arrive.
    if (!m_request.isIdentity() && sourceRowCount() == 0)
        m_identity = false;
    endResetModel();
    if (!m_request.isIdentity() && sourceRowCount() > 0)
        request();
}
