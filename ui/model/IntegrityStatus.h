// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QVariant>

// How an integrity test result shows in the status columns of both tables, combined with
// what the row already says (the importer's verdict). The importer's problems come first in
// the text, because they block the build; a failed test then counts as one more problem
// ("Duplicate (+1)"). With no problem, the test's own word shows ("Truncated", "OK").
class IntegrityStatus
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityStatus)
public:
    enum class Level { Fine, Warning, Error };

    // The text of the status cell. `base`: what the row shows without a test, `baseLevel` its
    // level, `baseProblems` how many problems it names (0 when it says "OK").
    static QString text(const QString &base, int baseProblems, const ArchiveReport &report);
    static Level level(Level baseLevel, const ArchiveReport &report);
    // The test's line for the tooltip (rich text): status, member and offsets, findings.
    static QString tooltipLines(const ArchiveReport &report);
    // Icon and text colour for a level (tested and fine: the "verified" shield).
    static QIcon icon(Level level, bool tested);
    static QVariant foreground(Level level);
    // The stable key of a result for IntegrityRole: ArchiveReport::statusKey(), or "unsafe" for
    // a readable distfile with an error finding (the CLI's word for it).
    static QString key(const ArchiveReport &report);
    // What the test found, as a plain level: Error unless the distfile passed; Warning when it
    // passed with warnings.
    static Level levelOf(const ArchiveReport &report);
};
