// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "RangeHasher.h"
#include "Sha256.h"

#include <QFile>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>

QList<QByteArray> RangeHasher::hash(const QString &path, const QList<HashRange> &ranges, const QList<int> &indices,
    const JobControl &control, const Describe &describe, QString *error, bool *canceled)
{
    QList<int> order = indices;
    if (order.isEmpty())
        for (int i = 0; i < ranges.size(); ++i)
            order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return ranges.at(a).size > ranges.at(b).size; });

    qint64 total = 0;
    for (int i : std::as_const(order))
        total += ranges.at(i).size;

    QList<QByteArray> digests(ranges.size());
    std::atomic<int> next {0};
    std::atomic<qint64> done {0};
    std::atomic<bool> stop {false};
    std::mutex mutex;
    QString firstError;
    const QByteArray encoded = QFile::encodeName(path);

    auto worker = [&] {
        const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            const int err = errno;
            std::lock_guard lock(mutex);
            firstError = tr("%1: cannot open: %2").arg(path, QString::fromLocal8Bit(std::strerror(err)));
            stop = true;
            return;
        }
        Sha256 sha;
        for (int k = next++; k < order.size() && !stop; k = next++) {
            const int index = order.at(k);
            const HashRange &r = ranges.at(index);
            QString readError;
            const bool ok = sha.addFileRange(
                fd, r.offset, r.size,
                [&](qint64 n) {
                    done += n;
                    // JobControl's callbacks are thread-safe: a cancel stops within one chunk,
                    // not only at the calling thread's next look.
                    if (control.canceled())
                        stop = true;
                    return !stop.load();
                },
                &readError);
            if (ok) {
                digests[index] = sha.hexResult();
            } else if (!readError.isEmpty()) {
                std::lock_guard lock(mutex);
                //: file: where in it (an entry or record): the read error
                firstError = tr("%1: %2: %3").arg(path, describe ? describe(index) : QString::number(index), readError);
                stop = true;
            }
        }
        ::close(fd);
    };

    const int threads = std::max(1, std::min<int>(QThread::idealThreadCount(), int(order.size())));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    // The calling thread reports progress and watches for a cancel while the pool works.
    std::thread last(worker);
    while (next.load() <= order.size() && done.load() < total && !stop.load()) {
        if (control.canceled())
            stop = true;
        control.report(done.load(), total, QString());
        QThread::msleep(30);
        std::lock_guard lock(mutex);
        if (!firstError.isEmpty())
            break;
    }
    last.join();
    for (std::thread &t : pool)
        t.join();
    const bool wasCanceled = stop.load() && firstError.isEmpty();
    if (canceled)
        *canceled = wasCanceled;
    if (wasCanceled) {
        *error = tr("%1: hashing was canceled").arg(path);
        return {};
    }
    if (!firstError.isEmpty()) {
        *error = firstError;
        return {};
    }
    control.report(total, total, QString());
    return digests;
}
