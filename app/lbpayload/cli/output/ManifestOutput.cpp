// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ManifestOutput.h"
#include "Console.h"

#include <QFile>

#include <unistd.h>

ExitCode ManifestOutput::toStdout(const Manifest &manifest, Manifest::Format format)
{
    QFile out;
    // Unbuffered: Manifest::write already hands over 64 KiB chunks.
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle) ||
        !manifest.write(&out, format)) {
        Console::error(tr("cannot write to standard output: %1").arg(out.errorString()));
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

Manifest::Format ManifestOutput::formatForPath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".tsv")))
        return Manifest::Format::Tsv;
    if (lower.endsWith(QLatin1String(".sha256")) || lower.endsWith(QLatin1String(".sha256sum")) ||
        lower.endsWith(QLatin1String(".sha256sums")))
        return Manifest::Format::Sha256Sum;
    return Manifest::Format::Json;
}
