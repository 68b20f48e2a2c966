// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/BuildRequest.h"

QString BuildRequest::manifestPath(const QString &outputPath, Manifest::Format format)
{
    switch (format) {
    case Manifest::Format::Json:
        return outputPath + QStringLiteral(".json");
    case Manifest::Format::Tsv:
        return outputPath + QStringLiteral(".tsv");
    case Manifest::Format::Sha256Sum:
        break;
    }
    return outputPath + QStringLiteral(".sha256");
}
