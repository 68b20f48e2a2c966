// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>

// The process-wide number of threads that may do parallel work at once (QThread's
// idealThreadCount()): every ParallelWork takes its threads from here, so two jobs running
// side by side share the cores instead of starting a full set of threads each.
//
// It also says how nice those threads are. A process with a window raises its workers' nice
// value (setWorkerNice()), so that on a machine with few cores the GUI thread, at the normal
// priority, gets a core as soon as it wakes instead of waiting for the workers' time slices
// to end; the work still gets every cycle the GUI thread leaves.
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

    // The nice value (0..19) background threads run at from now on; 0, the default, leaves them
    // as the process is. Thread-safe.
    void setWorkerNice(int nice);
    int workerNice() const;
    // Gives the calling thread, a background worker, the nice value of setWorkerNice() (Linux,
    // where nice is per thread; elsewhere nothing). Never lowers a thread's nice value. Returns
    // false when the system refused it (the thread then runs at its old priority).
    bool applyWorkerNice() const;

private:
    ThreadBudget();

    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    int m_capacity = 1;
    int m_inUse = 0;
    std::atomic<int> m_workerNice {0};
};
