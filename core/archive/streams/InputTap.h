// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QIODevice>

// A read-only window onto another open device, put between a caller's device and KArchive.
//
// - KCompressionDevice passes an underlying read()'s -1 on as a byte count (it would then read
//   from a wild pointer); the tap turns a read error into an end of data and remembers it, so
//   the caller reports "unreadable" instead of "truncated".
// - KArchive::close() closes its device; handing KArchive a tap keeps the caller's device open.
// - pos() is the number of bytes consumed from the source: the progress of a decompression.
//
// The source must stay open and valid while the tap is used. The tap is always unbuffered, so
// nothing is read ahead beyond what its reader asks for.
class InputTap : public QIODevice
{
    Q_OBJECT
public:
    explicit InputTap(QIODevice *source, QObject *parent = nullptr);
    ~InputTap() override;

    // Opens read-only (any other mode is refused) and rewinds the source to its byte 0.
    bool open(OpenMode mode) override;
    bool isSequential() const override;
    qint64 size() const override;
    bool seek(qint64 pos) override;

    // Whether a read of the source failed; its error text is sourceError().
    bool failed() const { return m_failed; }
    QString sourceError() const { return m_sourceError; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QIODevice *m_source;
    bool m_failed = false;
    QString m_sourceError;
};
