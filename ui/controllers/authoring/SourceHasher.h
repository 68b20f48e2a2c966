// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/authoring/SourceHashJob.h"
#include "model/authoring/EntryTableModel.h"

#include <QObject>
#include <QTimer>

class EntryTableModel;

// Keeps the SHA-256 column of the authoring list filled: whenever entries wait for a hash,
// it hashes their sources in the background and writes the digests into the model. Edits
// made meanwhile are fine: results are matched by entry id and dropped for removed entries.
class SourceHasher : public QObject
{
    Q_OBJECT
public:
    explicit SourceHasher(EntryTableModel *model, QObject *parent = nullptr);

    // True while the job runs or digests wait to go into the model.
    bool isRunning() const { return m_job.isRunning() || !m_digests.isEmpty(); }
    // Digests put into the model per turn of the event loop: a tick of the job may bring
    // thousands of small files' digests.
    static constexpr int DigestsPerEvent = 1000;
    // Stops hashing (at close); entries keep waiting.
    void stop();

private:
    void schedule();
    void startPending();
    void onHashed(const QList<SourceHashJob::Result> &results);
    void scheduleApply();
    void applySomeDigests();

    EntryTableModel *m_model;
    SourceHashJob m_job;
    QTimer m_debounce;
    QList<EntryTableModel::HashResult> m_digests; // found, not yet in the model, oldest first
    bool m_applyQueued = false;
};
