// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ParallelWork.h"
#include "ThreadBudget.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <thread>
#include <vector>

namespace {
// Whether this thread holds a thread of the budget (it runs items of some ParallelWork): a
// run started here must not wait for another, which its own caller may be holding.
thread_local bool t_holdsBudget = false;
} // namespace

ParallelWork::ParallelWork(int count)
    : m_count(std::max(0, count))
{ }

bool ParallelWork::run(const Item &item, const Poll &poll)
{
    return runPerThread([&item] { return item; }, poll);
}

void ParallelWork::workLoop(const Item &item)
{
    for (int k = m_next++; k < m_count && !m_stop.load(); k = m_next++) {
        if (!item(k)) {
            m_failed = true;
            m_stop = true;
            break;
        }
        ++m_completed;
    }
}

bool ParallelWork::runPerThread(const WorkerFactory &makeWorker, const Poll &poll)
{
    m_next = 0;
    m_completed = 0;
    m_stop = false;
    m_failed = false;
    m_canceled = false;
    m_running = 0;
    if (m_count == 0)
        return true;

    if (t_holdsBudget) {
        // Nested: the caller's thread is already counted, so the items run right here.
        workLoop(makeWorker());
        if (poll && !poll() && m_completed.load() < m_count)
            m_canceled = true;
        return m_completed.load() == m_count;
    }

    ThreadBudget &budget = ThreadBudget::instance();
    const int limit = std::min(m_count, m_maxThreads > 0 ? m_maxThreads : INT_MAX);
    std::vector<std::thread> threads;
    auto thread = [this, &makeWorker, &budget] {
        // Threads inherit their creator's nice value, and a run's caller may have the normal one.
        (void)budget.applyWorkerNice();
        t_holdsBudget = true;
        workLoop(makeWorker());
        t_holdsBudget = false;
        // Back to the budget at once: another run may be waiting for it.
        budget.release(1);
        {
            std::lock_guard lock(m_mutex);
            --m_running;
        }
        m_threadDone.notify_all();
    };

    for (;;) {
        int running = 0;
        {
            std::lock_guard lock(m_mutex);
            running = m_running;
        }
        const bool itemsLeft = !m_stop.load() && m_next.load() < m_count;
        if (!itemsLeft && running == 0)
            break;
        if (itemsLeft && running < limit) {
            int got = budget.tryAcquire(limit - running);
            if (got == 0 && running == 0)
                got = budget.acquireOne(m_pollMs) ? 1 : 0;
            {
                std::lock_guard lock(m_mutex);
                m_running += got;
                running = m_running;
            }
            for (int i = 0; i < got; ++i)
                threads.emplace_back(thread);
        }
        if (poll && !m_stop.load() && !poll()) {
            m_canceled = true;
            m_stop = true;
        }
        if (running > 0) {
            std::unique_lock lock(m_mutex);
            m_threadDone.wait_for(lock, std::chrono::milliseconds(m_pollMs), [&] { return m_running < running; });
        }
    }
    for (std::thread &t : threads)
        t.join();
    return m_completed.load() == m_count;
}
