// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "IntegrityTester.h"

#include <QObject>

#include <functional>

class IntegrityTestJob;
class NoticeBar;
class QWidget;

// Runs the integrity test of a panel's distfiles: a progress dialog with Cancel while the
// test runs on all cores, each result handed to the panel as it arrives (so its status column
// fills), and a one-line summary in a notice bar the panel shows above its table at the end
// ("12 distfiles tested: 11 OK, 1 truncated"). One test at a time per controller.
class IntegrityController : public QObject
{
    Q_OBJECT
public:
    using ResultSink = std::function<void(int index, const ArchiveReport &report)>;

    // `dialogParent` gets the progress dialog; the notice bar is created hidden, for the
    // panel's layout.
    explicit IntegrityController(QWidget *dialogParent);
    ~IntegrityController() override;

    NoticeBar *notice() const { return m_notice; }
    IntegrityTestJob *job() const { return m_job; }
    bool isRunning() const;
    void cancel();

    // Tests `targets`; `sink` receives (position in targets, report) on the GUI thread for
    // every distfile, as it finishes. Does nothing while a test runs or when `targets` is empty.
    void run(const QList<IntegrityTester::Target> &targets, ResultSink sink);

    // "12 distfiles tested: 11 OK, 1 truncated" for `reports` (canceled ones are counted apart).
    static QString summaryOf(const QList<ArchiveReport> &reports);

Q_SIGNALS:
    // After the last result: the summary shown in the notice bar.
    void finished(const QString &summary);

private:
    void onFinished();
    // "3 truncated": a count with the status as a lower-case word.
    static QString countText(ArchiveReport::Status status, int count);

    QWidget *m_dialogParent;
    IntegrityTestJob *m_job;
    NoticeBar *m_notice;
    ResultSink m_sink;
};
