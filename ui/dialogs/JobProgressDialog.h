// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QList>

class BackgroundJob;
class QLabel;
class QProgressBar;
class QPushButton;

// Progress of a background job: overall bytes, the current entry, rate and time left, and a
// Cancel that (after an optional question) asks the job to stop. The dialog stays until the
// job has really stopped, so "canceled" is never shown while a worker still writes.
class JobProgressDialog : public QDialog
{
    Q_OBJECT
public:
    JobProgressDialog(BackgroundJob *job, const QString &title, QWidget *parent = nullptr);

    // Asked before canceling (e.g. "Stop the build? …"); no question when empty.
    void setCancelQuestion(const QString &question);
    // A line above the bar ("Writing", "Verifying"): what the job is doing now.
    void setPhaseText(const QString &text);

    // What a click on Cancel does: asks, when a question is set, then cancels the job.
    void requestCancel();

    // For tests: the last texts shown.
    QString detailText() const;
    QString currentText() const;

protected:
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total, const QString &current);

    BackgroundJob *m_job;
    QString m_question;
    QLabel *m_phase;
    QLabel *m_current;
    QProgressBar *m_bar;
    QLabel *m_detail;
    QPushButton *m_cancel;
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_samples; // (ms, bytes) over the last few seconds
    bool m_asking = false;
};
