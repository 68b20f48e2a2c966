// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/checkout/CheckoutBudget.h"
#include "controllers/checkout/CheckoutSession.h"
#include "widgets/meters/FirstImageBudgetView.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLocale>
#include <QStyledItemDelegate>

CheckoutBudget::CheckoutBudget(
    CheckoutSession *session, QComboBox *splitCombo, FirstImageBudgetView *view, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_split(splitCombo)
    , m_view(view)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CheckoutBudget::startCount);
    connect(&m_job, &CheckoutBudgetJob::budgetsArrived, this, &CheckoutBudget::onArrived);
    connect(&m_job, &CheckoutBudgetJob::finished, this, &CheckoutBudget::onFinished);
    // The last count answers at once; the recount the panel asks for follows.
    connect(m_split, &QComboBox::currentIndexChanged, this, &CheckoutBudget::showSelected);
    // The popup's menu-style delegate cuts the longer step names once the items have marks;
    // the item view's own delegate gives each one the width it needs.
    m_split->setItemDelegate(new QStyledItemDelegate(m_split));
    m_split->view()->setIconSize(m_split->iconSize());
    // Work that ends (a check of the whole list or of the files the folder watcher named, or
    // downloads) may have found new sizes for the first half: count again.
    connect(m_session, &CheckoutSession::stateChanged, this, [this] {
        const bool busy = m_session->isBusy();
        if (m_sessionBusy && !busy)
            recount();
        m_sessionBusy = busy;
    });
}

const SplitBudget *CheckoutBudget::budgetOf(const QString &step) const
{
    const auto it = m_budgets.constFind(step);
    return it == m_budgets.cend() ? nullptr : &it.value();
}

void CheckoutBudget::recount()
{
    m_view->setLayoutInfo(m_session->layout());
    m_view->setCounting(true);
    m_debounce.start();
}

void CheckoutBudget::startCount()
{
    if (m_job.isRunning()) {
        // BackgroundJob runs one work at a time: this one stops first, then the new one starts.
        m_restart = true;
        m_job.cancel();
        return;
    }
    m_restart = false;
    if (m_session->checkout().root().isEmpty()) {
        m_view->setCounting(false);
        return;
    }
    m_job.start(
        m_session->checkout(), m_session->checkout().improveSteps(), m_split->currentText(), m_session->distfilesDir());
}

void CheckoutBudget::onArrived(const QList<SplitBudget> &budgets)
{
    if (m_restart || m_debounce.isActive())
        return;
    const QString selected = m_split->currentText();
    bool showsSelected = false;
    for (const SplitBudget &b : budgets) {
        m_budgets.insert(b.step, b);
        showsSelected = showsSelected || b.step == selected;
    }
    if (showsSelected)
        showSelected();
}

void CheckoutBudget::onFinished()
{
    if (m_restart) {
        startCount();
        return;
    }
    if (m_job.wasCanceled() || m_debounce.isActive())
        return;
    // A finished count replaces every split's, dropping the steps the manifest no longer has.
    m_budgets.clear();
    for (const SplitBudget &b : m_job.results())
        m_budgets.insert(b.step, b);
    m_view->setCounting(false);
    showSelected();
    markSplits();
    Q_EMIT counted();
}

void CheckoutBudget::showSelected()
{
    const QString step = m_split->currentText();
    const SplitBudget *budget = step.isEmpty() ? nullptr : budgetOf(step);
    if (step.isEmpty())
        m_view->clearBudget(tr("Choose a split step to see the first image's budget."));
    else if (!budget)
        m_view->clearBudget(QString());
    else if (!budget->counted())
        m_view->clearBudget(tr("The plan has errors (above), so the first image is not counted."));
    else
        m_view->setBudget(step, budget->plan);
}

void CheckoutBudget::markSplits()
{
    int fitting = 0;
    int counted = 0;
    QStringList notFitting;
    const QLocale locale;
    for (int i = 0; i < m_split->count(); ++i) {
        const QString step = m_split->itemText(i);
        const SplitBudget *budget = budgetOf(step);
        if (!budget || !budget->counted()) {
            m_split->setItemIcon(i, QIcon());
            m_split->setItemData(i, QVariant(), FitsRole);
            m_split->setItemData(i, QVariant(), Qt::ToolTipRole);
            continue;
        }
        ++counted;
        const FirstImageBudget &b = budget->plan.budget();
        const bool fits = budget->fits();
        fitting += fits ? 1 : 0;
        if (!fits)
            notFitting << step;
        m_split->setItemIcon(i, Icons::get(fits ? QStringLiteral("emblem-ok") : QStringLiteral("dialog-error")));
        m_split->setItemData(i, fits, FitsRole);
        //: The tooltip of a split step: whether the first image fits, its files and bytes
        m_split->setItemData(i,
            (fits ? tr("The first image fits builder-hex0: %1 files, %2")
                  : tr("The first image does not fit builder-hex0: %1 files, %2"))
                .arg(locale.toString(b.filesUsed), Formatting::bytes(b.bytesUsed)),
            Qt::ToolTipRole);
    }
    m_view->setSplitFits(fitting, counted, notFitting);
}
