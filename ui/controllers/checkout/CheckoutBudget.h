// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/checkout/CheckoutBudgetJob.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class CheckoutSession;
class FirstImageBudgetView;
class QComboBox;

// Keeps the checkout tab's first-image strip true: the layout the session read, and the
// budget of every split point, counted on a worker (CheckoutBudgetJob) after each change
// the panel or the session reports. Requests within a short pause make one count; a request
// while a count runs cancels it and starts again once it has stopped, so the last state always
// wins. The selected split shows as soon as it is counted (or at once, from the last count,
// when the split chooser changes); every item of the chooser is marked with whether its split
// fits, in its icon, tooltip and FitsRole.
class CheckoutBudget : public QObject
{
    Q_OBJECT
public:
    // Item data of the split chooser: true when the split fits builder-hex0, false when it does
    // not, invalid before it is counted or when its plan has errors.
    static constexpr int FitsRole = Qt::UserRole + 20;
    // The pause that gathers requests (a split chosen with the keyboard, a burst of checks).
    static constexpr int DebounceMs = 250;

    CheckoutBudget(CheckoutSession *session, QComboBox *splitCombo, FirstImageBudgetView *view, QObject *parent);

    // Shows the session's layout at once and counts every split again after the pause.
    void recount();
    // The last count of `step`, or nullptr when it has not been counted.
    const SplitBudget *budgetOf(const QString &step) const;
    // Whether a count is waiting or running.
    bool isCounting() const { return m_debounce.isActive() || m_job.isRunning(); }
    CheckoutBudgetJob *job() { return &m_job; }

Q_SIGNALS:
    // A count finished and the view and the chooser show it.
    void counted();

private:
    void startCount();
    void onArrived(const QList<SplitBudget> &budgets);
    void onFinished();
    void showSelected();
    void markSplits();

    CheckoutSession *m_session;
    QComboBox *m_split;
    FirstImageBudgetView *m_view;
    CheckoutBudgetJob m_job;
    QTimer m_debounce;
    QHash<QString, SplitBudget> m_budgets;
    bool m_sessionBusy = false; // the session's last busy state, for telling when work ends
    bool m_restart = false; // a request came while a count ran: its results are stale
};
