// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ImporterFinding.h"

#include <QCoreApplication>
#include <QString>

// Importer findings as lines of text, in the compiler-diagnostic shape scripts and editors
// know: "<file>: entry <i> at byte <offset>: <severity>: <message>".
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)
public:
    static QString line(const QString &file, const ImporterFinding &finding);
    // "error", "warning" or "note", translated.
    static QString severity(ImporterFinding::Severity severity);
    // "no findings", "2 errors, 1 warning", ... for summaries (errors and warnings only).
    static QString counts(const ImporterFindings &findings);
};
