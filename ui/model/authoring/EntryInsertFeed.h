// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "model/authoring/AuthoringEntry.h"

#include <QList>
#include <QObject>

// The rest of a large append to the authoring list, handed out one batch per turn of the
// event loop, so that no single event of the GUI thread pays for all of its rows.
class EntryInsertFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Hands out `entries` from `from` on, in batches of at most `batchRows`, to go in at `row`
    // and after: batchDue() on each later turn of the event loop until they are all out, then
    // drained(). Whatever was still waiting is dropped.
    void start(const QList<AuthoringEntry> &entries, qsizetype from, int row, int batchRows);
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Everything still waiting, at once (no batchDue()); sets `row` to where it goes.
    QList<AuthoringEntry> takeRest(int *row);

Q_SIGNALS:
    void batchDue(int row, const QList<AuthoringEntry> &entries);
    void drained();

private:
    void next();
    void schedule();

    QList<AuthoringEntry> m_entries; // shared with the caller's list: no copy of the whole
    qsizetype m_from = 0;
    int m_row = 0;
    int m_batchRows = 1;
    bool m_scheduled = false;
};
