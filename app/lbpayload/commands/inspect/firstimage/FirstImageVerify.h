// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"
#include "Manifest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// `lbpayload verify` for a first image (init.img): its script read to the end, builder-hex0's
// rules (FirstImageReader's findings) and, with a manifest, every file's size and SHA-256.
class FirstImageVerify
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageVerify)
public:
    // Prints each finding and mismatch, then a summary line (left out when all passed and
    // `quiet`). Manifest entries are matched to files by path as builder-hex0 resolves it
    // ("./a" and "/a" are one), the last record of a path counting, as at boot. Returns Ok,
    // Findings (errors or mismatches), Failure (unreadable or damaged image, read error) or
    // Interrupted.
    static ExitCode run(const QString &image, const std::optional<Manifest> &manifest, bool quiet);
};
