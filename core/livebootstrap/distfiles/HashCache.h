// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FileIdentity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <mutex>
#include <optional>

// Remembers the SHA-256 of files by their FileIdentity, so that checking unchanged distfiles
// a second time reads no data. An entry answers only for a file whose device, inode, size,
// mtime and ctime (nanoseconds) are all unchanged; anything else is a miss.
//
// The cache is one file, written whole under a temporary name and renamed (so a reader never
// sees half of it) while holding a lock file, after merging what another process saved in
// the meantime: two processes can share it. It ends with a checksum of its contents; a file
// that does not parse or whose checksum is wrong is discarded with a warning, never trusted.
// It keeps at most maxEntries(), dropping the least recently used.
class HashCache
{
    Q_DECLARE_TR_FUNCTIONS(HashCache)
public:
    // `<generic cache folder>/payload-studio/sha256-cache`, shared by the GUI and lbpayload
    // (~/.cache/payload-studio/sha256-cache for most users).
    static QString defaultPath();
    static constexpr qsizetype DefaultMaxEntries = 100000;

    explicit HashCache(const QString &path = defaultPath(), qsizetype maxEntries = DefaultMaxEntries);

    QString path() const { return m_path; }
    qsizetype maxEntries() const { return m_maxEntries; }

    // Reads the cache file. A missing file is an empty cache. A corrupt one is ignored (the
    // next save replaces it) and warning() says so, naming the file and what was wrong.
    // Returns false only when the file exists and cannot be read at all (warning() set too).
    // Not [[nodiscard]]: an unreadable cache is an empty one, and warning() says why.
    bool load();
    QString warning() const;

    // Thread-safe. The digest recorded for exactly this identity, if any; a hit counts as a
    // use for the eviction order.
    std::optional<QByteArray> lookup(const FileIdentity &identity) const;
    // Thread-safe. Records `sha256` (64 hex digits) for `identity`, replacing what was known
    // about the same device and inode. Only regular files are recorded.
    void insert(const FileIdentity &identity, const QByteArray &sha256);
    qsizetype size() const;

    // Writes the cache: under the lock file, merges the entries another process saved since
    // load(), keeps the maxEntries() most recently used, writes a temporary file and renames
    // it into place. Returns false and sets `error` (naming the file) when the folder cannot
    // be created or written; the old cache file then stays as it was.
    [[nodiscard]] bool save(QString *error = nullptr);

private:
    struct Record
    {
        FileIdentity identity;
        QByteArray sha256;
        qint64 lastUsed = 0; // seconds since the epoch
    };
    using Key = QPair<quint64, quint64>; // device, inode

    bool readFile(QHash<Key, Record> *out, QString *problem) const;

    QString m_path;
    qsizetype m_maxEntries;
    mutable std::mutex m_mutex;
    mutable QHash<Key, Record> m_records;
    QString m_warning;
};
