// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FileHasher.h"
#include "ParallelWork.h"
#include "Sha256.h"
#include "SystemError.h"

#include <QFile>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
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
    std::atomic<qint64> done {0};
    std::mutex mutex;
    QString firstError;
    auto failWith = [&](const QString &message) {
        std::lock_guard lock(mutex);
        if (firstError.isEmpty())
            firstError = message;
        return false;
    };

    ParallelWork work(int(order.size()));
    const bool finished = work.runPerThread(
        [&]() -> ParallelWork::Item {
            // Each thread's own buffer and hash state, for all the files it takes.
            auto buffer = std::make_shared<QByteArray>(1024 * 1024, Qt::Uninitialized);
            auto sha = std::make_shared<Sha256>();
            return [&, buffer, sha](int k) {
                const int index = order.at(k);
                const QString &path = paths.at(index);
                const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
                if (fd < 0)
                    return failWith(tr("%1: cannot open: %2").arg(path, errnoText(errno)));
                qint64 read = 0;
                for (;;) {
                    if (work.stopping())
                        break;
                    const ssize_t n = ::pread(fd, buffer->data(), size_t(buffer->size()), off_t(read));
                    if (n < 0 && errno == EINTR)
                        continue;
                    if (n < 0) {
                        const int err = errno;
                        ::close(fd);
                        return failWith(tr("%1: read error at byte %2: %3").arg(path).arg(read).arg(errnoText(err)));
                    }
                    if (n == 0)
                        break;
                    sha->addData(buffer->constData(), n);
                    read += n;
                    done += n;
                }
                ::close(fd);
                if (work.stopping())
                    return false; // canceled mid-file: this file has no digest
                digests[index] = sha->hexResult();
                return true;
            };
        },
        // This thread reports progress and watches for a cancel while the threads work.
        [&] {
            control.report(done.load(), total, QString());
            return !control.canceled();
        });

    const bool wasCanceled = !finished && firstError.isEmpty();
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
