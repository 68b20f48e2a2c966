// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

// Runs one long core operation on a QtConcurrent worker and reports back on the GUI thread.
//
// The core's JobControl is adapted to the QPromise of the task: its cancel test is the
// promise's, and its progress goes to the promise (as per mille, for QFutureWatcher users)
// and to counters that the GUI reads on a 100 ms timer. Whatever rate the worker reports
// at, the GUI thread therefore sees at most ten progress updates a second.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundJob(QObject *parent = nullptr);
    // Cancels and waits: a worker never outlives the object whose data it uses.
    ~BackgroundJob() override;

    bool isRunning() const;
    // Asks the worker to stop. Core operations poll between chunks, so it stops within a
    // second; finished() follows once it has, with wasCanceled() true.
    void cancel();
    bool wasCanceled() const { return m_canceled; }
    // Blocks until the worker has returned (tests, and teardown).
    void waitForFinished();

    qint64 bytesDone() const;
    qint64 bytesTotal() const;
    QString currentItem() const;
    QFuture<void> future() const { return m_watcher.future(); }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, const QString &current);
    void finished();

protected:
    using Work = std::function<void(const JobControl &control)>;
    // Starts `work` on the thread pool. Only one at a time per job object.
    void start(Work work);
    // GUI thread, on every timer tick and once more at the end: collect partial results.
    virtual void collect() { }
    // GUI thread, after the worker returned and before finished(): publish the results.
    virtual void complete() { }

private:
    struct Progress
    {
        std::atomic<qint64> done {0};
        std::atomic<qint64> total {0};
        QMutex mutex;
        QString current;
    };
    void tick();
    void onFinished();

    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<void> m_watcher;
    QTimer m_timer;
    bool m_canceled = false;
};
