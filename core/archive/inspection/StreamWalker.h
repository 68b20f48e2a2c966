// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveWalk.h"

class QIODevice;

// ArchiveInspector's walks over a stream: a tar (plain or compressed) read header by header
// with TarStreamReader, and a lone compressed file decompressed to its end. Both read the
// decompressor to the end of its stream, so that it checks the format's own CRC.
class StreamWalker
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveInspector)
public:
    // Lists the tar members of `device` (kind w.r.kind, compression included) and reads what
    // follows the tar's end; a failure names the member and both offsets.
    static void walkTar(ArchiveWalk &w, QIODevice *device);
    // Decompresses `device` to its end: one member, named after the file without its suffix.
    static void walkLone(ArchiveWalk &w, QIODevice *device);
};
