// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class FirstImageReader;

// Recreates the srcfs tree of a first image in a folder: its folders (`src 0`) and files
// (`src N` with data); `hex0` and program records are not extracted, they run at boot.
//
// Every path lands inside the folder whatever it says: it is resolved as builder-hex0 resolves
// it (FirstImageFormat::absolutePath: "." and ".." taken against the root "/", so "../x" and
// "/etc/x" are "/x" and "/etc/x" of the srcfs) and then put under the folder. Folders are
// walked one component at a time from descriptors with O_NOFOLLOW, so a symbolic link in the
// folder is never followed; existing files are kept unless overwriting is asked for; each
// file appears whole or not at all (PendingFile, as PayloadExtractor does).
class FirstImageExtractor
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageExtractor)
public:
    struct Options
    {
        bool overwrite = false;
        // Records to extract. Empty: every File and Folder record except those a later record
        // of the same path replaces (builder-hex0 keeps the last one). Other kinds are skipped.
        QList<int> indices;
    };

    // Extracts into `directory`, creating it when missing. Returns false and sets error()
    // (naming the image, the record and its byte offset, or the path) at the first record
    // that cannot be extracted (refused path, existing file, a link or file where a folder
    // must be, I/O error), or on a cancel (wasCanceled()). Paths are checked before anything
    // is written; files already extracted stay.
    [[nodiscard]] bool extract(const FirstImageReader &reader, const QString &directory, const Options &options,
        const JobControl &control = {});

    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    // Files written, in order (folders are not listed).
    const QStringList &written() const { return m_written; }
    int foldersMade() const { return m_folders; }

    // Where `path` (as written in a record) lands under the target: builder-hex0's absolute
    // path without its leading "/", e.g. "./steps/../x" -> "x", "/etc/x" -> "etc/x". Empty
    // for the root itself ("." or "/").
    static QByteArray targetPath(const QByteArray &path);
    // Why a record's path cannot be extracted, or an empty string when it can.
    static QString refusal(const QByteArray &path);
    // The records Options::indices stands for when empty (see there).
    static QList<int> defaultSelection(const FirstImageReader &reader);

private:
    QString m_error;
    bool m_canceled = false;
    QStringList m_written;
    int m_folders = 0;
};
