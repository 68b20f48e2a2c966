// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Something about a distfile that a user should know before the bootstrap unpacks it: its
// content does not match its name, or a member would land outside the folder it is unpacked
// in. Findings are facts about the file, never dialogs; the CLI prints them, the GUI lists them.
struct ArchiveFinding
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveFinding)
public:
    enum class Severity {
        Info, // worth knowing, harmless
        Warning, // tar unpacks it, but probably not as meant
        Error, // the bootstrap's unpack step fails or does something dangerous
    };
    enum class Code {
        NameContentMismatch, // the name says one kind, the content is another
        EmptyFile, // zero bytes
        AbsolutePath, // member path starts with '/'
        ParentComponent, // member path has a ".." component
        LinkOutsideTree, // symbolic link whose target leaves the unpack folder
        HardLinkOutsideTree, // hard link to a path outside the unpack folder
        ThroughSymlink, // member path goes through an earlier symbolic link member
        SpecialFile, // device node or FIFO
        LoneZeroBlock, // tar stops at a single zero block; data follows it
        NoEndMarker, // tar ends at a member boundary without its end-of-archive blocks
        NotVerified, // the data could be read but KArchive gives no way to check it
        TooManyMembers, // the listing stopped storing members (they are still counted)
        CutShort, // the fixed trailer of the format (xz footer, zip end record, 7z header) is missing or damaged
    };

    Severity severity = Severity::Warning;
    Code code = Code::NameContentMismatch;
    QString member; // member path as stored (empty when about the whole file)
    qint64 offset = -1; // byte offset of the member header in the (decompressed) archive, -1 when none
    QString message; // translated, self-contained sentence

    // "error", "warning" or "info": the stable spelling used in JSON output.
    static QString severityKey(Severity severity);
    // A stable machine-readable key for the code, e.g. "absolute-path".
    static QString codeKey(Code code);
};

using ArchiveFindings = QList<ArchiveFinding>;

// True when any finding has Error severity.
bool hasArchiveErrors(const ArchiveFindings &findings);
