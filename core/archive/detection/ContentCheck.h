// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileKind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The look at a distfile made the moment it is added to a list: what its first bytes are,
// compared with what its name promises. It catches the common download failures (an HTML or
// XML error page, an empty file, a file of zeros, a gzip named ".xz") at the cost of one read
// of at most DistfileKind::HeadSize bytes, where the integrity test reads everything.
//
// The verdict is the integrity test's own: DistfileKind::detect() on those bytes and
// Detection::mismatchFinding(). For xz, zip and 7z a second small read at the end finds a
// download cut short (TrailerCheck); what only a full read finds (a gzip cut short, a corrupt
// stream) is left to IntegrityTester. Touches the file system: call it on a worker thread for
// many files.
class ContentCheck
{
    Q_DECLARE_TR_FUNCTIONS(ContentCheck)
public:
    // Reads the start of the `length` bytes at `offset` of the file at `path` (length < 0: up
    // to the end of the file) in one read and detects what they are, for a distfile called
    // `name`; when they call for a trailer rule, reads the end of the range too and sets
    // `cutShort` when the trailer is missing. Returns kind Unknown with `error` set when the
    // file cannot be opened or read, or ends before `offset`.
    static DistfileKind::Detection sniffFile(
        const QString &path, const QString &name, qint64 offset = 0, qint64 length = -1);
    // The same for bytes already read: `head` is the start of the distfile (only its first
    // HeadSize bytes are looked at).
    static DistfileKind::Detection sniff(const QByteArray &head, const QString &name);

    // The finding when the content of `detection` is not what `name` promises, nullopt when it
    // is (or when the data could not be read). The name is judged anew, so a renamed entry
    // needs no second read.
    static std::optional<ArchiveFinding> mismatch(DistfileKind::Detection detection, const QString &name);
    // What the check found for a distfile called `name`: the mismatch when there is one, else
    // the cut-short finding (its message naming `name`), else nullopt.
    static std::optional<ArchiveFinding> finding(const DistfileKind::Detection &detection, const QString &name);
};
