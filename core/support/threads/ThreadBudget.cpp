// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ThreadBudget.h"

#include <QThread>

#include <algorithm>
#include <cerrno>
#include <chrono>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

ThreadBudget::ThreadBudget()
    : m_capacity(std::max(1, QThread::idealThreadCount()))
{ }

ThreadBudget &ThreadBudget::instance()
{
    static ThreadBudget budget;
    return budget;
}

int ThreadBudget::tryAcquire(int wanted)
{
    std::lock_guard lock(m_mutex);
    const int got = std::clamp(m_capacity - m_inUse, 0, std::max(0, wanted));
    m_inUse += got;
    return got;
}

bool ThreadBudget::acquireOne(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_freed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_inUse < m_capacity; }))
        return false;
    ++m_inUse;
    return true;
}

void ThreadBudget::release(int count)
{
    {
        std::lock_guard lock(m_mutex);
        m_inUse = std::max(0, m_inUse - count);
    }
    m_freed.notify_all();
}

int ThreadBudget::capacity() const
{
    std::lock_guard lock(m_mutex);
    return m_capacity;
}

int ThreadBudget::inUse() const
{
    std::lock_guard lock(m_mutex);
    return m_inUse;
}

void ThreadBudget::setCapacity(int capacity)
{
    {
        std::lock_guard lock(m_mutex);
        m_capacity = std::max(1, capacity);
    }
    m_freed.notify_all();
}

void ThreadBudget::setWorkerNice(int nice)
{
    m_workerNice.store(std::clamp(nice, 0, 19));
}

int ThreadBudget::workerNice() const
{
    return m_workerNice.load();
}

bool ThreadBudget::applyWorkerNice() const
{
    const int nice = m_workerNice.load();
    if (nice <= 0)
        return true;
#ifdef Q_OS_LINUX
    // On Linux PRIO_PROCESS with a thread id sets that one thread's nice value.
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno != 0)
        return false;
    return current >= nice || setpriority(PRIO_PROCESS, tid, nice) == 0;
#else
    return true;
#endif
}
