// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ImporterFinding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// The acceptance rules of upstream's payload-import, in one place, so that the reader, the
// writer, the GUI's inline validation and the extractor all judge names the same way.
class ImporterRules
{
    Q_DECLARE_TR_FUNCTIONS(ImporterRules)
public:
    // Findings about one entry name. `entryIndex` and `offset` are copied into each finding.
    static ImporterFindings checkName(const QByteArray &name, int entryIndex = -1, qint64 offset = -1);

    // Finding about the entry count, or none when the importer accepts it.
    static ImporterFindings checkCount(quint64 count, qint64 offset = 8);

    // One DuplicateName finding for every entry whose name an earlier entry already has.
    // `offsets` may be empty (planned builds have no offsets yet).
    static ImporterFindings checkDuplicates(const QList<QByteArray> &names, const QList<qint64> &offsets = {});

    // The DuplicateName finding for entry `entryIndex` (at `offset`), whose name entry
    // `firstIndex` already has.
    static ImporterFinding duplicateName(const QByteArray &name, int entryIndex, qint64 offset, int firstIndex);

    // Strict UTF-8 validation (no overlong forms, no surrogates).
    static bool isValidUtf8(const QByteArray &bytes);

    // True when the importer would accept this name.
    static bool isAcceptedName(const QByteArray &name);
};
