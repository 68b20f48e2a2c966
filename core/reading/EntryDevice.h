// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QIODevice>

// A read-only, random-access window onto `size` bytes at `offset` of a file or block
// device. It holds its own file descriptor and reads with pread, so several may read one
// image at once from different threads and nothing is copied beforehand.
class EntryDevice : public QIODevice
{
    Q_OBJECT
public:
    EntryDevice(const QString &imagePath, qint64 offset, qint64 size, QObject *parent = nullptr);
    ~EntryDevice() override;

    // Opens the image; only QIODevice::ReadOnly is accepted. Returns false and sets
    // errorString() when the image cannot be opened.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QString m_path;
    qint64 m_offset;
    qint64 m_size;
    int m_fd = -1;
};
