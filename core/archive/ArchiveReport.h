// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveFinding.h"
#include "ArchiveMember.h"
#include "DistfileKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What inspecting or testing one distfile found: its kind, its members (when listed), the
// findings, and whether it could be read to the end. A plain struct: the CLI prints it, the
// GUI shows it, nothing here talks to the user.
struct ArchiveReport
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReport)
public:
    enum class Status {
        Ok, // read to the end; every check the format has passed
        Truncated, // the data ends early (download cut short)
        Corrupt, // a damaged compressed stream, a bad header checksum, a CRC mismatch
        Unsupported, // KArchive cannot read this format, or this archive needs what it lacks
        Mismatch, // the content is not what the name says (an HTML page named .tar.gz)
        Unreadable, // the file or the image could not be read (I/O error, permission)
        Canceled, // stopped by the user before the end
    };

    QString name; // the distfile's name: the file's name, or the entry's name in the image
    QString source; // where it was read: a path, or "image.img, entry 3"
    DistfileKind::Detection kind;
    Status status = Status::Ok;
    QString message; // translated explanation of the status; empty when Ok
    QString failedMember; // the member being read when the failure showed (empty when none)
    qint64 failedInputOffset = -1; // bytes of the file consumed when it showed (compressed data: the
                                   // decompressor reads ahead, so the fault lies within 8 KiB before)
    qint64 failedStreamOffset = -1; // offset in the decompressed data (tar: of the header or data)
    qint64 inputSize = 0; // bytes of the distfile
    qint64 uncompressedSize = -1; // decompressed bytes, when the data was read to its end
    qint64 memberCount = 0; // members seen (also when they were not stored in `members`)
    QList<ArchiveMember> members; // the listing (inspection only; empty for integrity tests)
    ArchiveFindings findings;
    bool dataChecked = false; // every byte was decompressed and the format's checks ran

    // The single answer scripts need: readable to the end, as named, nothing dangerous.
    bool passed() const { return status == Status::Ok && !hasArchiveErrors(findings); }

    // "ok", "truncated", "corrupt", "unsupported", "mismatch", "unreadable", "canceled".
    static QString statusKey(Status status);
    // Translated, for a status column: "OK", "Truncated", ...
    static QString statusName(Status status);
    // One translated line: "name: Truncated: message", or the first error finding when the status is OK.
    QString summary() const;
};
