// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryInsertFeed.h"

#include <algorithm>

void EntryInsertFeed::start(const QList<AuthoringEntry> &entries, qsizetype from, int row, int batchRows)
{
    m_entries = from < entries.size() ? entries : QList<AuthoringEntry> {};
    m_from = from;
    m_row = row;
    m_batchRows = std::max(1, batchRows);
    schedule();
}

QList<AuthoringEntry> EntryInsertFeed::takeRest(int *row)
{
    *row = m_row;
    QList<AuthoringEntry> rest = m_entries.mid(m_from);
    m_entries.clear();
    return rest;
}

void EntryInsertFeed::schedule()
{
    if (m_scheduled || m_entries.isEmpty())
        return;
    // A queued call is an event of its own: the views repaint between two batches.
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &EntryInsertFeed::next, Qt::QueuedConnection);
}

void EntryInsertFeed::next()
{
    m_scheduled = false;
    if (m_entries.isEmpty())
        return;
    const qsizetype count = std::min<qsizetype>(m_batchRows, m_entries.size() - m_from);
    const QList<AuthoringEntry> batch = m_entries.mid(m_from, count);
    const int row = m_row;
    m_from += count;
    m_row += int(count);
    if (m_from >= m_entries.size())
        m_entries.clear();
    Q_EMIT batchDue(row, batch);
    if (m_entries.isEmpty())
        Q_EMIT drained();
    else
        schedule();
}
