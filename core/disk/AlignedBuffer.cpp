// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "AlignedBuffer.h"

#include <cstdlib>

AlignedBuffer::AlignedBuffer(qsizetype size, qsizetype alignment)
{
    void *memory = nullptr;
    if (posix_memalign(&memory, size_t(alignment), size_t(size)) == 0) {
        m_data = static_cast<char *>(memory);
        m_size = size;
    }
}

AlignedBuffer::~AlignedBuffer()
{
    std::free(m_data);
}
