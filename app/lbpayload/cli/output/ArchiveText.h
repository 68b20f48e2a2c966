// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveFinding.h"
#include "ArchiveMember.h"
#include "ArchiveReport.h"
#include "DistfileKind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// How inspect and test write what core/archive found: member lines in the shape of `tar -tv`,
// findings and statuses in the compiler-diagnostic shape of the other commands, and the JSON
// objects of docs/schemas/lbpayload-{inspect,test}.schema.json (written by hand, like info's,
// so that keys keep their documented order).
class ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveText)
public:
    // True when `path` is a readable file or device that starts with the LBPAYLD1 magic.
    static bool isImage(const QString &path);

    // "error", "warning" or "note", translated.
    static QString severity(ArchiveFinding::Severity severity);
    // "<where>: member "<m>" at byte <offset>: <severity>: <message>", the member and the
    // offset only when the finding has them.
    static QString findingLine(const QString &where, const ArchiveFinding &finding);
    // "-rw-r--r--", "drwxr-xr-x", "lrwxrwxrwx", ...: the type letter and the permission bits.
    static QString modeString(ArchiveMember::Type type, int mode);
    // "-rw-r--r--  <size>  2026-01-02 03:04:05  path" (+ " -> target" or " link to source"),
    // the size right-aligned in `sizeWidth` columns; control characters in paths escaped.
    static QByteArray memberLine(const ArchiveMember &member, int sizeWidth);
    // "gcc.tar.xz (xz-compressed tar archive)" style: key and translated name of the kind.
    static QString kindText(const DistfileKind::Detection &kind);
    // The status word of the test's lines: "OK", else the stable status key ("truncated",
    // "corrupt", ...), or "unsafe" for an archive that reads fine but has an error finding.
    static QString statusWord(const ArchiveReport &report);
    // What a failed report says, in one line: its message, or its first error finding.
    static QString failureText(const ArchiveReport &report);

    // JSON pieces (their values through JsonText).
    // `[...]` of finding objects, one a line, indented by `indent` spaces.
    static QByteArray jsonFindings(const ArchiveFindings &findings, int indent);
    // The fields of a kind detection, as `"kind": ..., "kindName": ...` lines (each with a
    // trailing comma and newline), indented by `indent` spaces.
    static QByteArray jsonKindFields(const DistfileKind::Detection &kind, int indent);
    // A report as a JSON object (without the enclosing braces' indentation on the first line):
    // `image` and `entry` say where it was read (empty / -1 for a file on disk); members are
    // included when `withMembers`.
    static QByteArray jsonReport(
        const ArchiveReport &report, const QString &image, int entry, bool withMembers, int indent);
};
