// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveWalk.h"

class QIODevice;

// ArchiveInspector's walks over the archives KArchive reads as a whole (zip, 7z, ar): the
// listing from KArchive's tree, member extents checked against the file size, and with
// Options::verifyData every member's data read (and a zip member's CRC-32 compared). The zip
// and 7z trailers are looked at first (TrailerCheck): a file cut short is said so with the
// byte it ends at, before KArchive guesses at it.
class KArchiveWalker
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveInspector)
public:
    static void walkZip(ArchiveWalk &w, QIODevice *device);
    // Refused (Unsupported) above Options::maxInMemoryArchive: K7Zip unpacks it into memory.
    static void walk7z(ArchiveWalk &w, QIODevice *device);
    static void walkAr(ArchiveWalk &w, QIODevice *device);
};
