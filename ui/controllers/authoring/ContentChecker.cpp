// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/authoring/ContentChecker.h"
#include "model/authoring/EntryTableModel.h"

ContentChecker::ContentChecker(EntryTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // A drop of 10,000 files arrives as several edits: one job for all of them. Shorter than
    // the hasher's wait, so that a wrong download shows before its hash does.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(50);
    connect(&m_debounce, &QTimer::timeout, this, &ContentChecker::startPending);
    connect(model, &EntryTableModel::contentsChanged, this, &ContentChecker::schedule);
    connect(&m_job, &ContentCheckJob::checked, this, &ContentChecker::queueVerdicts);
    // Rows added or probed again while it ran wait for the next job.
    connect(&m_job, &ContentCheckJob::finished, this, &ContentChecker::schedule);
}

void ContentChecker::stop()
{
    m_debounce.stop();
    m_job.cancel();
    m_verdicts.clear();
}

void ContentChecker::queueVerdicts(const QList<EntryTableModel::ContentResult> &verdicts)
{
    m_verdicts += verdicts;
    scheduleApply();
}

void ContentChecker::scheduleApply()
{
    if (m_applyQueued || m_verdicts.isEmpty())
        return;
    // A queued call is an event of its own: the window repaints between two portions.
    m_applyQueued = true;
    QMetaObject::invokeMethod(this, &ContentChecker::applySomeVerdicts, Qt::QueuedConnection);
}

void ContentChecker::applySomeVerdicts()
{
    m_applyQueued = false;
    const qsizetype count = std::min<qsizetype>(VerdictsPerEvent, m_verdicts.size());
    if (count == 0)
        return;
    const QList<EntryTableModel::ContentResult> batch = m_verdicts.first(count);
    m_verdicts.remove(0, count);
    m_model->setContentChecks(batch);
    if (!m_verdicts.isEmpty())
        scheduleApply();
    else
        schedule(); // the rows whose verdicts were waiting are no longer in flight
}

void ContentChecker::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        schedule();
    else
        stop();
}

void ContentChecker::schedule()
{
    if (m_enabled && !m_job.isRunning() && !m_debounce.isActive())
        m_debounce.start();
}

void ContentChecker::startPending()
{
    // The count is kept by the validation: no pass over the list when nothing waits. Rows whose
    // verdicts wait to go in are still pending: not checked twice.
    if (m_job.isRunning() || !m_verdicts.isEmpty() || m_model->summary().checkingContent == 0)
        return;
    // The whole list, shared: the job passes over the rows already checked on its worker.
    m_job.start(m_model->entries());
}
