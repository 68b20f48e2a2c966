// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>

// What a worker-ordered proxy (ImageTableProxy, SrcfsTreeProxy) was asked to show, and the
// protocol that computes only the newest request: one computation at a time, on a worker; a
// request made while one runs marks its result out of date, and the newest is computed once it
// returns. Both proxies follow it; this class keeps it in one place.
class OrderRequest
{
public:
    int sortColumn() const { return m_sortColumn; } // -1: the model's own order
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const QString &filter() const { return m_filter; }
    // Without sort and filter the proxy shows its model as it is.
    bool isIdentity() const { return m_sortColumn < 0 && m_filter.isEmpty(); }
    // True from the start of a computation until finished().
    bool isPending() const { return m_busy; }

    void setSort(int column, Qt::SortOrder order)
    {
        m_sortColumn = column;
        m_sortOrder = order;
    }
    // Returns false, changing nothing, when `text` is the filter already.
    bool setFilter(const QString &text)
    {
        if (text == m_filter)
            return false;
        m_filter = text;
        return true;
    }

    enum class Step {
        Wait, // a computation runs: its result is out of date, the newest follows it
        ShowModel, // no sort and no filter: show the model as it is
        Compute, // start the computation now (isPending() until finished())
    };
    // What to do for the newest request.
    Step next()
    {
        if (m_busy) {
            m_stale = true;
            return Step::Wait;
        }
        if (isIdentity())
            return Step::ShowModel;
        m_busy = true;
        m_stale = false;
        return Step::Compute;
    }
    // The worker's result is in. Returns true when it answers the newest request; false when a
    // newer one came meanwhile, which next() then computes.
    bool finished()
    {
        m_busy = false;
        const bool current = !m_stale;
        m_stale = false;
        return current;
    }
    // The model changed under a running computation (a reset, a changed sort column): its
    // result is out of date.
    void invalidate()
    {
        if (m_busy)
            m_stale = true;
    }

private:
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    bool m_busy = false;
    bool m_stale = false;
};
