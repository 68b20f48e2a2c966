// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SourceHashPool.h"

SourceHashPool::SourceHashPool(const std::atomic<bool> &stop, int threads, qint64 bufferSize)
    : m_stop(stop)
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this, bufferSize] { run(bufferSize); });
}

SourceHashPool::~SourceHashPool()
{
    finish();
}

void SourceHashPool::add(int index, Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job{index, std::move(task)});
    }
    m_wake.notify_one();
}

void SourceHashPool::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
}

QByteArray SourceHashPool::digest(int index)
{
    std::lock_guard lock(m_mutex);
    return m_results.value(index);
}

QString SourceHashPool::error()
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void SourceHashPool::run(qint64 bufferSize)
{
    Worker worker;
    worker.buffer.resize(qsizetype(bufferSize));
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_closed || !m_jobs.empty(); });
            if (m_jobs.empty() || m_stop.load(std::memory_order_relaxed))
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        bool stopped = false;
        const QString problem = job.task(worker, stopped);
        if (stopped || !problem.isEmpty()) {
            std::lock_guard lock(m_mutex);
            if (!problem.isEmpty() && m_error.isEmpty())
                m_error = problem;
            return;
        }
        const QByteArray digest = worker.hash.hexResult();
        std::lock_guard lock(m_mutex);
        m_results.insert(job.index, digest);
    }
}
