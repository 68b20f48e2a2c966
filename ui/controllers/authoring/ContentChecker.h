// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/authoring/ContentCheckJob.h"
#include "model/authoring/EntryTableModel.h"

#include <QObject>
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

    // True while the job runs or verdicts wait to go into the model.
    bool isRunning() const { return m_job.isRunning() || !m_verdicts.isEmpty(); }
    // Verdicts put into the model per turn of the event loop: each costs a row's judging.
    static constexpr int VerdictsPerEvent = 250;
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
    void queueVerdicts(const QList<EntryTableModel::ContentResult> &verdicts);
    void scheduleApply();
    void applySomeVerdicts();

    EntryTableModel *m_model;
    ContentCheckJob m_job;
    QTimer m_debounce;
    // What the job found and the model has not been told yet, oldest first: a tick of the job
    // may bring thousands, which go in VerdictsPerEvent at a time.
    QList<EntryTableModel::ContentResult> m_verdicts;
    bool m_applyQueued = false;
    bool m_enabled = true;
};
