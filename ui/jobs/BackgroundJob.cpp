// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/BackgroundJob.h"
#include "ThreadBudget.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
    , m_progress(std::make_shared<Progress>())
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundJob::tick);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundJob::onFinished);
}

BackgroundJob::~BackgroundJob()
{
    if (isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

bool BackgroundJob::isRunning() const
{
    return m_timer.isActive();
}

void BackgroundJob::cancel()
{
    if (!isRunning())
        return;
    m_canceled = true;
    m_watcher.future().cancel();
}

void BackgroundJob::waitForFinished()
{
    m_watcher.future().waitForFinished();
}

qint64 BackgroundJob::bytesDone() const
{
    return m_progress->done.load();
}

qint64 BackgroundJob::bytesTotal() const
{
    return m_progress->total.load();
}

QString BackgroundJob::currentItem() const
{
    QMutexLocker lock(&m_progress->mutex);
    return m_progress->current;
}

void BackgroundJob::start(Work work)
{
    Q_ASSERT(!isRunning());
    m_canceled = false;
    m_progress = std::make_shared<Progress>();
    std::shared_ptr<Progress> progress = m_progress;
    m_timer.start();
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), progress](QPromise<void> &promise) {
        // The pool's threads do background work only; the threads the work starts inherit it.
        (void)ThreadBudget::instance().applyWorkerNice();
        promise.setProgressRange(0, 1000);
        JobControl control;
        control.isCanceled = [&promise] {
            return promise.isCanceled();
        };
        control.progress = [&promise, progress](qint64 done, qint64 total, const QString &current) {
            progress->done = done;
            progress->total = total;
            {
                QMutexLocker lock(&progress->mutex);
                progress->current = current;
            }
            if (total > 0)
                promise.setProgressValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        };
        work(control);
    }));
}

void BackgroundJob::tick()
{
    collect();
    Q_EMIT progressChanged(bytesDone(), bytesTotal(), currentItem());
}

void BackgroundJob::onFinished()
{
    m_timer.stop();
    collect();
    Q_EMIT progressChanged(bytesDone(), bytesTotal(), currentItem());
    complete();
    Q_EMIT finished();
}
