// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/ContentCheckJob.h"
#include "ContentCheck.h"

#include <algorithm>

void ContentCheckJob::start(const QList<AuthoringEntry> &entries)
{
    m_pending = std::make_shared<Pending>();
    BackgroundJob::start([entries, pending = m_pending](const JobControl &control) {
        const auto wanted = [](const AuthoringEntry &e) {
            return e.contentState == AuthoringEntry::ContentState::Pending &&
                e.sourceState == AuthoringEntry::SourceState::Ok;
        };
        const qint64 total = std::count_if(entries.cbegin(), entries.cend(), wanted);
        qint64 done = 0;
        for (const AuthoringEntry &e : entries) {
            if (control.canceled())
                return;
            if (!wanted(e))
                continue;
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
