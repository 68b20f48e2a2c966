// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "RangeHasher.h"
#include "ParallelWork.h"
#include "Sha256.h"
#include "UniqueFd.h"

#include <QFile>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
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
    std::atomic<qint64> done {0};
    std::mutex mutex;
    QString firstError;
    const QByteArray encoded = QFile::encodeName(path);
    auto failWith = [&](const QString &message) {
        std::lock_guard lock(mutex);
        if (firstError.isEmpty())
            firstError = message;
        return false;
    };

    ParallelWork work(int(order.size()));
    const bool finished = work.runPerThread(
        [&]() -> ParallelWork::Item {
            // One descriptor and one hash state per thread, for all the ranges it takes.
            const int raw = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC);
            const int openErrno = errno;
            auto fd = std::make_shared<UniqueFd>(raw);
            auto sha = std::make_shared<Sha256>();
            return [&, fd, sha, openErrno](int k) {
                if (!fd->isValid())
                    return failWith(
                        tr("%1: cannot open: %2").arg(path, QString::fromLocal8Bit(std::strerror(openErrno))));
                const int index = order.at(k);
                const HashRange &r = ranges.at(index);
                QString readError;
                const bool ok = sha->addFileRange(
                    fd->get(), r.offset, r.size,
                    [&](qint64 n) {
                        done += n;
                        // JobControl's callbacks are thread-safe: a cancel stops within one
                        // chunk, not only at the calling thread's next look.
                        if (control.canceled())
                            work.stop();
                        return !work.stopping();
                    },
                    &readError);
                if (ok) {
                    digests[index] = sha->hexResult();
                    return true;
                }
                if (readError.isEmpty())
                    return false; // canceled within the range
                //: file: where in it (an entry or record): the read error
                return failWith(
                    tr("%1: %2: %3").arg(path, describe ? describe(index) : QString::number(index), readError));
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
