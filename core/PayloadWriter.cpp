// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadWriter.h"
#include "CoreLogging.h"
#include "Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <numeric>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

constexpr qint64 CopyChunk = 8 * 1024 * 1024; // one progress step; ~25 ms in the kernel
constexpr qint64 IoChunk = 1024 * 1024;

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// A file descriptor that closes itself.
struct Fd {
    int fd = -1;
    explicit Fd(int f)
        : fd(f)
    {
    }
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
};

bool pwriteAll(int fd, const char *data, qint64 length, qint64 offset)
{
    while (length > 0) {
        const ssize_t n = ::pwrite(fd, data, size_t(length), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        length -= n;
        offset += n;
    }
    return true;
}

// Hashes the entries' sources on as many threads as there are cores while the writer copies
// them: the largest first, so that the cores finish together, and all of it overlapped with
// the copy instead of trailing it. The writer's size checks before and after each copy make
// sure the bytes hashed are the bytes written (and "verify after writing" re-reads the image).
class HashPool
{
public:
    HashPool(const std::atomic<bool> &stop, int threads)
        : m_stop(stop)
    {
        for (int i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { run(); });
    }
    ~HashPool() { finish(); }

    void add(int index, const QString &path, qint64 offset, qint64 size)
    {
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back(Job{index, path, offset, size});
        }
        m_wake.notify_one();
    }

    // Waits for every queued job; returns the digests by entry index.
    void finish()
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

    qint64 hashedBytes() const { return m_hashed.load(std::memory_order_relaxed); }
    QByteArray digest(int index)
    {
        std::lock_guard lock(m_mutex);
        return m_results.value(index);
    }
    QString error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    struct Job {
        int index;
        QString path;
        qint64 offset;
        qint64 size;
    };

    void run()
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
            Fd fd(::open(QFile::encodeName(job.path).constData(), O_RDONLY | O_CLOEXEC));
            QString readError;
            const bool ok = hash.addFileRange(fd.fd, job.offset, job.size,
                                              [this](qint64 n) {
                                                  m_hashed.fetch_add(n, std::memory_order_relaxed);
                                                  return !m_stop.load(std::memory_order_relaxed);
                                              },
                                              &readError);
            if (!ok) {
                std::lock_guard lock(m_mutex);
                if (!readError.isEmpty())
                    m_error = readError;
                return;
            }
            const QByteArray digest = hash.hexResult();
            std::lock_guard lock(m_mutex);
            m_results.insert(job.index, digest);
        }
    }

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

} // namespace

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
    m_manifest = Manifest{};

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
    QTemporaryFile temp(outInfo.absoluteDir().filePath(QLatin1Char('.') + outInfo.fileName() + QLatin1String(".XXXXXX.part")));
    if (!temp.open())
        return fail(tr("%1: cannot create a file in %2: %3").arg(outputPath, outInfo.absolutePath(), temp.errorString()));
    const int out = temp.handle();
    const QString tempPath = temp.fileName();

    std::atomic<bool> stop{false};
    auto canceled = [&] {
        if (!stop.load() && control.canceled())
            stop = true;
        return stop.load();
    };
    const qint64 payload = plan.payloadBytes();
    const qint64 total = options.computeSha256 ? 2 * payload : payload;
    std::unique_ptr<HashPool> hashes;
    if (options.computeSha256) {
        hashes = std::make_unique<HashPool>(stop, std::max(1, QThread::idealThreadCount()));
        QList<int> order(planned.entries().size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return planned.entries().at(a).size > planned.entries().at(b).size; });
        for (int i : std::as_const(order)) {
            const BuildEntry &e = planned.entries().at(i);
            hashes->add(i, e.sourcePath, e.sourceOffset, e.size);
        }
    }
    auto hashedBytes = [&] { return hashes ? hashes->hashedBytes() : 0; };
    auto abort = [&](const QString &message) {
        stop = true;
        hashes.reset();
        return fail(message);
    };

    QByteArray header(PayloadFormat::imageHeaderSize(layout), '\0');
    std::memcpy(header.data(), PayloadFormat::Magic, PayloadFormat::MagicSize);
    PayloadFormat::writeField(header.data() + PayloadFormat::MagicSize, layout, quint64(planned.entries().size()));
    qint64 offset = 0;
    if (!pwriteAll(out, header.constData(), header.size(), offset))
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

        Fd src(::open(QFile::encodeName(e.sourcePath).constData(), O_RDONLY | O_CLOEXEC));
        if (src.fd < 0)
            return entryError(errno == ENOENT ? tr("the source file vanished since it was added")
                                              : tr("cannot open the source: %1").arg(errnoText(errno)));
        struct stat st {};
        ::fstat(src.fd, &st);
        if (e.wholeFile && qint64(st.st_size) != e.size)
            return entryError(tr("the source changed size since it was added (%1 bytes, now %2)").arg(e.size).arg(qint64(st.st_size)));

        QByteArray entryHeader(PayloadFormat::entryHeaderSize(layout), '\0');
        PayloadFormat::writeField(entryHeader.data(), layout, quint64(e.name.size()));
        PayloadFormat::writeField(entryHeader.data() + fieldSize, layout, quint64(e.size));
        entryHeader += e.name;
        if (!pwriteAll(out, entryHeader.constData(), entryHeader.size(), offset))
            return entryError(tr("write error at byte %1: %2").arg(offset).arg(errnoText(errno)));
        offset += entryHeader.size();

        qint64 done = 0;
        while (done < e.size) {
            if (canceled())
                break;
            const qint64 want = std::min(CopyChunk, e.size - done);
            qint64 n = -1;
            if (kernelCopy) {
                loff_t inOff = e.sourceOffset + done;
                loff_t outOff = offset;
                n = ::copy_file_range(src.fd, &inOff, out, &outOff, size_t(want), 0);
                if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP || errno == EPERM)) {
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
                    const ssize_t r = ::pread(src.fd, copyBuffer.data(), size_t(std::min<qint64>(IoChunk, want - chunkDone)),
                                              off_t(e.sourceOffset + done + chunkDone));
                    if (r < 0 && errno == EINTR)
                        continue;
                    if (r <= 0) {
                        n = r < 0 ? -1 : chunkDone;
                        break;
                    }
                    if (!pwriteAll(out, copyBuffer.constData(), r, offset + chunkDone))
                        return entryError(tr("write error at byte %1: %2").arg(offset + chunkDone).arg(errnoText(errno)));
                    chunkDone += r;
                    n = chunkDone;
                }
            }
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                const int err = errno;
                if (err == ENOSPC || err == EFBIG || err == EDQUOT)
                    return entryError(tr("no space left while writing byte %1 of the image").arg(offset));
                return entryError(tr("copy error at byte %1 of the source: %2").arg(e.sourceOffset + done).arg(errnoText(err)));
            }
            if (n == 0)
                return entryError(tr("the source changed size while it was copied (ended after %1 of %2 bytes)").arg(done).arg(e.size));
            done += n;
            offset += n;
            copied += n;
            control.report(copied + hashedBytes(), total, name);
        }
        if (stop.load())
            break;
        ::fstat(src.fd, &st);
        if (e.wholeFile && qint64(st.st_size) != e.size)
            return entryError(tr("the source changed size while it was copied (%1 bytes, now %2)").arg(e.size).arg(qint64(st.st_size)));
    }

    if (hashes && !stop.load()) {
        // Wait for the hashers, reporting their progress and still honouring a cancel.
        while (hashes->hashedBytes() < payload && !canceled() && hashes->error().isEmpty()) {
            control.report(copied + hashes->hashedBytes(), total, tr("computing SHA-256"));
            QThread::msleep(50);
        }
        hashes->finish();
        if (!hashes->error().isEmpty())
            return abort(tr("%1: cannot read back the image for hashing: %2").arg(outputPath, hashes->error()));
    }
    if (stop.load()) {
        hashes.reset();
        m_canceled = true;
        return fail(tr("%1: the build was canceled; nothing was written").arg(outputPath));
    }

    const qint64 finalSize = PayloadFormat::paddedSize(offset, options.padTo);
    if (finalSize != offset && ::ftruncate(out, off_t(finalSize)) != 0)
        return abort(tr("%1: cannot pad the image to %2 bytes: %3").arg(outputPath).arg(finalSize).arg(errnoText(errno)));
    if (options.syncToDisk && ::fsync(out) != 0)
        return abort(tr("%1: cannot flush the image to disk: %2").arg(outputPath, errnoText(errno)));
    // Temporary files are created 0600; an image is an ordinary file like any other.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(out, 0666 & ~mask);
    temp.close();

    const QByteArray from = QFile::encodeName(tempPath);
    const QByteArray to = QFile::encodeName(outInfo.absoluteFilePath());
    if (options.overwrite) {
        if (::rename(from.constData(), to.constData()) != 0)
            return abort(tr("%1: cannot move the finished image into place: %2").arg(outputPath, errnoText(errno)));
    } else {
        // link() refuses to replace a file that appeared while we were writing.
        // File systems without hard links (vfat) fall back to a plain rename.
        if (::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
        } else if (errno == EEXIST) {
            return abort(tr("%1: the file appeared while the image was written; not replaced").arg(outputPath));
        } else if (::rename(from.constData(), to.constData()) != 0) {
            return abort(tr("%1: cannot move the finished image into place: %2").arg(outputPath, errnoText(errno)));
        }
    }
    temp.setAutoRemove(false);

    m_manifest = Manifest::fromPlan(plan);
    m_manifest.imageSize = finalSize;
    if (hashes)
        for (int i = 0; i < m_manifest.entries.size(); ++i)
            m_manifest.entries[i].sha256 = hashes->digest(i);
    control.report(total, total, QString());
    return true;
}
