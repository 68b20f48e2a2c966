// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// Hashes byte ranges of files on worker threads while the writer copies them: queued largest
// first by the writer so that the cores finish together, and all of it overlapped with the
// copy instead of trailing it. The writer's checks before and after each copy make sure the
// bytes hashed are the bytes written.
class SourceHashPool
{
public:
    // Starts `threads` workers; they stop early once `stop` is set.
    SourceHashPool(const std::atomic<bool> &stop, int threads);
    ~SourceHashPool(); // finish()
    SourceHashPool(const SourceHashPool &) = delete;
    SourceHashPool &operator=(const SourceHashPool &) = delete;

    // Queues `size` bytes of `path` from `offset`, whose digest is recorded under `index`.
    void add(int index, const QString &path, qint64 offset, qint64 size);
    // Waits for every queued range (or for the stop).
    void finish();

    qint64 hashedBytes() const { return m_hashed.load(std::memory_order_relaxed); }
    // 64 hex digits, or empty when the range was not hashed (stopped, failed).
    QByteArray digest(int index);
    // The first read error, naming the file and the byte offset; empty when none.
    QString error();

private:
    struct Job {
        int index;
        QString path;
        qint64 offset;
        qint64 size;
    };
    void run();

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
