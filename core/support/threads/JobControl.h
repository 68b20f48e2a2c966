// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>

#include <atomic>
#include <functional>

// How a long core operation talks to whoever runs it: progress out, cancellation in. The
// GUI adapts it to QPromise, the CLI to a terminal progress line; both are optional.
// Callbacks may be invoked from worker threads and must be thread-safe.
struct JobControl
{
    // bytes done, bytes in all, the entry being worked on
    std::function<void(qint64 done, qint64 total, const QString &current)> progress;
    // polled between chunks; true stops the operation within one chunk
    std::function<bool()> isCanceled;

    bool canceled() const { return isCanceled && isCanceled(); }
    void report(qint64 done, qint64 total, const QString &current) const
    {
        if (progress)
            progress(done, total, current);
    }

    // A control whose isCanceled reads `flag`.
    static JobControl fromFlag(const std::atomic<bool> &flag)
    {
        JobControl c;
        c.isCanceled = [&flag] {
            return flag.load(std::memory_order_relaxed);
        };
        return c;
    }
};
