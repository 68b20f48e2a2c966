// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Sha256.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// Runs the writer's hashed entries on worker threads: each task reads its source once,
// hashes the bytes and writes the same bytes into the image, so what is hashed is what is
// written, the copy is spread over the cores instead of trailing on the writer's thread, and
// each byte crosses memory once instead of once for the copy and again for the hash. Queued
// largest first by the writer so that the cores finish together.
class SourceHashPool
{
public:
    // What a worker lends a task: its hash, reset between tasks, and a buffer sized once so
    // that no task pays the page faults of a fresh one.
    struct Worker {
        Sha256 hash;
        QByteArray buffer;
    };
    // Does one entry's work. Calls count() with each chunk's bytes. Returns an empty string
    // when done, else the problem, complete and translated; `stopped` is set when it gave up
    // because the pool was told to stop (then the string is empty too).
    using Task = std::function<QString(Worker &worker, bool &stopped)>;

    // Starts `threads` workers, each with a buffer of `bufferSize` bytes; they stop early
    // once `stop` is set.
    SourceHashPool(const std::atomic<bool> &stop, int threads, qint64 bufferSize);
    ~SourceHashPool(); // finish()
    SourceHashPool(const SourceHashPool &) = delete;
    SourceHashPool &operator=(const SourceHashPool &) = delete;

    // Queues `task`, whose digest is recorded under `index` when it succeeds.
    void add(int index, Task task);
    // Waits for every queued task (or for the stop). The first failure ends its worker.
    void finish();

    // For tasks: `bytes` more were hashed (and written).
    void count(qint64 bytes) { m_hashed.fetch_add(bytes, std::memory_order_relaxed); }
    qint64 hashedBytes() const { return m_hashed.load(std::memory_order_relaxed); }
    // 64 hex digits, or empty when the task did not finish (stopped, failed).
    QByteArray digest(int index);
    // The first task's problem; empty when none.
    QString error();

private:
    struct Job {
        int index;
        Task task;
    };
    void run(qint64 bufferSize);

    const std::atomic<bool> &m_stop;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_closed = false;
    QHash<int, QByteArray> m_results;
    QString m_error;
    std::atomic<qint64> m_hashed{0};
};
