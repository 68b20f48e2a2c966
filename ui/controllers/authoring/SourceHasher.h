// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/authoring/SourceHashJob.h"

#include <QObject>
#include <QSet>
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

    bool isRunning() const { return m_job.isRunning(); }
    // Stops hashing (at close); entries keep waiting.
    void stop();

private:
    void schedule();
    void startPending();
    void onHashed(const QList<SourceHashJob::Result> &results);

    EntryTableModel *m_model;
    SourceHashJob m_job;
    QTimer m_debounce;
    QSet<quint64> m_inFlight;
};
