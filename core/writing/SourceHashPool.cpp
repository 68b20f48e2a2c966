// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SourceHashPool.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

SourceHashPool::SourceHashPool(const std::atomic<bool> &stop, int threads)
    : m_stop(stop)
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { run(); });
}

SourceHashPool::~SourceHashPool()
{
    finish();
}

void SourceHashPool::add(int index, const QString &path, qint64 offset, qint64 size)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job{index, path, offset, size});
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

void SourceHashPool::run()
{
    Sha256 hash;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_closed || !m_jobs.empty(); });
            if (m_jobs.empty())
                return;
            job = m_jobs.front();
            m_jobs.pop_front();
        }
        const int fd = ::open(QFile::encodeName(job.path).constData(), O_RDONLY | O_CLOEXEC);
        QString readError;
        bool ok = false;
        if (fd < 0) {
            readError = QCoreApplication::translate("SourceHashPool", "%1: cannot open: %2")
                            .arg(job.path, QString::fromLocal8Bit(std::strerror(errno)));
        } else {
            ok = hash.addFileRange(fd, job.offset, job.size,
                [this](qint64 n) {
                    m_hashed.fetch_add(n, std::memory_order_relaxed);
                    return !m_stop.load(std::memory_order_relaxed);
                },
                &readError);
            ::close(fd);
        }
        if (!ok) {
            std::lock_guard lock(m_mutex);
            if (!readError.isEmpty() && m_error.isEmpty())
                m_error = readError;
            return;
        }
        const QByteArray digest = hash.hexResult();
        std::lock_guard lock(m_mutex);
        m_results.insert(job.index, digest);
    }
}
