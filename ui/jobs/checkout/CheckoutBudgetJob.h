// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Checkout.h"
#include "SrcfsPlan.h"
#include "jobs/BackgroundJob.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

// The first image's budget of one split point: the plan's errors (no such step, one name with
// two checksums: nothing is counted then) or SrcfsPlan's count.
struct SplitBudget
{
    QString step;
    QStringList planErrors;
    SrcfsPlan plan; // valid when planErrors is empty
    bool counted() const { return planErrors.isEmpty(); }
    bool fits() const { return counted() && plan.fits(); }
};

// Counts the first image's budget (SrcfsPlan) for every split point of a checkout on a worker:
// seed/ and steps/ are listed once (SrcfsPlan::Tree), then each split only plans its first
// half and stats its distfiles. The selected split is counted first and handed over on the
// next 100 ms tick (budgetArrived), so the view follows a split change without waiting for
// the others. Cancel is honoured between splits; a canceled job's results are to be dropped.
class CheckoutBudgetJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    // Counts `steps` (improve step names; `first` goes first when among them) of `checkout`
    // with the distfiles in `distfilesDir`. The checkout is copied: the caller may load
    // another meanwhile.
    void start(const Checkout &checkout, const QStringList &steps, const QString &first, const QString &distfilesDir);

    // After finished(): every split counted, in the order of `steps`.
    const QList<SplitBudget> &results() const { return m_results; }

Q_SIGNALS:
    // GUI thread: budgets as they are counted (the selected split first), a few per tick.
    void budgetsArrived(const QList<SplitBudget> &budgets);

protected:
    void collect() override;
    void complete() override;

private:
    struct Shared
    {
        QMutex mutex;
        QList<SplitBudget> arrived;
        QList<SplitBudget> all;
    };
    std::shared_ptr<Shared> m_shared;
    QList<SplitBudget> m_results;
};
