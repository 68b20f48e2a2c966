// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ByteSource.h"

#include <QByteArray>
#include <QString>

#include <limits>

// A ByteSource over bytes in memory that breaks where a test says, to show how the code
// reading through it reports faults (libarchive's and KArchive's tests inject the same):
// - failAt(offset): every read that touches byte `offset` or later fails with EIO, as a
//   bad sector does; the bytes before it read normally;
// - failAfterBytes(n): the read that would deliver more than `n` bytes in all fails, and
//   every read after it, as a device that goes away midway does;
// - endAt(offset): the data ends at `offset` although size() still says the full size, as a
//   file truncated after it was measured does (short reads, no error).
class FailingByteSource : public ByteSource
{
public:
    explicit FailingByteSource(QByteArray data);

    void failAt(qint64 offset) { m_failAt = offset; }
    void failAfterBytes(qint64 count) { m_failAfter = count; }
    void endAt(qint64 offset) { m_endAt = offset; }

    // How many reads failed so far, and the bytes delivered in all.
    int failures() const { return m_failures; }
    qint64 delivered() const { return m_delivered; }

    qint64 size() const override { return m_data.size(); }
    qint64 readAt(qint64 offset, char *buffer, qint64 length) override;
    qint64 consume(qint64 offset, qint64 length, const std::function<bool(const char *, qint64)> &sink) override;
    QString error() const override { return m_error; }
    QString reopenablePath() const override { return {}; }

private:
    // How many bytes from `offset` may be delivered of `length`, or -1 (error set) for a fault.
    qint64 allowed(qint64 offset, qint64 length);

    static constexpr qint64 Never = std::numeric_limits<qint64>::max();
    QByteArray m_data;
    qint64 m_failAt = Never;
    qint64 m_failAfter = Never;
    qint64 m_endAt = Never;
    qint64 m_delivered = 0;
    int m_failures = 0;
    QString m_error;
};
