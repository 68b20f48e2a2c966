// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveFinding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

// The look at the end of a distfile whose format ends in a fixed trailer: an xz stream ends in
// its stream footer, a zip in its end of central directory record, and a 7z's start header
// points at its last header. A download cut short keeps a perfect head, so the content check's
// first read cannot see it; one small read at the end can, long before an integrity test reads
// everything. Formats without such a trailer (gzip, bzip2, zstd, tar) are not judged here.
class TrailerCheck
{
    Q_DECLARE_TR_FUNCTIONS(TrailerCheck)
public:
    enum class Rule {
        None, // no fixed trailer to look for
        Xz, // the stream footer: CRC32, backward size, stream flags, "YZ"; zero padding may follow
        Zip, // the end of central directory record within the last 65,557 bytes
        SevenZip, // the start header's CRC and the next header it points at
    };

    // The bytes the tail read covers at most: a zip comment of 65,535 bytes plus the record.
    static constexpr qint64 TailSize = 65557;
    // How many bytes of the head ruleOf() and check() use (the 7z signature header).
    static constexpr qint64 HeadSize = 32;

    // Which rule the first bytes of a file call for, from their magic number alone.
    static Rule ruleOf(const QByteArray &head);

    // Checks the trailer of the `length` bytes at `offset` of `device` (open for reading,
    // random access; length < 0: to the end of the device), whose first bytes are `head` (at
    // least the first HeadSize, when the data has that many). Reads at most TailSize bytes, once,
    // and leaves the device's position where it was. Returns nullopt when the trailer is there
    // and sane, when the head calls for no rule, or when the tail cannot be read (the reader
    // that needs the bytes says why); otherwise an Error finding with code CutShort whose
    // offset is where the data ends and whose message names that offset. `damaged`, when given,
    // is set with a finding: true when the trailer is there but fails its CRC or points at
    // nothing (damage rather than a cut), false when it is missing or points past the end.
    static std::optional<ArchiveFinding> check(
        QIODevice *device, const QByteArray &head, qint64 offset = 0, qint64 length = -1, bool *damaged = nullptr);
    // The same for the whole file at `path`, reading its head too (two small reads). Nullopt
    // when the file cannot be opened.
    static std::optional<ArchiveFinding> checkFile(const QString &path);

    // The short word a status column shows beside a checksum state: "cut short".
    static QString statusWord();
};
