// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

// Runs N independent work items (files to hash, archives to test) on several threads, each
// item once, while the calling thread reports progress and watches for a cancel.
//
// The threads come from the process-wide ThreadBudget: a run takes what is free (at least one,
// waiting for it while polling), takes more as other runs give theirs back, and returns each
// thread as soon as no items are left for it; so jobs running at once never use more threads
// together than the budget. A run started from inside an item (a nested run) works on the
// thread its item already holds.
class ParallelWork
{
public:
    // Works on item `index`; returns false to stop the run (it failed: the item keeps its error).
    using Item = std::function<bool(int index)>;
    // Called once on each thread that joins the run, before its first item: a thread's own
    // state (a buffer, an open file) lives in the returned Item. Must be thread-safe.
    using WorkerFactory = std::function<Item()>;
    // Called on the calling thread every pollInterval while the items run (and while waiting
    // for a thread); returns false to cancel.
    using Poll = std::function<bool()>;

    explicit ParallelWork(int count);

    // At most `threads` threads (0, the default: as many as the budget gives).
    void setMaxThreads(int threads) { m_maxThreads = threads; }
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }

    // Runs `item` for every index in [0, count), in increasing order of start, and returns
    // when all threads have finished. Returns true when every item ran and returned true;
    // false when an item returned false (failed()) or `poll` canceled (canceled()): then the
    // items not yet started are left out.
    [[nodiscard]] bool run(const Item &item, const Poll &poll = {});
    // The same with per-thread state: each thread calls `makeWorker` once and runs its items
    // through the result.
    [[nodiscard]] bool runPerThread(const WorkerFactory &makeWorker, const Poll &poll = {});

    // Thread-safe. Asks the run to stop; the items running finish (or notice stopping()).
    void stop() { m_stop.store(true); }
    // Thread-safe. True once the run stops early: long items check it between chunks.
    bool stopping() const { return m_stop.load(std::memory_order_relaxed); }
    // Thread-safe. How many items have finished so far; never decreases during a run.
    int completed() const { return m_completed.load(); }
    bool canceled() const { return m_canceled; }
    bool failed() const { return m_failed.load(); }
    int count() const { return m_count; }

private:
    void workLoop(const Item &item);

    const int m_count;
    int m_maxThreads = 0;
    int m_pollMs = 25;
    std::atomic<int> m_next {0};
    std::atomic<int> m_completed {0};
    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_failed {false};
    bool m_canceled = false;
    std::mutex m_mutex;
    std::condition_variable m_threadDone;
    int m_running = 0; // under m_mutex
};
