// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/authoring/SourceHasher.h"
#include "model/authoring/EntryTableModel.h"

SourceHasher::SourceHasher(EntryTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // Many edits in a row (a drop of 10,000 files) start one job, not one per edit.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &SourceHasher::startPending);
    connect(model, &EntryTableModel::contentsChanged, this, &SourceHasher::schedule);
    connect(&m_job, &SourceHashJob::hashed, this, &SourceHasher::onHashed);
    // Rows added or probed again while it ran wait for the next job.
    connect(&m_job, &SourceHashJob::finished, this, &SourceHasher::schedule);
}

void SourceHasher::stop()
{
    m_debounce.stop();
    m_job.cancel();
    m_digests.clear();
}

void SourceHasher::schedule()
{
    if (!m_job.isRunning())
        m_debounce.start();
}

void SourceHasher::startPending()
{
    // Rows whose digests wait to go in are still pending: not hashed twice.
    if (m_job.isRunning() || !m_digests.isEmpty())
        return;
    // The whole list, shared: the job passes over the rows that have their hash or nothing to
    // read (those say so instead of "hashing…" forever) on its worker.
    const EntryTableModel::Summary summary = m_model->summary();
    if (summary.hashing > 0)
        m_job.start(m_model->entries());
}

void SourceHasher::onHashed(const QList<SourceHashJob::Result> &results)
{
    m_digests.reserve(m_digests.size() + results.size());
    for (const SourceHashJob::Result &r : results)
        m_digests << EntryTableModel::HashResult {r.id, r.sha256, r.error};
    scheduleApply();
}

void SourceHasher::scheduleApply()
{
    if (m_applyQueued || m_digests.isEmpty())
        return;
    // A queued call is an event of its own: the window repaints between two portions.
    m_applyQueued = true;
    QMetaObject::invokeMethod(this, &SourceHasher::applySomeDigests, Qt::QueuedConnection);
}

void SourceHasher::applySomeDigests()
{
    m_applyQueued = false;
    const qsizetype count = std::min<qsizetype>(DigestsPerEvent, m_digests.size());
    if (count == 0)
        return;
    // One call a portion: the model signals the change once, not once per file.
    const QList<EntryTableModel::HashResult> portion = m_digests.first(count);
    m_digests.remove(0, count);
    m_model->setHashes(portion);
    if (!m_digests.isEmpty())
        scheduleApply();
    else
        schedule(); // the rows whose digests were waiting are no longer pending
}
