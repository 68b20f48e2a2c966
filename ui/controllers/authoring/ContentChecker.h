// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/authoring/ContentCheckJob.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class EntryTableModel;

// Keeps the authoring list's content checks done: whenever entries with a readable source
// wait for one (just added, or after Check Sources Again), it looks at their first bytes in
// the background and writes the verdicts into the model, where a content that is not what
// the name promises becomes a warning. Results are matched by entry id, so edits made
// meanwhile are fine.
class ContentChecker : public QObject
{
    Q_OBJECT
public:
    explicit ContentChecker(EntryTableModel *model, QObject *parent = nullptr);

    bool isRunning() const { return m_job.isRunning(); }
    ContentCheckJob *job() { return &m_job; }
    // Stops checking (at close); entries keep waiting.
    void stop();
    // Off: stops and checks nothing until switched on again (the benchmark's yardstick, an add
    // without the check); on: checks what waits. On by default.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

private:
    void schedule();
    void startPending();

    EntryTableModel *m_model;
    ContentCheckJob m_job;
    QTimer m_debounce;
    QSet<quint64> m_inFlight;
    bool m_enabled = true;
};
