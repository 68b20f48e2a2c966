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
    connect(&m_job, &ContentCheckJob::checked, m_model, &EntryTableModel::setContentChecks);
    connect(&m_job, &ContentCheckJob::finished, this, [this] {
        m_inFlight.clear();
        schedule();
    });
}

void ContentChecker::stop()
{
    m_debounce.stop();
    m_job.cancel();
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
    // The count is kept by the validation: no pass over the list when nothing waits.
    if (m_job.isRunning() || m_model->summary().checkingContent == 0)
        return;
    QList<AuthoringEntry> pending;
    for (const AuthoringEntry &e : m_model->entries()) {
        if (e.contentState != AuthoringEntry::ContentState::Pending ||
            e.sourceState != AuthoringEntry::SourceState::Ok || m_inFlight.contains(e.id))
            continue;
        pending << e;
        m_inFlight.insert(e.id);
    }
    if (!pending.isEmpty())
        m_job.start(pending);
}
