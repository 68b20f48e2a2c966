// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PendingFile.h"

#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

PendingFile::PendingFile(int dirFd, const QByteArray &name)
    : m_dirFd(dirFd)
    , m_name(name)
{ }

PendingFile::~PendingFile()
{
    discard();
}

QByteArray PendingFile::uniqueTempName() const
{
    return '.' + m_name.left(200) + '.' + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ".part";
}

bool PendingFile::create()
{
    m_fd = ::openat(m_dirFd, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
    if (m_fd >= 0)
        return true;
    // File systems without O_TMPFILE say so with EOPNOTSUPP (or EISDIR on kernels that do not
    // know the flag); any other error is the folder's and would recur below.
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        return false;
    m_tempName = uniqueTempName();
    m_fd = ::openat(m_dirFd, m_tempName.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (m_fd < 0)
        m_tempName.clear();
    return m_fd >= 0;
}

bool PendingFile::publish(bool replace)
{
    if (m_fd < 0) {
        errno = EBADF;
        return false;
    }
    if (isUnnamed()) {
        // linkat(AT_EMPTY_PATH) would need CAP_DAC_READ_SEARCH; the /proc link needs nothing.
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_fd);
        if (!replace) {
            if (::linkat(AT_FDCWD, self.constData(), m_dirFd, m_name.constData(), AT_SYMLINK_FOLLOW) == 0) {
                discard();
                return true;
            }
            const int err = errno;
            discard();
            errno = err;
            return false;
        }
        // link() never replaces, so the file gets a temporary name first and is then renamed
        // over the target: a kill between the two leaves that name, for microseconds only.
        m_tempName = uniqueTempName();
        if (::linkat(AT_FDCWD, self.constData(), m_dirFd, m_tempName.constData(), AT_SYMLINK_FOLLOW) != 0) {
            const int err = errno;
            m_tempName.clear();
            discard();
            errno = err;
            return false;
        }
    }
    int err = 0;
    if (replace) {
        if (::renameat(m_dirFd, m_tempName.constData(), m_dirFd, m_name.constData()) != 0)
            err = errno;
    } else if (::linkat(m_dirFd, m_tempName.constData(), m_dirFd, m_name.constData(), 0) != 0) {
        // File systems without hard links (vfat) cannot refuse an existing name atomically.
        err = errno;
        if (err != EEXIST &&
            ::renameat2(m_dirFd, m_tempName.constData(), m_dirFd, m_name.constData(), RENAME_NOREPLACE) == 0)
            err = 0;
        else if (err != EEXIST)
            err = errno;
    }
    discard(); // unlinks the temporary name; the file lives on under its own, if published
    errno = err;
    return err == 0;
}

void PendingFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempName.isEmpty()) {
        ::unlinkat(m_dirFd, m_tempName.constData(), 0);
        m_tempName.clear();
    }
}
