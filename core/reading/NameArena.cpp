// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "NameArena.h"

#include <algorithm>
#include <cstring>
#include <sys/mman.h>

NameArena::NameArena(qsizetype expected)
    : m_next(std::clamp<qsizetype>(expected * 32, MinBlock, MaxBlock))
{ }

QByteArray NameArena::add(const char *data, qsizetype length)
{
    if (length + 1 > m_free)
        renew(length + 1);
    char *at = m_block.data() + m_used;
    std::memcpy(at, data, size_t(length));
    at[length] = '\0';
    m_used += length + 1;
    m_free -= length + 1;
    m_block.d_ptr()->ref();
    return QByteArray(QByteArrayData(m_block.d_ptr(), at, length));
}

void NameArena::renew(qsizetype atLeast)
{
    m_block = QByteArrayData(std::max(atLeast, m_next));
    m_used = 0;
    m_free = m_block.constAllocatedCapacity();
    adviseHugePages(m_block.data(), m_free);
    m_next = std::min(m_next * 2, MaxBlock);
}

void NameArena::adviseHugePages(const void *data, qsizetype bytes)
{
    constexpr quintptr Page = 4096;
    constexpr quintptr HugePage = 2 * 1024 * 1024;
    const quintptr begin = (quintptr(data) + Page - 1) & ~(Page - 1);
    const quintptr end = (quintptr(data) + quintptr(bytes)) & ~(Page - 1);
    if (end >= begin + 2 * HugePage) // else no aligned 2 MiB range is sure to fit
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
}
