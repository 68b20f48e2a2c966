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
    connect(&m_job, &SourceHashJob::finished, this, [this] {
        m_inFlight.clear();
        schedule();
    });
}

void SourceHasher::stop()
{
    m_debounce.stop();
    m_job.cancel();
}

void SourceHasher::schedule()
{
    if (!m_job.isRunning())
        m_debounce.start();
}

void SourceHasher::startPending()
{
    if (m_job.isRunning())
        return;
    QList<AuthoringEntry> pending;
    for (const AuthoringEntry &e : m_model->entries()) {
        if (e.hashState != AuthoringEntry::HashState::Pending || m_inFlight.contains(e.id))
            continue;
        if (e.sourceState != AuthoringEntry::SourceState::Ok) {
            // Nothing to read: say so instead of "hashing…" forever.
            continue;
        }
        pending << e;
        m_inFlight.insert(e.id);
    }
    if (!pending.isEmpty())
        m_job.start(pending);
}

void SourceHasher::onHashed(const QList<SourceHashJob::Result> &results)
{
    // One call for the batch: the model signals the change once, not once per file.
    QList<EntryTableModel::HashResult> batch;
    batch.reserve(results.size());
    for (const SourceHashJob::Result &r : results)
        batch << EntryTableModel::HashResult {r.id, r.sha256, r.error};
    m_model->setHashes(batch);
}
