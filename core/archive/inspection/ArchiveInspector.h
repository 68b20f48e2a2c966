// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "JobControl.h"

#include <QCoreApplication>
#include <QString>

class PayloadReader;
class QIODevice;

// Looks inside one distfile: its kind (by content, compared with its name), its members
// (path, size, type, mode, link target, modification time) and the findings about them, with
// the data read to its end on the way, so that a listing also tells a truncated or corrupt
// archive. Works on a file on disk and on an entry of an image, read in place through the
// entry's device: nothing is copied, memory stays flat (one 256 KiB buffer and the listing).
//
// What is read, by kind:
// - tar (plain): every header, seeking over the data (tar has no checksum over data).
// - tar.gz/.bz2/.xz/.lzma/.zst and lone compressed files: all of the stream, decompressed by
//   KArchive's KCompressionDevice, which checks the format's own CRC at the end.
// - zip: KZip's listing; with Options::verifyData every member is decompressed and its CRC-32
//   compared (KZip itself does not check it, and returns short data on corrupt deflate data).
// - 7z: K7Zip, which unpacks the whole archive into memory when opening it: files above
//   Options::maxInMemoryArchive are reported Unsupported rather than read.
// - ar: KAr's listing; member extents are checked against the file size.
//
// Long operations: progress is reported as bytes of the distfile consumed, the current
// member as `current`; a cancel stops within one chunk of at most 1 MiB (status Canceled).
// Synchronous: run it on a worker thread for anything the user waits on.
class ArchiveInspector
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveInspector)
public:
    struct Options
    {
        bool listMembers = true; // store the members in the report; false: only count them
        bool verifyData = false; // zip, 7z, ar: also read every member's data and check it
        int maxListedMembers = 1000000; // beyond this, members are counted but not stored
        qint64 maxInMemoryArchive = 256ll * 1024 * 1024; // 7z archives above this are not opened
    };

    // `device` must be open for reading and random access (a QFile, an EntryDevice); it is
    // read from byte 0 and left open. `name` is the distfile's name, compared with its kind.
    static ArchiveReport inspect(
        QIODevice *device, const QString &name, const Options &options, const JobControl &control = {});
    static ArchiveReport inspectFile(const QString &path, const Options &options, const JobControl &control = {});
    // Entry `index` of an opened image, read through PayloadReader::openEntry().
    static ArchiveReport inspectEntry(
        const PayloadReader &reader, int index, const Options &options, const JobControl &control = {});
};
