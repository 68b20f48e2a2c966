// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"
#include "ExitCode.h"
#include "Manifest.h"

#include <QCoreApplication>
#include <QString>

// The --from-tar route of `lbpayload create`: an image from a tarball's regular members
// (TarImporter), each entry named after the member's file name, streamed without a temporary
// copy. CreateCommand parses the options and checks the command line; this does the work.
class CreateFromTar
{
    Q_DECLARE_TR_FUNCTIONS(CreateFromTar)
public:
    struct Request
    {
        QString tarPath;
        QString output;
        BuildOptions options;
        QString manifestPath; // empty: no manifest
        Manifest::Format manifestFormat = Manifest::Format::Json;
        bool quiet = false;
    };
    // Returns Ok, Failure (the tar cannot be read or become an image, a write failed) or
    // Interrupted; every problem is printed naming the tar, the member and the offset.
    static ExitCode run(const Request &request);
};
