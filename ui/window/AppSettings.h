// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Manifest.h"
#include "PayloadFormat.h"

#include <QString>

// What the application remembers between runs (QSettings): last folders per purpose and
// the build options. Window geometry and recent files are kept by their owners.
class AppSettings
{
public:
    enum class Folder { AddFiles, Output, Extract, List, Image, Manifest };

    // The folder last used for `purpose`, or the home folder.
    static QString lastFolder(Folder purpose);
    // Remembers the folder of `path` (or `path` itself when it is a folder).
    static void rememberFolder(Folder purpose, const QString &path);

    struct BuildDefaults
    {
        PayloadFormat::Layout layout = PayloadFormat::Layout::U32;
        bool sortByName = true;
        qint64 padTo = 0;
        bool verifyAfterWriting = true;
        bool writeManifest = false;
        Manifest::Format manifestFormat = Manifest::Format::Json;
    };
    static BuildDefaults buildDefaults();
    static void setBuildDefaults(const BuildDefaults &defaults);

    // Whether the archive inspector dock is shown (on by default).
    static bool inspectorVisible();
    static void setInspectorVisible(bool visible);

    static qint64 targetDiskBytes();
    static void setTargetDiskBytes(qint64 bytes);
};
