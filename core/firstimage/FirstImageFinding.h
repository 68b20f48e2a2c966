// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QString>

// Something about a first image (or a tree to become one) that would make builder-hex0 fail
// at boot, or that a user should know before the hour-long run.
struct FirstImageFinding
{
    enum class Severity { Info, Warning, Error };
    enum class Code {
        BadBootSignature, // stage 1 does not end in 55 AA
        UnknownBuilderHex0, // the stage-2 source is no known revision: a278124's limits assumed
        ScriptMisplaced, // the script does not start at the sector stage 2 reads it from
        MalformedRecord, // a line builder-hex0 would misread; the reader stops there
        TooManyFiles,
        TooManyBytes,
        NameTooLong,
        ArgumentTooLong,
        TruncatedFile, // a `src` record's data runs past the end of the image
        UnterminatedScript, // no zero byte ends the script
        MissingParent, // a path whose folder was not made before it: the open fails at boot
        MissingInput, // a hex0 input or a program that no earlier record wrote
        DuplicatePath,
        EmptyFileBecomesFolder, // a `src 0` path that looks like a file
        FiwixInitrdDoesNotFit,
    };

    Severity severity = Severity::Error;
    Code code = Code::MalformedRecord;
    int recordIndex = -1; // -1 when about the whole image
    qint64 offset = -1; // byte offset of the record's line, -1 when none
    QString message; // translated, complete sentence

    static QString severityKey(Severity severity);
    // The stable key of JSON output, e.g. "too-many-files".
    static QString codeKey(Code code);
};

using FirstImageFindings = QList<FirstImageFinding>;

bool hasFirstImageErrors(const FirstImageFindings &findings);
