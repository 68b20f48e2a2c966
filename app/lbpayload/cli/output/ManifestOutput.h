// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"
#include "Manifest.h"

#include <QCoreApplication>
#include <QString>

// Where a manifest goes: standard output, or a file written atomically.
class ManifestOutput
{
    Q_DECLARE_TR_FUNCTIONS(ManifestOutput)
public:
    // Writes `manifest` to standard output in `format`. Returns Ok, or Failure (printed) when
    // standard output fails.
    static ExitCode toStdout(const Manifest &manifest, Manifest::Format format);
    // The format a file name suggests: .json, .tsv, .sha256/.sha256sum; json otherwise.
    static Manifest::Format formatForPath(const QString &path);
};
