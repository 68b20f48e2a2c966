// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/checkout/CheckoutBudgetJob.h"
#include "DistfilePlan.h"

#include <QHash>

void CheckoutBudgetJob::start(
    const Checkout &checkout, const QStringList &steps, const QString &first, const QString &distfilesDir)
{
    m_results.clear();
    m_shared = std::make_shared<Shared>();
    QStringList order = steps;
    if (order.removeOne(first))
        order.prepend(first);
    BackgroundJob::start([checkout, steps, order, distfilesDir, shared = m_shared](const JobControl &control) {
        // The part every split shares, listed once: the walk is what costs, not the splits.
        const SrcfsPlan::Tree tree = SrcfsPlan::Tree::list(checkout.root());
        QHash<QString, SplitBudget> byStep;
        qint64 done = 0;
        for (const QString &step : order) {
            if (control.canceled())
                return;
            SplitBudget budget;
            budget.step = step;
            DistfilePlan plan;
            if (plan.build(checkout, step))
                budget.plan.count(tree, plan, distfilesDir);
            else
                budget.planErrors = plan.errors();
            byStep.insert(step, budget);
            {
                QMutexLocker lock(&shared->mutex);
                shared->arrived.append(budget);
            }
            control.report(++done, order.size(), step);
        }
        QMutexLocker lock(&shared->mutex);
        for (const QString &step : steps)
            shared->all.append(byStep.value(step));
    });
}

void CheckoutBudgetJob::collect()
{
    QList<SplitBudget> arrived;
    {
        QMutexLocker lock(&m_shared->mutex);
        arrived.swap(m_shared->arrived);
    }
    if (!arrived.isEmpty())
        Q_EMIT budgetsArrived(arrived);
}

void CheckoutBudgetJob::complete()
{
    QMutexLocker lock(&m_shared->mutex);
    m_results = m_shared->all;
}
