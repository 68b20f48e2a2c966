// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/ContentCheckJob.h"
#include "ContentCheck.h"

#include <utility>

void ContentCheckJob::start(const QList<AuthoringEntry> &entries)
{
    m_pending = std::make_shared<Pending>();
    m_pending->handed = entries;
    BackgroundJob::start([pending = m_pending](const JobControl &control) {
        QList<AuthoringEntry> todo;
        {
            // The GUI thread gave `handed` up at start(): no lock (the results' lock would hold
            // up its tick).
            for (const AuthoringEntry &e : std::exchange(pending->handed, {}))
                if (e.contentState == AuthoringEntry::ContentState::Pending &&
                    e.sourceState == AuthoringEntry::SourceState::Ok)
                    todo << e;
        }
        const qint64 total = todo.size();
        qint64 done = 0;
        for (const AuthoringEntry &e : std::as_const(todo)) {
            if (control.canceled())
                return;
            EntryTableModel::ContentResult r;
            r.id = e.id;
            r.detection = ContentCheck::sniffFile(
                e.sourcePath, e.displayName(), e.wholeFile ? 0 : e.sourceOffset, e.wholeFile ? -1 : e.size);
            {
                QMutexLocker lock(&pending->mutex);
                pending->results << r;
            }
            control.report(++done, total, e.displayName());
        }
    });
}

void ContentCheckJob::collect()
{
    QList<EntryTableModel::ContentResult> batch;
    {
        QMutexLocker lock(&m_pending->mutex);
        batch.swap(m_pending->results);
    }
    if (!batch.isEmpty())
        Q_EMIT checked(batch);
}
