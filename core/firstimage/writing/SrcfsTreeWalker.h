// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Lists a prepared folder the way upstream's generator (output_tree) walks it with
// `os.walk('.')`, so that the script made from the list is upstream's:
// - top-down: for each folder, first its subfolders, then its files, then each subfolder in
//   turn, depth first;
// - but every folder's entries in byte order of their names, where os.walk takes the file
//   system's listing order: the same tree then always gives the same bytes, and upstream's
//   bytes whenever its listing happened to be sorted;
// - every entry whose path below the folder contains ".git" anywhere (".git", ".gitignore",
//   "foo.github") is left out, and a folder left out is not entered;
// - symbolic links as os.walk with followlinks=False sees them: a link to a folder is listed
//   as a folder (its own `src 0` line) but not entered; a link to a file is a file, whose
//   target's bytes are read. A dangling link, a FIFO, a socket or a device is refused (upstream
//   would fail opening it, or block on it).
// Paths are kept as bytes, as the file system has them, starting "./" as upstream writes them.
class SrcfsTreeWalker
{
    Q_DECLARE_TR_FUNCTIONS(SrcfsTreeWalker)
public:
    struct Entry
    {
        QByteArray path; // "./steps/bootstrap.cfg"
        bool folder = false;
        qint64 size = 0; // a file's size when listed; 0 for a folder
        QByteArray source; // a file's path to open (the folder's path joined with `path`)
    };

    // Lists `folder`. Returns false and sets error() when the folder or anything in it cannot
    // be read (the message names it), an entry is neither file nor folder, or `control`
    // cancels (wasCanceled()). Progress is reported per folder, without a total.
    [[nodiscard]] bool walk(const QString &folder, const JobControl &control = {});

    const QList<Entry> &entries() const { return m_entries; }
    // How many entries were left out for ".git" (the ones under a left-out folder not counted).
    int gitEntriesSkipped() const { return m_gitSkipped; }
    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }

    // Whether upstream leaves out the entry at `relativePath` ("a/b", without "./").
    static bool isGitPath(const QByteArray &relativePath) { return relativePath.contains(".git"); }

private:
    bool fail(const QString &message);
    // Lists the folder at `relative` ("" for the top) and then enters its subfolders.
    bool walkFolder(const QByteArray &relative, const JobControl &control);

    QByteArray m_root;
    QList<Entry> m_entries;
    int m_gitSkipped = 0;
    QString m_error;
    bool m_canceled = false;
};
