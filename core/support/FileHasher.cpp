// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FileHasher.h"
#include "Sha256.h"
#include "SystemError.h"

#include <QFile>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

QList<QByteArray> FileHasher::hash(const QStringList &paths, const JobControl &control, QString *error, bool *canceled)
{
    // Sizes only order the work and scale the progress; the hash covers whatever is read.
    QList<qint64> sizes(paths.size(), 0);
    qint64 total = 0;
    for (int i = 0; i < paths.size(); ++i) {
        struct stat st = {};
        if (::stat(QFile::encodeName(paths.at(i)).constData(), &st) == 0)
            sizes[i] = qint64(st.st_size);
        total += sizes.at(i);
    }
    QList<int> order(paths.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sizes.at(a) > sizes.at(b); });

    QList<QByteArray> digests(paths.size());
    std::atomic<int> next {0};
    std::atomic<int> finished {0};
    std::atomic<qint64> done {0};
    std::atomic<bool> stop {false};
    std::mutex mutex;
    QString firstError;
    auto failWith = [&](const QString &message) {
        std::lock_guard lock(mutex);
        if (firstError.isEmpty())
            firstError = message;
        stop = true;
    };

    auto worker = [&] {
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        Sha256 sha;
        for (int k = next++; k < order.size() && !stop; k = next++) {
            const int index = order.at(k);
            const QString &path = paths.at(index);
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                failWith(tr("%1: cannot open: %2").arg(path, errnoText(errno)));
                break;
            }
            qint64 read = 0;
            for (;;) {
                if (stop)
                    break;
                const ssize_t n = ::pread(fd, buffer.data(), size_t(buffer.size()), off_t(read));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0) {
                    failWith(tr("%1: read error at byte %2: %3").arg(path).arg(read).arg(errnoText(errno)));
                    break;
                }
                if (n == 0)
                    break;
                sha.addData(buffer.constData(), n);
                read += n;
                done += n;
            }
            ::close(fd);
            if (stop)
                break;
            digests[index] = sha.hexResult();
            ++finished;
        }
    };

    const int threads = std::max(1, std::min<int>(QThread::idealThreadCount(), int(order.size())));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    // This thread reports progress and watches for a cancel while the pool works.
    while (finished.load() < order.size() && !stop.load()) {
        if (control.canceled())
            stop = true;
        control.report(done.load(), total, QString());
        QThread::msleep(30);
    }
    for (std::thread &t : pool)
        t.join();

    const bool wasCanceled = stop.load() && firstError.isEmpty();
    if (canceled)
        *canceled = wasCanceled;
    if (wasCanceled) {
        *error = tr("hashing was canceled");
        return {};
    }
    if (!firstError.isEmpty()) {
        *error = firstError;
        return {};
    }
    control.report(done.load(), std::max(total, done.load()), QString());
    return digests;
}
