// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The upstream shell recipe's list format: one entry a line, `<name> <absolute-path>`; the
// name cannot hold a space, the path is the rest of the line.
class SourceList
{
    Q_DECLARE_TR_FUNCTIONS(SourceList)
public:
    // Parses list text. Relative paths are taken relative to `baseDir` (upstream writes
    // absolute ones). Empty lines are skipped. Returns false and sets `error`, naming the
    // line, when a line has no path.
    [[nodiscard]] static bool parse(
        const QByteArray &text, const QString &baseDir, QList<BuildEntry> *entries, QString *error);
    // Reads a list file; `error` names the file and the line.
    [[nodiscard]] static bool load(const QString &path, QList<BuildEntry> *entries, QString *error);

    // The list text for `entries`, with absolute paths. Returns false and sets `error` when an
    // entry cannot be written in this format (a space or line break in its name, a line break
    // in its path, or a source that is a range of another file).
    static bool serialize(const QList<BuildEntry> &entries, QByteArray *text, QString *error);
    // Writes a list file atomically.
    [[nodiscard]] static bool save(const QString &path, const QList<BuildEntry> &entries, QString *error);
};
