// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "dialogs/JobProgressDialog.h"
#include "jobs/BackgroundJob.h"
#include "widgets/presentation/Formatting.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

JobProgressDialog::JobProgressDialog(BackgroundJob *job, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_phase(new QLabel)
    , m_current(new QLabel)
    , m_bar(new QProgressBar)
    , m_detail(new QLabel)
{
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowTitle(title);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    QFont bold = m_phase->font();
    bold.setBold(true);
    m_phase->setFont(bold);
    m_phase->setText(title);
    layout->addWidget(m_phase);
    m_current->setTextFormat(Qt::PlainText);
    m_current->setMinimumWidth(420);
    m_current->setAccessibleName(tr("Current entry"));
    layout->addWidget(m_current);
    m_bar->setRange(0, 1000);
    m_bar->setAccessibleName(tr("Progress"));
    layout->addWidget(m_bar);
    m_detail->setAccessibleName(tr("Bytes, rate and time left"));
    layout->addWidget(m_detail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressDialog::requestCancel);
    layout->addWidget(buttons);

    m_clock.start();
    connect(job, &BackgroundJob::progressChanged, this, &JobProgressDialog::onProgress);
    connect(job, &BackgroundJob::finished, this, [this] {
        accept();
        // Without a window manager (Xvfb, kiosk sessions) nobody hands the keyboard back to
        // the window the dialog came from, and the next shortcut would be lost.
        if (QWidget *from = parentWidget())
            from->window()->activateWindow();
    });
}

void JobProgressDialog::setCancelQuestion(const QString &question)
{
    m_question = question;
}

void JobProgressDialog::setPhaseText(const QString &text)
{
    if (m_phase->text() != text) {
        m_phase->setText(text);
        // Rates of different phases do not mix.
        m_samples.clear();
    }
}

QString JobProgressDialog::detailText() const
{
    return m_detail->text();
}

QString JobProgressDialog::currentText() const
{
    return m_current->text();
}

void JobProgressDialog::reject()
{
    // Escape and the window's close button mean Cancel: the dialog closes once the job stops.
    requestCancel();
}

void JobProgressDialog::requestCancel()
{
    if (!m_job->isRunning() || m_asking || m_job->wasCanceled())
        return;
    if (m_question.isEmpty()) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_phase->setText(tr("Canceling…"));
        return;
    }
    m_asking = true;
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), m_question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelQuestion"));
    auto *stop = box->addButton(tr("&Stop"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Continue"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        m_asking = false;
        if (box->clickedButton() == stop && m_job->isRunning()) {
            m_job->cancel();
            m_cancel->setEnabled(false);
            m_phase->setText(tr("Canceling…"));
        }
    });
    // The job may end while the question is open; the answer then no longer matters.
    connect(m_job, &BackgroundJob::finished, box, &QMessageBox::close);
    box->open();
}

void JobProgressDialog::onProgress(qint64 done, qint64 total, const QString &current)
{
    m_current->setText(
        current.isEmpty() ? QString() : fontMetrics().elidedText(current, Qt::ElideMiddle, m_current->width()));
    if (total <= 0) {
        m_bar->setRange(0, 0); // busy indicator: the total is not known yet
        m_detail->setText(Formatting::bytes(done));
        return;
    }
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));

    const qint64 now = m_clock.elapsed();
    m_samples.append({now, done});
    while (m_samples.size() > 2 && now - m_samples.first().first > 3000)
        m_samples.removeFirst();
    QString text = tr("%1 of %2").arg(Formatting::bytes(done), Formatting::bytes(total));
    const qint64 spanMs = m_samples.last().first - m_samples.first().first;
    const qint64 spanBytes = m_samples.last().second - m_samples.first().second;
    if (spanMs >= 500 && spanBytes > 0) {
        const double rate = double(spanBytes) * 1000.0 / double(spanMs);
        const qint64 left = qint64(double(total - done) / rate + 0.5);
        text += QStringLiteral(" · ") + Formatting::rate(rate) + QStringLiteral(" · ") +
            tr("%1 left").arg(Formatting::duration(left));
    }
    m_detail->setText(text);
}
