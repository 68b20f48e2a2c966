// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/image/OpenImageJob.h"
#include "PayloadReader.h"

#include <QElapsedTimer>
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
        // Entries are handed over in chunks: taking the lock for each of 200,000 entries (and
        // growing one shared list under it) kept the GUI thread waiting at every tick.
        constexpr qsizetype ChunkEntries = 4096;
        QList<PayloadEntry> chunk;
        QElapsedTimer sinceFlush;
        sinceFlush.start();
        const auto flush = [&] {
            if (chunk.isEmpty())
                return;
            QMutexLocker lock(&pending->mutex);
            pending->chunks.append(std::move(chunk));
            chunk = {};
            sinceFlush.restart();
        };
        const bool ok = reader->open(path, std::nullopt, [&](const PayloadEntry &e) {
            if (chunk.isEmpty())
                chunk.reserve(ChunkEntries);
            chunk.append(e);
            // A slow disk still fills the table progressively.
            if (chunk.size() >= ChunkEntries || sinceFlush.elapsed() >= 50)
                flush();
            // The offset reached is the honest measure of progress: opening seeks over data.
            control.report(e.endOffset(), total, e.name());
            return !control.canceled();
        });
        flush();
        *result = ok;
    });
}

void OpenImageJob::collect()
{
    QList<QList<PayloadEntry>> chunks;
    {
        QMutexLocker lock(&m_pending->mutex);
        chunks.swap(m_pending->chunks);
    }
    for (const QList<PayloadEntry> &chunk : std::as_const(chunks))
        Q_EMIT entriesArrived(chunk);
}

void OpenImageJob::complete()
{
    m_ok = m_result->load();
}
