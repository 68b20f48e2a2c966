// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/archive/IntegrityController.h"
#include "dialogs/JobProgressDialog.h"
#include "jobs/archive/IntegrityTestJob.h"
#include "widgets/messages/NoticeBar.h"

#include <QAction>
#include <QLocale>
#include <QMap>
#include <QWidget>

IntegrityController::IntegrityController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_job(new IntegrityTestJob(this))
    , m_notice(new NoticeBar)
{
    m_notice->setObjectName(QStringLiteral("integrityNotice"));
    m_notice->hide();
    auto *dismiss = new QAction(tr("Dismiss"), m_notice);
    connect(dismiss, &QAction::triggered, m_notice, &QWidget::hide);
    m_notice->addAction(dismiss);
    connect(m_job, &IntegrityTestJob::resultArrived, this, [this](int index, const ArchiveReport &report) {
        // A distfile the cancel stopped says nothing about the file: its row keeps what it had.
        if (m_sink && report.status != ArchiveReport::Status::Canceled)
            m_sink(index, report);
    });
    connect(m_job, &IntegrityTestJob::finished, this, &IntegrityController::onFinished);
}

IntegrityController::~IntegrityController()
{
    // The job is a child: its destructor cancels and waits, before the sink's owner is gone.
    m_sink = nullptr;
}

bool IntegrityController::isRunning() const
{
    return m_job->isRunning();
}

void IntegrityController::cancel()
{
    m_job->cancel();
}

void IntegrityController::run(const QList<IntegrityTester::Target> &targets, ResultSink sink)
{
    if (m_job->isRunning() || targets.isEmpty())
        return;
    m_sink = std::move(sink);
    m_notice->hide();
    m_job->start(targets);
    auto *progress =
        new JobProgressDialog(m_job, tr("Testing %n distfile(s)", nullptr, int(targets.size())), m_dialogParent);
    progress->setObjectName(QStringLiteral("integrityProgress"));
    progress->setPhaseText(tr("Reading every archive to its end and checking it"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
}

QString IntegrityController::countText(ArchiveReport::Status status, int count)
{
    switch (status) {
    case ArchiveReport::Status::Ok:
        return tr("%1 OK").arg(QLocale().toString(count));
    case ArchiveReport::Status::Truncated:
        return tr("%1 truncated").arg(QLocale().toString(count));
    case ArchiveReport::Status::Corrupt:
        return tr("%1 corrupt").arg(QLocale().toString(count));
    case ArchiveReport::Status::Unsupported:
        return tr("%1 unsupported").arg(QLocale().toString(count));
    case ArchiveReport::Status::Mismatch:
        return tr("%1 not what the name says").arg(QLocale().toString(count));
    case ArchiveReport::Status::Unreadable:
        return tr("%1 unreadable").arg(QLocale().toString(count));
    case ArchiveReport::Status::Canceled:
        break;
    }
    return tr("%1 canceled").arg(QLocale().toString(count));
}

QString IntegrityController::summaryOf(const QList<ArchiveReport> &reports)
{
    int ok = 0, canceled = 0;
    // Ordered by status, so the parts always come in the same order.
    QMap<int, int> failed;
    int unsafe = 0;
    for (const ArchiveReport &r : reports) {
        if (r.status == ArchiveReport::Status::Canceled)
            ++canceled;
        else if (r.passed())
            ++ok;
        else if (r.status == ArchiveReport::Status::Ok)
            ++unsafe;
        else
            ++failed[int(r.status)];
    }
    const int tested = int(reports.size()) - canceled;
    if (tested == 0)
        return tr("The test was canceled before any distfile was tested.");
    QStringList parts;
    parts << countText(ArchiveReport::Status::Ok, ok);
    for (auto it = failed.cbegin(); it != failed.cend(); ++it)
        parts << countText(ArchiveReport::Status(it.key()), it.value());
    if (unsafe > 0)
        parts << tr("%1 unsafe").arg(QLocale().toString(unsafe));
    QString text = tr("%n distfile(s) tested: %1", nullptr, tested).arg(parts.join(QStringLiteral(", ")));
    if (canceled > 0)
        text += QStringLiteral("; ") + tr("%n not tested (canceled)", nullptr, canceled);
    return text;
}

void IntegrityController::onFinished()
{
    const QList<ArchiveReport> &reports = m_job->reports();
    const QString summary = summaryOf(reports);
    bool allPassed = true;
    bool anyCanceled = false;
    for (const ArchiveReport &r : reports) {
        anyCanceled = anyCanceled || r.status == ArchiveReport::Status::Canceled;
        allPassed = allPassed && (r.passed() || r.status == ArchiveReport::Status::Canceled);
    }
    const KMessageWidget::MessageType kind = !allPassed ? KMessageWidget::Error
        : anyCanceled                                   ? KMessageWidget::Warning
                                                        : KMessageWidget::Positive;
    QString text = summary.toHtmlEscaped();
    if (!allPassed)
        text = tr("%1. The status column tells what failed and where.").arg(summary).toHtmlEscaped();
    m_notice->showNotice(kind, text);
    m_sink = nullptr;
    Q_EMIT finished(summary);
}
