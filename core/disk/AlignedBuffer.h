// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QtGlobal>

// Memory for direct I/O: the kernel moves O_DIRECT data straight between the device and the
// caller's buffer, so the buffer's address must be aligned to the device's logical block
// size (4096 covers every disk we know of); QByteArray and new[] give no such promise.
class AlignedBuffer
{
public:
    // `size` bytes aligned to `alignment` (a power of two); data() is null when out of memory.
    AlignedBuffer(qsizetype size, qsizetype alignment);
    ~AlignedBuffer();
    AlignedBuffer(const AlignedBuffer &) = delete;
    AlignedBuffer &operator=(const AlignedBuffer &) = delete;

    char *data() const { return m_data; }
    qsizetype size() const { return m_size; }

private:
    char *m_data = nullptr;
    qsizetype m_size = 0;
};
