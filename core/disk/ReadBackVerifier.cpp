// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ReadBackVerifier.h"
#include "AlignedBuffer.h"
#include "Sha256.h"
#include "SystemError.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
constexpr qint64 ReadBackChunk = 4 * 1024 * 1024;

// Closes a descriptor on every return path.
struct ReadBackFd
{
    int fd = -1;
    ~ReadBackFd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// One pread, repeated only when a signal interrupts it. A short count is the end of the file or
// device: asking again at an offset that is no longer block-aligned would fail under O_DIRECT
// instead of returning 0.
qint64 readBackAt(int fd, char *buffer, qint64 length, qint64 offset)
{
    for (;;) {
        const ssize_t n = ::pread(fd, buffer, size_t(length), offset);
        if (n >= 0 || errno != EINTR)
            return n;
    }
}
} // namespace

ReadBackVerifier::ReadBackVerifier(const QString &imagePath, const QList<PayloadEntry> &entries,
    const QList<QByteArray> &imageDigests, qint64 imageSize, qint64 zeroTail)
    : m_imagePath(imagePath)
    , m_entries(entries)
    , m_imageDigests(imageDigests)
    , m_imageSize(imageSize)
    , m_zeroTail(zeroTail)
{ }

void ReadBackVerifier::report(const QString &line)
{
    ++m_differences;
    if (m_mismatches.size() < MaxReported)
        m_mismatches << line;
}

void ReadBackVerifier::finishEntry(int index, const QByteArray &digest)
{
    ++m_entriesChecked;
    const PayloadEntry &e = m_entries.at(index);
    const QByteArray expected = m_imageDigests.value(index);
    if (digest == expected)
        return;
    report(tr("%1: entry %2 \"%3\" (%4 bytes of data at byte %5): SHA-256 %6 on the disk, %7 in the image")
               .arg(m_targetPath)
               .arg(e.index)
               .arg(e.name())
               .arg(e.size)
               .arg(e.dataOffset)
               .arg(QString::fromLatin1(digest), QString::fromLatin1(expected)));
}

void ReadBackVerifier::compareBytes(int imageFd, qint64 offset, const char *disk, qint64 length)
{
    m_bytesCompared += length;
    // Up to the image's end the bytes are the image's; after it, the zeros of the tail.
    const qint64 fromImage = std::clamp<qint64>(m_imageSize - offset, 0, length);
    if (m_imageBytes.size() < length)
        m_imageBytes.resize(length);
    char *want = m_imageBytes.data();
    if (fromImage > 0 && readBackAt(imageFd, want, fromImage, offset) != fromImage) {
        m_error = tr("%1: cannot read %2 bytes at byte %3 to compare").arg(m_imagePath).arg(fromImage).arg(offset);
        return;
    }
    std::memset(want + fromImage, 0, size_t(length - fromImage));
    if (std::memcmp(want, disk, size_t(length)) == 0)
        return;
    for (qint64 i = 0; i < length; ++i) {
        if (want[i] == disk[i])
            continue;
        const qint64 at = offset + i;
        const QString what = at < m_imageSize ? tr("header or name byte") : tr("zero byte after the image");
        report(tr("%1: %2 at byte %3: 0x%4 on the disk, 0x%5 in the image")
                   .arg(m_targetPath, what)
                   .arg(at)
                   .arg(quint8(disk[i]), 2, 16, QLatin1Char('0'))
                   .arg(quint8(want[i]), 2, 16, QLatin1Char('0')));
        return; // one line per compared range is enough to locate the damage
    }
}

bool ReadBackVerifier::verify(const QString &targetPath, int alignment, const JobControl &control)
{
    m_targetPath = targetPath;
    const QByteArray target = QFile::encodeName(targetPath);
    ReadBackFd disk;
    disk.fd = ::open(target.constData(), O_RDONLY | O_CLOEXEC | O_DIRECT);
    m_direct = disk.fd >= 0;
    if (disk.fd < 0 && errno == EINVAL) {
        // tmpfs and some FUSE file systems refuse O_DIRECT: drop the cached pages instead,
        // which for a file just synced leaves the reads to the storage.
        disk.fd = ::open(target.constData(), O_RDONLY | O_CLOEXEC);
        if (disk.fd >= 0)
            ::posix_fadvise(disk.fd, 0, 0, POSIX_FADV_DONTNEED);
    }
    if (disk.fd < 0) {
        const int err = errno;
        m_error = tr("%1: cannot open for reading back: %2").arg(targetPath, errnoText(err));
        return false;
    }
    ReadBackFd image;
    image.fd = ::open(QFile::encodeName(m_imagePath).constData(), O_RDONLY | O_CLOEXEC);
    if (image.fd < 0) {
        const int err = errno;
        m_error = tr("%1: cannot open: %2").arg(m_imagePath, errnoText(err));
        return false;
    }

    AlignedBuffer buffer(ReadBackChunk, alignment);
    if (!buffer.data()) {
        m_error = tr("%1: out of memory for the read-back buffer").arg(targetPath);
        return false;
    }
    const qint64 end = m_imageSize + m_zeroTail;
    Sha256 sha;
    int k = 0; // the first entry whose data is not yet complete
    qint64 pos = 0;
    while (pos < end) {
        if (control.canceled()) {
            m_canceled = true;
            m_error = tr("%1: the read-back was canceled at byte %2").arg(targetPath).arg(pos);
            return false;
        }
        // Direct reads must cover whole blocks; the extra bytes at the end are ignored.
        const qint64 want = std::min(ReadBackChunk, (end - pos + alignment - 1) / alignment * alignment);
        const qint64 got = readBackAt(disk.fd, buffer.data(), want, pos);
        if (got < 0) {
            const int err = errno;
            m_error = tr("%1: cannot read at byte %2: %3").arg(targetPath).arg(pos).arg(errnoText(err));
            return false;
        }
        const qint64 chunkEnd = std::min(end, pos + got);
        if (chunkEnd < std::min(end, pos + want)) {
            m_error = tr("%1: ends at byte %2, before the %3 bytes written").arg(targetPath).arg(pos + got).arg(end);
            return false;
        }
        const qint64 chunkStart = pos;
        const auto bytesAt = [&](qint64 offset) {
            return buffer.data() + (offset - chunkStart);
        };
        while (pos < chunkEnd) {
            if (k < m_entries.size() && pos >= m_entries.at(k).dataOffset) {
                const qint64 stop = std::min(chunkEnd, m_entries.at(k).endOffset());
                sha.addData(bytesAt(pos), stop - pos);
                pos = stop;
                if (pos == m_entries.at(k).endOffset()) {
                    finishEntry(k, sha.hexResult());
                    ++k;
                }
                continue;
            }
            const qint64 stop = std::min(chunkEnd, k < m_entries.size() ? m_entries.at(k).dataOffset : end);
            compareBytes(image.fd, pos, bytesAt(pos), stop - pos);
            if (!m_error.isEmpty())
                return false;
            pos = stop;
        }
        control.report(pos, end, k < m_entries.size() ? m_entries.at(k).name() : QString());
    }
    // Empty entries at the very end have no bytes to wait for.
    for (; k < m_entries.size() && m_entries.at(k).size == 0; ++k)
        finishEntry(k, sha.hexResult());
    return true;
}
