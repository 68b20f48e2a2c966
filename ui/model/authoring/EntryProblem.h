// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QString>

// Something wrong with one row of the authoring list. Errors stop the build; warnings are
// shown but let it go ahead.
struct EntryProblem
{
    enum class Kind {
        EmptyName,
        NameTooLong,
        SlashInName,
        BackslashInName,
        InvalidUtf8,
        DuplicateName,
        TooLargeForLayout,
        SourceMissing,
        SourceUnreadable,
        SourceNotRegular,
        SourceRange,
        // The first bytes are not what the name promises (an HTML page named .tar.gz): a
        // warning, as the user may mean it.
        ContentMismatch,
        // An xz, zip or 7z whose fixed trailer is missing: a download cut short (a warning too).
        ContentCutShort,
    };
    enum class Severity { Warning, Error };

    Kind kind = Kind::EmptyName;
    Severity severity = Severity::Error;
    QString message; // translated sentence for the tooltip and the build dialog
};

using EntryProblems = QList<EntryProblem>;

// True when any of `problems` stops the build.
inline bool hasBlockingProblem(const EntryProblems &problems)
{
    for (const EntryProblem &p : problems)
        if (p.severity == EntryProblem::Severity::Error)
            return true;
    return false;
}
