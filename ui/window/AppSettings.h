// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Manifest.h"
#include "PayloadFormat.h"

#include <QString>
#include <QStringList>

// What the application remembers between runs (QSettings): last folders per purpose and
// the build options. Window geometry and recent files are kept by their owners. Written on a
// worker and read with the writes still waiting (SettingsWriter): no call waits for the disk.
class AppSettings
{
public:
    enum class Folder { AddFiles, Output, Extract, List, Image, Manifest, Checkout, Distfiles };

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

    // The distfile mirrors Fetch Missing tries first, in order (Settings > Mirrors…).
    static QStringList mirrors();
    static void setMirrors(const QStringList &mirrors);

    // What was chosen for the checkout at `root` last time: its distfiles folder (empty: the
    // checkout's own distfiles/), split step (empty: the suggested one) and Guix choice.
    struct CheckoutChoices
    {
        QString distfilesDir;
        QString splitStep;
        bool guix = false;
    };
    static CheckoutChoices checkoutChoices(const QString &root);
    static void setCheckoutChoices(const QString &root, const CheckoutChoices &choices);
};
