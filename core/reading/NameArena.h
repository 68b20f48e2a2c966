// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>

// The names of one walk of PayloadReader, stored back to back in a few large blocks instead of
// one heap allocation each: every name is a QByteArray sharing its block through Qt's implicit
// sharing (the block's reference count counts the names), so a name outlives the walk and the
// reader like any other QByteArray, and one that is modified detaches as usual. Each name is
// followed by a '\0', as QByteArray promises.
class NameArena
{
public:
    // `expected`: about how many names will come, to size the first block.
    explicit NameArena(qsizetype expected);

    // A QByteArray holding a copy of `length` bytes at `data`, in the current block.
    QByteArray add(const char *data, qsizetype length);

    // Memory that a walk fills once and keeps: on our virtual machines the first touch of each
    // 4 KiB page costs 10-40 us, so the table of 200,000 entries far apart spent about as long
    // in page faults as the reads did. Transparent huge pages (when the system offers them on
    // request) take one fault per 2 MiB. A hint only; the bytes stay the caller's.
    static void adviseHugePages(const void *data, qsizetype bytes);

private:
    void renew(qsizetype atLeast);

    static constexpr qsizetype MinBlock = 4096;
    static constexpr qsizetype MaxBlock = 8 * 1024 * 1024;
    QByteArrayData m_block; // holds one reference of its own while it is filled
    qsizetype m_used = 0;
    qsizetype m_free = 0;
    qsizetype m_next;
};
