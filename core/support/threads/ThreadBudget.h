// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <condition_variable>
#include <mutex>

// The process-wide number of threads that may do parallel work at once (QThread's
// idealThreadCount()): every ParallelWork takes its threads from here, so two jobs running
// side by side share the cores instead of starting a full set of threads each.
class ThreadBudget
{
public:
    // The one budget of the process.
    static ThreadBudget &instance();

    // Takes up to `wanted` threads without waiting; returns how many it got (0 when none are
    // free). Each must be given back with release().
    [[nodiscard]] int tryAcquire(int wanted);
    // Waits up to `timeoutMs` for one thread; returns false when none became free meanwhile.
    [[nodiscard]] bool acquireOne(int timeoutMs);
    void release(int count);

    int capacity() const;
    int inUse() const;
    // Sets the budget (at least 1). Tests make it small; threads already taken stay taken and
    // count against the new budget.
    void setCapacity(int capacity);

private:
    ThreadBudget();

    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    int m_capacity = 1;
    int m_inUse = 0;
};
