// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"
#include "Manifest.h"

#include <QList>
#include <QString>

#include <optional>

// Everything a build needs, gathered by the build dialog from the list and the user's choices.
struct BuildRequest
{
    QList<BuildEntry> entries;
    BuildOptions options;
    QString outputPath;
    bool verifyAfterWriting = true; // read the image back and compare every entry's hash
    std::optional<Manifest::Format> manifestFormat; // write a manifest beside the image

    // Where the manifest goes for `format`: the image's path plus .json, .tsv or .sha256.
    static QString manifestPath(const QString &outputPath, Manifest::Format format);
};

// What a finished build produced.
struct BuildResult
{
    bool ok = false;
    bool canceled = false;
    QString error; // the writer's or the verifier's message, naming the entry and the reason
    QString outputPath;
    qint64 imageSize = 0;
    int entryCount = 0;
    bool verified = false;
    int hashesChecked = 0;
    QString manifestPath; // set when a manifest was written
    QString manifestError; // the image is fine but the manifest could not be written
};
