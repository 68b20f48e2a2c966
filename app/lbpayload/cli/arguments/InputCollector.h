// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Turns create's INPUT arguments and --from-list files into build entries, in the order given.
// A file becomes one entry named after it; a folder adds its regular files (symbolic links to
// regular files included), named after each file, in byte order of their names, with
// sub-folders only when recursive. Upstream list files give names and paths themselves.
class InputCollector
{
    Q_DECLARE_TR_FUNCTIONS(InputCollector)
public:
    explicit InputCollector(bool recursive)
        : m_recursive(recursive)
    { }

    // Adds a file or a folder. Returns false and sets error() when the path does not exist or
    // is neither a regular file nor a folder.
    bool addPath(const QString &path);
    // Adds the entries of an upstream "<name> <path>" list; "-" reads standard input and takes
    // relative paths from the current folder. Returns false and sets error() when the list
    // cannot be read or parsed, or names a path that is not a regular file.
    bool addList(const QString &listPath);
    // Leaves out any entry whose source is `path` (the image being written into an input
    // folder); returns how many were left out.
    int exclude(const QString &path);

    const QList<BuildEntry> &entries() const { return m_entries; }
    QString error() const { return m_error; }

    // The regular files of `folder` as entries (see the class comment). Returns false and
    // sets `error` when the folder cannot be read.
    static bool folderEntries(const QString &folder, bool recursive, QList<BuildEntry> *entries, QString *error);

private:
    bool checkSource(const BuildEntry &entry, const QString &origin);

    bool m_recursive;
    QList<BuildEntry> m_entries;
    QString m_error;
};
