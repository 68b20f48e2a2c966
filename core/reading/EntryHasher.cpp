// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntryHasher.h"
#include "PayloadReader.h"
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

QList<QByteArray> EntryHasher::hash(const PayloadReader &reader, const QList<int> &indices, const JobControl &control,
                                    QString *error, bool *canceled)
{
    const QList<PayloadEntry> &entries = reader.entries();
    QList<int> order = indices;
    if (order.isEmpty())
        for (int i = 0; i < entries.size(); ++i)
            order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return entries.at(a).size > entries.at(b).size; });

    qint64 total = 0;
    for (int i : std::as_const(order))
        total += entries.at(i).size;

    QList<QByteArray> digests(entries.size());
    std::atomic<int> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    QString firstError;
    const QByteArray path = QFile::encodeName(reader.fileName());

    auto worker = [&] {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            std::lock_guard lock(mutex);
            firstError = tr("%1: cannot open: %2").arg(reader.fileName(), QString::fromLocal8Bit(std::strerror(errno)));
            stop = true;
            return;
        }
        Sha256 sha;
        for (int k = next++; k < order.size() && !stop; k = next++) {
            const PayloadEntry &e = entries.at(order.at(k));
            QString readError;
            const bool ok = sha.addFileRange(fd, e.dataOffset, e.size,
                                             [&](qint64 n) {
                                                 done += n;
                                                 return !stop.load();
                                             },
                                             &readError);
            if (ok) {
                digests[e.index] = sha.hexResult();
            } else if (!readError.isEmpty()) {
                std::lock_guard lock(mutex);
                firstError = tr("%1: entry %2 \"%3\" at byte %4: %5")
                                 .arg(reader.fileName())
                                 .arg(e.index)
                                 .arg(e.name())
                                 .arg(e.dataOffset)
                                 .arg(readError);
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
        *error = tr("%1: hashing was canceled").arg(reader.fileName());
        return {};
    }
    if (!firstError.isEmpty()) {
        *error = firstError;
        return {};
    }
    control.report(total, total, QString());
    return digests;
}
