// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"
#include "Manifest.h"

#include <QCoreApplication>
#include <QString>

// `lbpayload list` and `lbpayload manifest` for a first image (init.img): its script records,
// one line each or as FirstImageManifest's JSON, and the manifest of its files with hashes.
class FirstImageListing
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageListing)
public:
    // Prints every record read: index, kind, offset of its line, data offset, size, path
    // (escaped as Console::escapedName does); with `json`, the manifest JSON without hashes.
    // Returns Ok, Failure when the image cannot be read or its script is damaged (the records
    // before the damage are still listed, the damage printed).
    static ExitCode list(const QString &path, bool json);
    // Hashes every file and writes the manifest in `format` to standard output, or to
    // `output` (atomically) when not empty. Returns Ok, Failure, or Interrupted on Ctrl-C.
    static ExitCode manifest(const QString &path, Manifest::Format format, const QString &output, bool quiet);
};
