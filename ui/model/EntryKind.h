// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

// What kind of distfile a name denotes, judged from its suffix the way upstream's sources
// files name them (tar.gz, tar.xz, zip, plain files…). Only the name is looked at: the
// table shows the kind for thousands of rows without opening a file.
class EntryKind
{
    Q_DECLARE_TR_FUNCTIONS(EntryKind)
public:
    // The archive suffix of `name` without the dot ("tar.gz", "zip"), or an empty string for a
    // name with no known archive or compression suffix.
    static QString suffix(const QString &name);
    // A short label for the table: the suffix, or "plain" (translated) when there is none.
    static QString label(const QString &name);
    // `name` with `tag` inserted before the archive suffix: "gcc-13.tar.xz" + "2" gives
    // "gcc-13_2.tar.xz". Used to keep both entries when names collide.
    static QString withTag(const QString &name, const QString &tag);
};
