// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadWriter.h"
#include "CoreLogging.h"
#include "FileIdentity.h"
#include "PendingFile.h"
#include "PositionalIo.h"
#include "Sha256.h"
#include "SourceHashPool.h"
#include "SystemError.h"
#include "UniqueFd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 CopyChunk = 8 * 1024 * 1024; // one progress step; ~25 ms in the kernel
constexpr qint64 IoChunk = 1024 * 1024;
// A hashed entry goes through a buffer small enough to stay in the L2 cache between the read,
// the hash and the write.
constexpr qint64 HashChunk = 128 * 1024;

bool isNoSpace(int err)
{
    return err == ENOSPC || err == EFBIG || err == EDQUOT;
}

} // namespace

QString PayloadWriter::openProblem(int err)
{
    return err == ENOENT ? tr("the source file vanished since it was added")
                         : tr("cannot open the source: %1").arg(errnoText(err));
}

QString PayloadWriter::sourceProblem(const BuildEntry &e, int fd, bool copied)
{
    // One fstat serves both checks.
    const std::optional<FileIdentity> now = FileIdentity::ofFd(fd);
    const qint64 size = now ? now->size : -1;
    if (e.wholeFile && size != e.size)
        return copied ? tr("the source changed size while it was copied (%1 bytes, now %2)").arg(e.size).arg(size)
                      : tr("the source changed size since it was added (%1 bytes, now %2)").arg(e.size).arg(size);
    if (e.identity && now != e.identity)
        return copied ? tr("the source changed while it was copied (its size, modification or change time differs)")
                      : tr("the source changed since it was checked (its size, modification or change time differs)");
    return {};
}

