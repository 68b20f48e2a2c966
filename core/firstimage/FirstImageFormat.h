// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

// Facts about live-bootstrap's first boot disk (init.img): builder-hex0's boot sector, its
// stage-2 source as text, then the builder shell's script of `src` records (the "srcfs").
// Pure arithmetic and constants; no I/O. The sources are upstream's lib/generator.py and
// builder-hex0 at a278124; where a figure comes from the stage-2 source, the line is named.
namespace FirstImageFormat {

inline constexpr qint64 SectorSize = 512;
inline constexpr qint64 MiB = 1024 * 1024;
// Stage 1 is one boot sector, ending in the BIOS signature 55 AA.
inline constexpr qint64 Stage1Size = 512;
inline constexpr qint64 Stage2Offset = Stage1Size;
// A stage-2 source longer than this is not looked for further: a278124's is 88,615 bytes.
inline constexpr qint64 MaxStage2Size = 4 * MiB;

// builder-hex0's limits (its README, "Limitations"; the memory map at the top of the stage-2
// source, lines 66-98). File slots 0-2 are the standard streams and slot 3 is /e820, so the
// first file the script makes takes slot 4 (`next_filenum`, line 975); names live in 1 KiB
// slots up to 0xFFFFFF, i.e. slot 14335. 14335 - 4 + 1 = 14,332 files.
inline constexpr int MaxFiles = 14332;
// File data from 0x54000000 up to 0xC0000000.
inline constexpr qint64 MaxBytes = 1811939328;
// A name slot is 1 KiB and is copied whole (`rep movsb` of 0x400 bytes, lines 1035-1042), so a name
// of 1024 bytes or more has no room for its terminating zero byte.
inline constexpr qint64 MaxNameBytes = 1024;
// A program run by the internal shell takes one argument of at most 255 bytes.
inline constexpr qint64 MaxArgumentBytes = 255;
// Lines longer than this are not read further: the reader reports the record as malformed.
inline constexpr qint64 MaxLineBytes = 64 * 1024;

// A builder-hex0 revision recognised by the SHA-256 of its stage-2 source.
struct Revision
{
    QByteArray stage2Sha256; // lower-case hex
    QString name; // the short commit, e.g. "a278124"
    qint64 stage2Size = 0;
    // The sector stage 2 starts reading its script from: hard-coded in the stage-2 source
    // (`mov word [0x01000000], 0x000000AF` after `stage2_stdin`, lines 2602-2604 at a278124),
    // so the stage-2 source padded to whole sectors must end exactly there.
    qint64 scriptSector = 0;
};
// The revisions known to this program; a278124 is the one live-bootstrap pins.
const QList<Revision> &knownRevisions();
// The known revision with that stage-2 digest, or nullptr.
const Revision *findRevision(const QByteArray &stage2Sha256);
// a278124: the limits above are its limits; an unknown revision is read with them.
const Revision &pinnedRevision();

// The commands upstream's generator appends after the tree, each ending in '\n'.
QByteArray fixedTail();

// `size` rounded up to whole sectors.
constexpr qint64 sectorAligned(qint64 size)
{
    return (size + SectorSize - 1) / SectorSize * SectorSize;
}
// Upstream pads with `MiB - size % MiB` zero bytes: a whole number of MiB gets one more MiB.
constexpr qint64 upstreamPaddedSize(qint64 size)
{
    return size + (MiB - size % MiB);
}

// Whether a path under `src 0` looks like a file that arrived empty (builder-hex0 makes a
// folder of it, live-bootstrap PR #432): under external/distfiles/, or with an archive suffix.
bool looksLikeFile(const QByteArray &path);

// The name builder-hex0 stores for a path the script writes (`absolute_path`, stage-2 lines
// 1123-1258): the shell's working folder "/" in front of a relative path, a leading "./"
// skipped, repeated slashes and a trailing slash dropped, "." and ".." resolved.
QByteArray absolutePath(const QByteArray &path);
// The folder `absolutePath(path)` must already exist in ("/" for a top-level name).
QByteArray parentFolder(const QByteArray &absolute);

} // namespace FirstImageFormat
