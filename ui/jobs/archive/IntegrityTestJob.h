// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "IntegrityTester.h"
#include "jobs/BackgroundJob.h"

#include <QList>

// Tests distfiles (IntegrityTester::testAll, all cores) on a worker. The tester reports each
// distfile from the thread that tested it; the results are queued and handed to the GUI
// thread on the job's 100 ms tick (resultArrived), so a status column fills while the test
// runs without a queued signal per result.
class IntegrityTestJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    // Starts testing `targets`. `threads`: 0 for all cores.
    void start(const QList<IntegrityTester::Target> &targets, int threads = 0);

    // After finished(): one report per target, in the order given (Canceled for those a
    // cancel stopped or never reached, also when it came before the worker began).
    const QList<ArchiveReport> &reports() const { return m_reports; }

Q_SIGNALS:
    // GUI thread: the distfile `index` (position in the targets) has been tested. Emitted
    // once per finished distfile, before finished().
    void resultArrived(int index, const ArchiveReport &report);

protected:
    void collect() override;
    void complete() override;

private:
    struct Shared
    {
        QMutex mutex;
        QList<QPair<int, ArchiveReport>> arrived; // not yet handed to the GUI thread
        QList<ArchiveReport> reports;
    };
    std::shared_ptr<Shared> m_shared;
    QList<ArchiveReport> m_reports;
    QList<bool> m_announced;
    QStringList m_names; // of the targets, for the reports of a test canceled before it began
};
