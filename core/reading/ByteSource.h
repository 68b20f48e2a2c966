// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

// Where the reader's bytes come from: a file or block device read with pread (random access,
// size by seeking), or a stream such as standard input (forward only, size unknown). The
// reader asks for offsets in increasing order, so both serve the same walk.
class ByteSource
{
public:
    virtual ~ByteSource() = default;

    // Total size in bytes, or -1 for a stream.
    virtual qint64 size() const = 0;
    // Reads up to `length` bytes at `offset` into `buffer`; returns the count read (short at the
    // end), or -1 on an I/O error (see error()).
    virtual qint64 readAt(qint64 offset, char *buffer, qint64 length) = 0;
    // Passes `length` bytes starting at `offset` to `sink` in chunks, or merely skips them when
    // `sink` is empty. Returns the count delivered (short at the end) or -1 on an I/O error.
    // `sink` returns false to stop early (cancellation).
    virtual qint64 consume(qint64 offset, qint64 length, const std::function<bool(const char *, qint64)> &sink) = 0;
    virtual QString error() const = 0;
    // A path that can be opened again for random access, or empty for streams.
    virtual QString reopenablePath() const = 0;

    // Opens a file or a block device. Returns nullptr and sets `error` when it cannot.
    [[nodiscard]] static std::unique_ptr<ByteSource> openFile(const QString &path, QString *error);
    // Wraps a sequential device, which must stay valid while the source is used.
    [[nodiscard]] static std::unique_ptr<ByteSource> fromStream(QIODevice *device);
};
