// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ByteSource.h"
#include "SystemError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 ChunkSize = 1024 * 1024;

class FileSource final : public ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(ByteSource)
public:
    FileSource(int fd, qint64 size, QString path)
        : m_fd(fd)
        , m_size(size)
        , m_path(std::move(path))
    { }
    ~FileSource() override { ::close(m_fd); }

    qint64 size() const override { return m_size; }
    QString error() const override { return m_error; }
    QString reopenablePath() const override { return m_path; }

    qint64 readAt(qint64 offset, char *buffer, qint64 length) override
    {
        if (length <= MaxCachedRead)
            return readCached(offset, buffer, length);
        return readDirect(offset, buffer, length);
    }

    qint64 readDirect(qint64 offset, char *buffer, qint64 length)
    {
        qint64 done = 0;
        while (done < length) {
            const ssize_t n = ::pread(m_fd, buffer + done, size_t(length - done), off_t(offset + done));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_error = tr("read error at byte %1: %2").arg(offset + done).arg(errnoText(errno));
                return -1;
            }
            if (n == 0)
                break;
            done += n;
        }
        return done;
    }

    // Entry headers and names are small and read in increasing order: serving them from a
    // read-ahead block makes walking 200,000 small entries cost a few hundred preads instead
    // of one or two per entry (syscalls dominated `lbpayload list` of such an image). The
    // block grows while it serves several reads and shrinks back to a page when headers lie
    // far apart, so that large entries do not make every header read cost 64 KiB.
    qint64 readCached(qint64 offset, char *buffer, qint64 length)
    {
        if (offset < m_blockStart || offset + length > m_blockStart + m_blockLength) {
            if (m_hits > 1)
                m_window = std::min(m_window * 2, MaxReadAhead);
            else if (m_hits == 0)
                m_window = std::max(m_window / 2, MinReadAhead);
            m_hits = 0;
            if (!m_block)
                m_block = std::make_unique<char[]>(MaxReadAhead);
            m_blockLength = 0;
            const qint64 n = readDirect(offset, m_block.get(), std::max(length, m_window));
            if (n < 0)
                return -1;
            m_blockLength = n;
            m_blockStart = offset;
        } else {
            ++m_hits;
        }
        const qint64 n = std::min(length, m_blockStart + m_blockLength - offset);
        std::memcpy(buffer, m_block.get() + (offset - m_blockStart), size_t(n));
        return n;
    }

    qint64 consume(qint64 offset, qint64 length, const std::function<bool(const char *, qint64)> &sink) override
    {
        if (!sink)
            return std::min(length, std::max<qint64>(0, m_size - offset));
        QByteArray buffer(int(std::min(length, ChunkSize)), Qt::Uninitialized);
        qint64 done = 0;
        while (done < length) {
            const qint64 n = readAt(offset + done, buffer.data(), std::min<qint64>(buffer.size(), length - done));
            if (n < 0)
                return -1;
            if (n == 0)
                break;
            if (!sink(buffer.constData(), n))
                return done + n;
            done += n;
        }
        return done;
    }

private:
    static constexpr qint64 MaxCachedRead = 4096;
    static constexpr qint64 MinReadAhead = 512;
    static constexpr qint64 MaxReadAhead = 64 * 1024;
    static_assert(MaxCachedRead <= MaxReadAhead, "a cached read must fit the block");
    int m_fd;
    std::unique_ptr<char[]> m_block; // MaxReadAhead bytes, allocated on first use
    qint64 m_blockStart = 0; // m_block holds bytes [m_blockStart, m_blockStart + m_blockLength)
    qint64 m_blockLength = 0;
    qint64 m_window = MinReadAhead;
    int m_hits = 0; // reads served from the block since it was filled
    qint64 m_size;
    QString m_path;
    QString m_error;
};

