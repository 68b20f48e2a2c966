// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

// An image file without touching the disk: a memfd, opened again by path as the readers and
// their entry devices do with a real file.
class MemoryFile
{
public:
    explicit MemoryFile(const QByteArray &data);
    ~MemoryFile();
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    // False when the memfd could not be made or filled; path() is then useless.
    bool ok() const { return m_ok; }
    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }

private:
    int m_fd = -1;
    bool m_ok = false;
};
