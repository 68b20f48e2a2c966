// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FileRangeCopy.h"
#include "PendingFile.h"

#include <QByteArray>

#include <algorithm>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

int copyFileRange(int in, qint64 offset, qint64 size, int out, const std::function<bool(qint64)> &step)
{
    constexpr qint64 Chunk = 8 * 1024 * 1024;
    qint64 done = 0;
    bool kernel = true;
    QByteArray buffer;
    while (done < size) {
        const qint64 want = std::min(Chunk, size - done);
        ssize_t n;
        if (kernel) {
            loff_t inOff = offset + done, outOff = done;
            n = ::copy_file_range(in, &inOff, out, &outOff, size_t(want), 0);
            if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP)) {
                kernel = false;
                continue;
            }
        } else {
            if (buffer.isEmpty())
                buffer.resize(1024 * 1024);
            n = ::pread(in, buffer.data(), size_t(std::min<qint64>(buffer.size(), want)), off_t(offset + done));
            if (n > 0) {
                for (ssize_t w = 0; w < n;) {
                    const ssize_t m = ::pwrite(out, buffer.constData() + w, size_t(n - w), off_t(done + w));
                    if (m < 0 && errno == EINTR)
                        continue;
                    if (m < 0)
                        return errno;
                    w += m;
                }
            }
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO; // the image shrank underneath us
        done += n;
        if (!step(n))
            return -1;
    }
    return 0;
}

ExtractedRange extractRange(int in, qint64 offset, qint64 size, int dirFd, const QByteArray &name, bool overwrite,
    const std::function<bool(qint64)> &step)
{
    ExtractedRange result;
    PendingFile file(dirFd, name);
    if (!file.create()) {
        result.createError = errno;
        return result;
    }
    result.copyError = copyFileRange(in, offset, size, file.handle(), step);
    if (result.copyError == 0 && !file.publish(overwrite))
        result.placeError = errno;
    file.discard();
    return result;
}
