// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/image/OpenImageJob.h"
#include "PayloadReader.h"

#include <QFileInfo>

void OpenImageJob::start(const QString &path)
{
    m_ok = false;
    m_pending = std::make_shared<Pending>();
    m_reader = std::make_shared<PayloadReader>();
    m_result = std::make_shared<std::atomic<bool>>(false);
    BackgroundJob::start([path, pending = m_pending, reader = m_reader, result = m_result](const JobControl &control) {
        const qint64 total = QFileInfo(path).size();
        control.report(0, total, path);
        const bool ok = reader->open(path, std::nullopt, [&](const PayloadEntry &e) {
            {
                QMutexLocker lock(&pending->mutex);
                pending->entries.append(e);
            }
            // The offset reached is the honest measure of progress: opening seeks over data.
            control.report(e.endOffset(), total, e.name());
            return !control.canceled();
        });
        *result = ok;
    });
}

void OpenImageJob::collect()
{
    QList<PayloadEntry> batch;
    {
        QMutexLocker lock(&m_pending->mutex);
        batch.swap(m_pending->entries);
    }
    if (!batch.isEmpty())
        Q_EMIT entriesArrived(batch);
}

void OpenImageJob::complete()
{
    m_ok = m_result->load();
}
