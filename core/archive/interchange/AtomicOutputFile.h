// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QTemporaryFile;

// A file written under a temporary name in its final folder and moved into place only when
// complete, as PayloadWriter does for images: a failure or a cancel leaves nothing, an
// existing file is never replaced unless asked, and never by a half-written one. Without
// overwrite, the final link() also refuses a file that appeared while this one was written.
class AtomicOutputFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicOutputFile)
public:
    explicit AtomicOutputFile(const QString &path);
    ~AtomicOutputFile(); // discards the temporary file unless commit() succeeded
    AtomicOutputFile(const AtomicOutputFile &) = delete;
    AtomicOutputFile &operator=(const AtomicOutputFile &) = delete;

    // Creates the temporary file (read-write). False, with errorString(), when `path` exists and
    // `overwrite` is false, is a folder, or its folder is not writable.
    [[nodiscard]] bool open(bool overwrite);
    // The temporary file; valid after open().
    QFile *file() const;
    int handle() const;

    // Flushes, optionally fsyncs, gives the file the usual permissions (0666 & ~umask) and moves
    // it to its final path. False, with errorString(), when that fails; the temporary is removed.
    [[nodiscard]] bool commit(bool sync);
    void discard();

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    QString m_path;
    bool m_overwrite = false;
    std::unique_ptr<QTemporaryFile> m_temp;
    QString m_error;
};
