// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QString>

// Something the upstream importer (payload-import) would do with an entry or an image that
// a user should know before booting it.
struct ImporterFinding {
    enum class Severity {
        Info, // harmless, worth knowing (trailing bytes)
        Warning, // the importer accepts it, but the result is probably not what was meant
        Error, // the importer stops here and the bootstrap fails
    };
    enum class Code {
        CountTooLarge,
        EmptyName,
        NameTooLong,
        SlashInName,
        BackslashInName,
        InvalidUtf8,
        DuplicateName,
        TrailingBytes,
    };

    Severity severity = Severity::Error;
    Code code = Code::EmptyName;
    int entryIndex = -1; // -1 when the finding is about the whole image
    qint64 offset = -1; // byte offset of the entry header (or of the count), -1 when none
    QString message; // translated, self-contained sentence

    // "error", "warning" or "info": the stable spelling used in JSON output.
    static QString severityKey(Severity severity);
    // A stable machine-readable key for the code, e.g. "name-too-long".
    static QString codeKey(Code code);
};

using ImporterFindings = QList<ImporterFinding>;

// True when any finding would make the importer stop.
bool hasImporterErrors(const ImporterFindings &findings);
