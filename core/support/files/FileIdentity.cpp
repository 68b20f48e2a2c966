// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FileIdentity.h"

#include <QFile>

#include <cerrno>
#include <sys/stat.h>

namespace {
FileIdentity fromStat(const struct stat &st)
{
    FileIdentity id;
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    id.size = qint64(st.st_size);
    id.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    id.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    id.regular = S_ISREG(st.st_mode);
    return id;
}
} // namespace

std::optional<FileIdentity> FileIdentity::ofPath(const QString &path, int *err)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (err)
            *err = errno;
        return std::nullopt;
    }
    return fromStat(st);
}

std::optional<FileIdentity> FileIdentity::ofFd(int fd, int *err)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        if (err)
            *err = errno;
        return std::nullopt;
    }
    return fromStat(st);
}
