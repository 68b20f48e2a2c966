// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FailingByteSource.h"
#include "SystemError.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

FailingByteSource::FailingByteSource(QByteArray data)
    : m_data(std::move(data))
{ }

qint64 FailingByteSource::allowed(qint64 offset, qint64 length)
{
    const qint64 end = std::min<qint64>(m_data.size(), m_endAt);
    const qint64 available = std::clamp<qint64>(end - offset, 0, std::max<qint64>(0, length));
    // A read of nothing (at or past the end) touches no byte, so it cannot hit a bad one.
    const bool badSector = available > 0 && offset + available > m_failAt;
    const bool gone = m_delivered + available > m_failAfter || (m_failures > 0 && m_failAfter != Never);
    if (badSector || gone) {
        ++m_failures;
        // The wording FileSource gives a failed pread, so messages read as they would for a disk.
        m_error =
            QStringLiteral("read error at byte %1: %2")
                .arg(badSector ? std::max(offset, m_failAt) : offset + std::max<qint64>(0, m_failAfter - m_delivered))
                .arg(errnoText(EIO));
        return -1;
    }
    return available;
}

qint64 FailingByteSource::readAt(qint64 offset, char *buffer, qint64 length)
{
    const qint64 n = allowed(offset, length);
    if (n <= 0)
        return n;
    std::memcpy(buffer, m_data.constData() + offset, size_t(n));
    m_delivered += n;
    return n;
}

qint64 FailingByteSource::consume(qint64 offset, qint64 length, const std::function<bool(const char *, qint64)> &sink)
{
    const qint64 n = allowed(offset, length);
    if (n <= 0)
        return n;
    m_delivered += n;
    // The sink's false (a cancel) changes nothing here: the bytes were delivered.
    if (sink)
        sink(m_data.constData() + offset, n);
    return n;
}
