// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "InputTap.h"

InputTap::InputTap(QIODevice *source, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
{ }

InputTap::~InputTap() = default;

bool InputTap::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly || !m_source || !m_source->isReadable()) {
        setErrorString(tr("The source cannot be read."));
        return false;
    }
    if (!m_source->isSequential() && !m_source->seek(0)) {
        setErrorString(m_source->errorString());
        return false;
    }
    m_failed = false;
    m_sourceError.clear();
    return QIODevice::open(ReadOnly | Unbuffered);
}

bool InputTap::isSequential() const
{
    return m_source->isSequential();
}

qint64 InputTap::size() const
{
    return m_source->size();
}

bool InputTap::seek(qint64 pos)
{
    if (m_source->isSequential() || !m_source->seek(pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 InputTap::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return 0;
    const qint64 n = m_source->read(data, maxSize);
    if (n < 0) {
        m_failed = true;
        m_sourceError = m_source->errorString();
        return 0;
    }
    return n;
}

qint64 InputTap::writeData(const char *, qint64)
{
    return -1;
}
