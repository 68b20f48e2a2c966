// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/archive/IntegrityTestJob.h"

void IntegrityTestJob::start(const QList<IntegrityTester::Target> &targets, int threads)
{
    m_reports.clear();
    m_announced = QList<bool>(targets.size(), false);
    m_names.clear();
    for (const IntegrityTester::Target &t : targets)
        m_names << t.name;
    m_shared = std::make_shared<Shared>();
    BackgroundJob::start([targets, threads, shared = m_shared](const JobControl &control) {
        IntegrityTester::Options options;
        options.threads = threads;
        options.onResult = [shared](int index, const ArchiveReport &report) {
            QMutexLocker lock(&shared->mutex);
            shared->arrived.append({index, report});
        };
        QList<ArchiveReport> reports = IntegrityTester::testAll(targets, options, control);
        QMutexLocker lock(&shared->mutex);
        shared->reports = std::move(reports);
    });
}

void IntegrityTestJob::collect()
{
    QList<QPair<int, ArchiveReport>> arrived;
    {
        QMutexLocker lock(&m_shared->mutex);
        arrived.swap(m_shared->arrived);
    }
    for (const auto &[index, report] : std::as_const(arrived)) {
        if (index >= 0 && index < m_announced.size())
            m_announced[index] = true;
        Q_EMIT resultArrived(index, report);
    }
}

void IntegrityTestJob::complete()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_reports = m_shared->reports;
    }
    if (m_reports.size() != m_names.size()) {
        // Canceled before the worker ran at all: testAll() never returned a list.
        m_reports.clear();
        for (const QString &name : std::as_const(m_names)) {
            ArchiveReport r;
            r.name = name;
            r.status = ArchiveReport::Status::Canceled;
            m_reports << r;
        }
    }
    // Distfiles a cancel stopped before they started are not passed to onResult: announce
    // them too, so every row that was asked about shows what became of it.
    for (int i = 0; i < m_reports.size() && i < m_announced.size(); ++i)
        if (!m_announced.at(i))
            Q_EMIT resultArrived(i, m_reports.at(i));
}
