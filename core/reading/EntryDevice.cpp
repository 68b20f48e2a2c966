// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntryDevice.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

EntryDevice::EntryDevice(const QString &imagePath, qint64 offset, qint64 size, QObject *parent)
    : QIODevice(parent)
    , m_path(imagePath)
    , m_offset(offset)
    , m_size(size)
{
}

EntryDevice::~EntryDevice()
{
    close();
}

bool EntryDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("An entry of an image can only be opened for reading."));
        return false;
    }
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        setErrorString(tr("Cannot open %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    return QIODevice::open(mode);
}

void EntryDevice::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    QIODevice::close();
}

qint64 EntryDevice::readData(char *data, qint64 maxSize)
{
    const qint64 position = pos();
    const qint64 wanted = std::min(maxSize, m_size - position);
    if (wanted <= 0)
        return 0; // end of the entry, not of the image
    for (;;) {
        const ssize_t n = ::pread(m_fd, data, size_t(wanted), off_t(m_offset + position));
        if (n >= 0)
            return n;
        if (errno != EINTR) {
            setErrorString(tr("Read error at byte %1 of %2: %3")
                               .arg(m_offset + position)
                               .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
            return -1;
        }
    }
}

qint64 EntryDevice::writeData(const char *, qint64)
{
    return -1;
}
