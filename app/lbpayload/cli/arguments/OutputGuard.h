// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>

// Checks made before a command starts writing, so that it fails at once rather than after
// an hour of copying, and never replaces a file the user did not mean to replace.
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(OutputGuard)
public:
    // Whether `path` may be written: an existing file only with `force`, a directory never,
    // and its folder must exist. Prints the reason and returns Failure when not; else Ok.
    static ExitCode check(const QString &path, bool force);
    // True when both paths name the same file (after resolving links), or the same path.
    static bool sameFile(const QString &a, const QString &b);
};
