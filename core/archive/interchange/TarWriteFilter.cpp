// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "TarWriteFilter.h"

#include <cstring>

TarWriteFilter::TarWriteFilter(QIODevice *sink, qint64 mtime, QObject *parent)
    : QIODevice(parent)
    , m_sink(sink)
    , m_stamp(QByteArray::number(std::max<qint64>(0, mtime), 8).rightJustified(11, '0').right(11))
{ }

TarWriteFilter::~TarWriteFilter() = default;

bool TarWriteFilter::open(OpenMode mode)
{
    if ((mode & ReadWrite) != WriteOnly || !m_sink || !m_sink->isWritable()) {
        setErrorString(tr("The output cannot be written."));
        return false;
    }
    m_written = 0;
    return QIODevice::open(WriteOnly | Unbuffered);
}

qint64 TarWriteFilter::readData(char *, qint64)
{
    return -1;
}

qint64 TarWriteFilter::writeData(const char *data, qint64 maxSize)
{
    qint64 n = 0;
    // KTar's GNU long-name and long-link headers: type 'L' or 'K'.
    if (m_headers && maxSize == 512 && m_written % 512 == 0 && (data[156] == 'L' || data[156] == 'K') &&
        std::memcmp(data + 257, "ustar", 5) == 0) {
        // KTar writes a header block in one call: fix its time and its checksum.
        char block[512];
        std::memcpy(block, data, 512);
        std::memcpy(block + 136, m_stamp.constData(), 11);
        std::memset(block + 148, ' ', 8);
        unsigned sum = 0;
        for (char c : block)
            sum += uchar(c);
        const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(block + 148, digits.constData(), 6);
        block[154] = '\0';
        block[155] = ' ';
        n = m_sink->write(block, 512);
    } else {
        n = m_sink->write(data, maxSize);
    }
    if (n < 0 || n != maxSize) {
        setErrorString(m_sink->errorString());
        return -1;
    }
    m_written += n;
    return n;
}
