// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

// `lbpayload extract` for a first image (init.img): recreates its srcfs tree, folders and
// files, under DIR with FirstImageExtractor.
class FirstImageExtract
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageExtract)
public:
    // Extracts the records named by `paths` (matched as builder-hex0 resolves paths, so
    // "./a/b", "a/b" and "/a/b" are one; the last record of a path), or the whole tree when
    // empty. Returns Ok, Usage for a path the image does not hold (`usageError` prints it),
    // Failure for an unreadable or damaged image or a refused or failed extraction,
    // Interrupted on Ctrl-C.
    static ExitCode run(const QString &image, const QStringList &paths, const QString &directory, bool force,
        bool quiet, const std::function<ExitCode(const QString &)> &usageError);
};