QString PayloadWriter::copyHashed(const BuildEntry &e, int out, qint64 offset, SourceHashPool &pool,
    SourceHashPool::Worker &worker, const std::atomic<bool> &stop, bool &stopped)
{
    UniqueFd src(::open(QFile::encodeName(e.sourcePath).constData(), O_RDONLY | O_CLOEXEC));
    if (src.get() < 0)
        return openProblem(errno);
    if (const QString problem = sourceProblem(e, src.get(), false); !problem.isEmpty())
        return problem;
    char *buffer = worker.buffer.data();
    qint64 done = 0;
    while (done < e.size) {
        if (stop.load(std::memory_order_relaxed)) {
            stopped = true;
            return {};
        }
        const ssize_t n = ::pread(src.get(), buffer, size_t(std::min<qint64>(worker.buffer.size(), e.size - done)),
            off_t(e.sourceOffset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return tr("copy error at byte %1 of the source: %2").arg(e.sourceOffset + done).arg(errnoText(errno));
        if (n == 0)
            return tr("the source changed size while it was copied (ended after %1 of %2 bytes)").arg(done).arg(e.size);
        worker.hash.addData(buffer, n);
        if (!PositionalIo::writeAll(out, buffer, n, offset + done)) {
            const int err = errno;
            if (isNoSpace(err))
                return tr("no space left while writing byte %1 of the image").arg(offset + done);
            return tr("write error at byte %1: %2").arg(offset + done).arg(errnoText(err));
        }
        done += n;
        pool.count(n);
    }
    return sourceProblem(e, src.get(), true);
}

bool PayloadWriter::fail(const QString &message)
{
    m_error = message;
    qCDebug(lcCore) << "write failed:" << message;
    return false;
}

bool PayloadWriter::write(BuildPlan &plan, const QString &outputPath, const JobControl &control)
{
    m_error.clear();
    m_canceled = false;
    m_usedCopyFileRange = true;
    m_manifest = Manifest {};
    m_hashMismatches.clear();
    m_hashMismatchDigests.clear();

    if (!plan.isPrepared() && !plan.prepare())
        return fail(tr("%1: the build cannot start:\n%2").arg(outputPath, plan.problems().join(QLatin1Char('\n'))));
    const BuildPlan &planned = plan; // const from here on: mutable access would unprepare it
    const BuildOptions &options = planned.options();
    const PayloadFormat::Layout layout = options.layout;

    const QFileInfo outInfo(outputPath);
    if (outInfo.exists() && !options.overwrite)
        return fail(tr("%1: the file exists; choose another name or allow overwriting").arg(outputPath));
    if (outInfo.isDir())
        return fail(tr("%1: is a directory").arg(outputPath));

    // The temporary file lives beside the output so that the final rename stays within one
    // file system and is atomic.
    // It has no name until it is complete (PendingFile), so even a killed process leaves none.
    const int dirFd = ::open(QFile::encodeName(outInfo.absolutePath()).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fail(tr("%1: cannot create a file in %2: %3").arg(outputPath, outInfo.absolutePath(), errnoText(errno)));
    const auto closeDir = qScopeGuard([dirFd] { ::close(dirFd); });
    PendingFile temp(dirFd, QFile::encodeName(outInfo.fileName()));
    if (!temp.create())
        return fail(tr("%1: cannot create a file in %2: %3").arg(outputPath, outInfo.absolutePath(), errnoText(errno)));
    const int out = temp.handle();

    std::atomic<bool> stop {false};
    auto canceled = [&] {
        if (!stop.load() && control.canceled())
            stop = true;
        return stop.load();
    };
    const qint64 payload = plan.payloadBytes();
    // Which entries are hashed while copied: all of them when a manifest is asked for, and
    // those with an expected digest; never those whose digest is known already.
    auto needsHash = [&](const BuildEntry &e) {
        return e.knownSha256.isEmpty() && (options.computeSha256 || !e.expectedSha256.isEmpty());
    };
    qint64 hashTotal = 0;
    for (const BuildEntry &e : planned.entries())
        if (needsHash(e))
            hashTotal += e.size;
    const qint64 total = payload + hashTotal;
    std::unique_ptr<SourceHashPool> hashes;
    if (hashTotal > 0 || std::any_of(planned.entries().cbegin(), planned.entries().cend(), needsHash)) {
        // Hashed entries are copied by the pool's workers, each into its place in the image;
        // this thread writes the headers and copies the other entries meanwhile.
        const QList<qint64> dataOffsets = planned.dataOffsets();
        hashes = std::make_unique<SourceHashPool>(stop, std::max(1, QThread::idealThreadCount()), HashChunk);
        QList<int> order(planned.entries().size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return planned.entries().at(a).size > planned.entries().at(b).size; });
        for (int i : std::as_const(order)) {
            const BuildEntry &e = planned.entries().at(i);
            if (!needsHash(e))
                continue;
            m_usedCopyFileRange = false;
            SourceHashPool *pool = hashes.get();
            hashes->add(i, [&, pool, i, offset = dataOffsets.at(i)](SourceHashPool::Worker &worker, bool &stopped) {
                const BuildEntry &entry = planned.entries().at(i);
                const QString what = copyHashed(entry, out, offset, *pool, worker, stop, stopped);
                if (what.isEmpty())
                    return what;
                return tr("%1: entry %2 \"%3\" (%4): %5")
                    .arg(outputPath)
                    .arg(i)
                    .arg(QString::fromUtf8(entry.name), entry.sourcePath, what);
            });
        }
    }
    // A worker's byte is copied and hashed: it counts twice towards the total.
    auto hashedBytes = [&] {
        return hashes ? 2 * hashes->hashedBytes() : 0;
    };
    auto abort = [&](const QString &message) {
        stop = true;
        hashes.reset();
        return fail(message);
    };

    QByteArray header(PayloadFormat::imageHeaderSize(layout), '\0');
    std::memcpy(header.data(), PayloadFormat::Magic, PayloadFormat::MagicSize);
    PayloadFormat::writeField(header.data() + PayloadFormat::MagicSize, layout, quint64(planned.entries().size()));
    qint64 offset = 0;
    if (!PositionalIo::writeAll(out, header.constData(), header.size(), offset))
        return abort(tr("%1: write error at byte 0: %2").arg(outputPath, errnoText(errno)));
    offset += header.size();

    QByteArray copyBuffer;
    qint64 copied = 0;
    bool kernelCopy = true;
    const int fieldSize = PayloadFormat::fieldSize(layout);
    for (int i = 0; i < planned.entries().size(); ++i) {
        const BuildEntry &e = planned.entries().at(i);
        const QString name = QString::fromUtf8(e.name);
        auto entryError = [&](const QString &what) {
            return abort(tr("%1: entry %2 \"%3\" (%4): %5").arg(outputPath).arg(i).arg(name, e.sourcePath, what));
        };
        if (canceled())
            break;

        QByteArray entryHeader(PayloadFormat::entryHeaderSize(layout), '\0');
        PayloadFormat::writeField(entryHeader.data(), layout, quint64(e.name.size()));
        PayloadFormat::writeField(entryHeader.data() + fieldSize, layout, quint64(e.size));
        entryHeader += e.name;
        if (!PositionalIo::writeAll(out, entryHeader.constData(), entryHeader.size(), offset))
            return entryError(tr("write error at byte %1: %2").arg(offset).arg(errnoText(errno)));
        offset += entryHeader.size();
        if (hashes && needsHash(e)) {
            offset += e.size; // a worker copies it
            continue;
        }

        UniqueFd src(::open(QFile::encodeName(e.sourcePath).constData(), O_RDONLY | O_CLOEXEC));
        if (src.get() < 0)
            return entryError(openProblem(errno));
        if (const QString problem = sourceProblem(e, src.get(), false); !problem.isEmpty())
            return entryError(problem);

        qint64 done = 0;
        while (done < e.size) {
            if (canceled())
                break;
            const qint64 want = std::min(CopyChunk, e.size - done);
            qint64 n = -1;
            if (kernelCopy) {
                loff_t inOff = e.sourceOffset + done;
                loff_t outOff = offset;
                n = ::copy_file_range(src.get(), &inOff, out, &outOff, size_t(want), 0);
                if (n < 0 &&
                    (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP || errno == EPERM)) {
                    qCDebug(lcCore) << "copy_file_range unavailable, falling back to read/write:" << errnoText(errno);
                    kernelCopy = false;
                    m_usedCopyFileRange = false;
                    continue;
                }
            } else {
                if (copyBuffer.isEmpty())
                    copyBuffer.resize(IoChunk);
                qint64 chunkDone = 0;
                while (chunkDone < want) {
                    const ssize_t r = ::pread(src.get(), copyBuffer.data(),
                        size_t(std::min<qint64>(IoChunk, want - chunkDone)), off_t(e.sourceOffset + done + chunkDone));
                    if (r < 0 && errno == EINTR)
                        continue;
                    if (r <= 0) {
                        n = r < 0 ? -1 : chunkDone;
                        break;
                    }
                    if (!PositionalIo::writeAll(out, copyBuffer.constData(), r, offset + chunkDone))
                        return entryError(
                            tr("write error at byte %1: %2").arg(offset + chunkDone).arg(errnoText(errno)));
                    chunkDone += r;
                    n = chunkDone;
                }
            }
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                const int err = errno;
                if (isNoSpace(err))
                    return entryError(tr("no space left while writing byte %1 of the image").arg(offset));
                return entryError(
                    tr("copy error at byte %1 of the source: %2").arg(e.sourceOffset + done).arg(errnoText(err)));
            }
            if (n == 0)
                return entryError(tr("the source changed size while it was copied (ended after %1 of %2 bytes)")
                                      .arg(done)
                                      .arg(e.size));
            done += n;
            offset += n;
            copied += n;
            control.report(copied + hashedBytes(), total, name);
        }
        if (stop.load())
            break;
        if (const QString problem = sourceProblem(e, src.get(), true); !problem.isEmpty())
            return entryError(problem);
    }

    if (hashes && !stop.load()) {
        // Wait for the hashers, reporting their progress and still honouring a cancel.
        while (hashes->hashedBytes() < hashTotal && !canceled() && hashes->error().isEmpty()) {
            control.report(copied + hashedBytes(), total, tr("computing SHA-256"));
            QThread::msleep(50);
        }
        hashes->finish();
        if (!hashes->error().isEmpty())
            return abort(hashes->error());
        for (int i = 0; i < planned.entries().size(); ++i) {
            const BuildEntry &e = planned.entries().at(i);
            const QByteArray actual = hashes->digest(i);
            if (!e.expectedSha256.isEmpty() && !actual.isEmpty() && actual != e.expectedSha256) {
                m_hashMismatchDigests.append({i, actual});
                m_hashMismatches << tr("entry %1 \"%2\" (%3): SHA-256 %4, expected %5")
                                        .arg(i)
                                        .arg(QString::fromUtf8(e.name), e.sourcePath, QString::fromLatin1(actual),
                                            QString::fromLatin1(e.expectedSha256));
            }
        }
        if (!m_hashMismatches.isEmpty())
            return abort(tr("%1: %n source(s) do not have the expected SHA-256; nothing was written:\n%2", nullptr,
                int(m_hashMismatches.size()))
                             .arg(outputPath, m_hashMismatches.join(QLatin1Char('\n'))));
    }
    if (stop.load()) {
        hashes.reset();
        m_canceled = true;
        return fail(tr("%1: the build was canceled; nothing was written").arg(outputPath));
    }

    const qint64 finalSize = PayloadFormat::paddedSize(offset, options.padTo);
    if (finalSize != offset && ::ftruncate(out, off_t(finalSize)) != 0)
        return abort(
            tr("%1: cannot pad the image to %2 bytes: %3").arg(outputPath).arg(finalSize).arg(errnoText(errno)));
    if (options.syncToDisk && ::fsync(out) != 0)
        return abort(tr("%1: cannot flush the image to disk: %2").arg(outputPath, errnoText(errno)));
    // Temporary files are created 0600; an image is an ordinary file like any other.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(out, 0666 & ~mask);
    m_manifest = Manifest::fromPlan(plan);
    m_manifest.imageSize = finalSize;
    for (int i = 0; i < m_manifest.entries.size(); ++i) {
        const BuildEntry &e = planned.entries().at(i);
        if (!e.knownSha256.isEmpty())
            m_manifest.entries[i].sha256 = e.knownSha256;
        else if (hashes)
            m_manifest.entries[i].sha256 = hashes->digest(i);
    }
    if (m_finalCheck) {
        bool checkCanceled = false;
        const QString problem = m_finalCheck(QString::fromLocal8Bit(temp.path()), &checkCanceled);
        if (!problem.isEmpty()) {
            m_canceled = checkCanceled;
            return abort(problem);
        }
    }
    if (!temp.publish(options.overwrite)) {
        // Without overwriting, the name is taken atomically: a file that appeared at it while
        // the image was written is refused, not replaced.
        if (errno == EEXIST)
            return abort(tr("%1: the file appeared while the image was written; not replaced").arg(outputPath));
        return abort(tr("%1: cannot move the finished image into place: %2").arg(outputPath, errnoText(errno)));
    }

    control.report(total, total, QString());
    return true;
}