class StreamSource final : public ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(ByteSource)
public:
    explicit StreamSource(QIODevice *device)
        : m_device(device)
    { }

    qint64 size() const override { return -1; }
    QString error() const override { return m_error; }
    QString reopenablePath() const override { return {}; }

    qint64 readAt(qint64 offset, char *buffer, qint64 length) override
    {
        qint64 done = 0;
        if (offset < m_position) {
            // Only the first bytes are kept, so that the header can be looked at twice.
            if (m_position > m_prefix.size()) {
                m_failed = true;
                m_error = tr("cannot read byte %1 again from a stream").arg(offset);
                return -1;
            }
            done = std::min<qint64>(length, m_position - offset);
            std::memcpy(buffer, m_prefix.constData() + offset, size_t(done));
            if (done == length)
                return done;
        } else if (!skipTo(offset)) {
            return m_failed ? -1 : 0;
        }
        while (done < length) {
            const qint64 n = readSome(buffer + done, length - done);
            if (n < 0)
                return -1;
            if (n == 0)
                break;
            done += n;
        }
        return done;
    }

    qint64 consume(qint64 offset, qint64 length, const std::function<bool(const char *, qint64)> &sink) override
    {
        if (!skipTo(offset))
            return m_failed ? -1 : 0;
        QByteArray buffer(int(std::min(length, ChunkSize)), Qt::Uninitialized);
        qint64 done = 0;
        while (done < length) {
            const qint64 n = readSome(buffer.data(), std::min<qint64>(buffer.size(), length - done));
            if (n < 0)
                return -1;
            if (n == 0)
                break;
            done += n;
            if (sink && !sink(buffer.constData(), n))
                return done;
        }
        return done;
    }

private:
    // Reads what is available, blocking until at least one byte arrives or the stream ends.
    qint64 readSome(char *buffer, qint64 length)
    {
        for (;;) {
            const qint64 n = m_device->read(buffer, length);
            if (n < 0) {
                m_failed = true;
                m_error = tr("read error at byte %1: %2").arg(m_position).arg(m_device->errorString());
                return -1;
            }
            if (n > 0) {
                if (m_position == m_prefix.size() && m_position < PrefixSize)
                    m_prefix.append(buffer, std::min<qint64>(n, PrefixSize - m_position));
                m_position += n;
                return n;
            }
            // Files (standard input) and buffers report the end by returning 0 and not waiting.
            if (!m_device->waitForReadyRead(-1))
                return 0;
        }
    }

    bool skipTo(qint64 offset)
    {
        char scratch[64 * 1024];
        while (m_position < offset) {
            const qint64 n = readSome(scratch, std::min<qint64>(sizeof scratch, offset - m_position));
            if (n <= 0)
                return false;
        }
        return m_position == offset;
    }

    static constexpr qint64 PrefixSize = 64;
    QIODevice *m_device;
    QByteArray m_prefix;
    qint64 m_position = 0;
    bool m_failed = false;
    QString m_error;
};

} // namespace

std::unique_ptr<ByteSource> ByteSource::openFile(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QCoreApplication::translate("ByteSource", "cannot open: %1").arg(errnoText(errno));
        return nullptr;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISBLK(st.st_mode))) {
        *error = S_ISDIR(st.st_mode)
            ? QCoreApplication::translate("ByteSource", "is a directory, not an image")
            : QCoreApplication::translate("ByteSource", "is not a regular file or a block device");
        ::close(fd);
        return nullptr;
    }
    // Block devices report a size of 0 through stat; seeking to the end tells the truth.
    const off_t end = ::lseek(fd, 0, SEEK_END);
    if (end < 0) {
        *error = QCoreApplication::translate("ByteSource", "cannot determine the size: %1").arg(errnoText(errno));
        ::close(fd);
        return nullptr;
    }
    // The table walk reads a few bytes per entry, far apart: kernel read-ahead would only pull
    // in data pages nobody asked for (a whole disk's worth on a cold cache).
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_RANDOM);
    return std::make_unique<FileSource>(fd, qint64(end), QFileInfo(path).absoluteFilePath());
}

std::unique_ptr<ByteSource> ByteSource::fromStream(QIODevice *device)
{
    return std::make_unique<StreamSource>(device);
}
