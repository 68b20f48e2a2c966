// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// A libarchive-style sentinel for extraction tests: a folder holding a sentinel file, a sentinel
// folder (with a file inside) and the target folder an extraction goes to. snapshot() records
// everything outside the target (type, mode, size, modification time, content hash, link
// target, without following links); changesOutsideTarget() says what appeared, changed or
// disappeared since the snapshot, one line each, so a test fails naming the escape.
class SentinelFolder
{
public:
    // What a test plants in the target folder before an extraction, under the name "planted".
    enum class Plant { Nothing, LinkToSentinelFile, LinkToSentinelFolder, Folder };

    // Makes the sentinels under `root` (an existing, empty folder).
    explicit SentinelFolder(const QString &root);

    QString root() const { return m_root; }
    QString target() const; // root/target, created empty
    QString sentinelFile() const; // root/sentinel.txt
    QString sentinelFolder() const; // root/sentinel-dir

    // Plants `kind` at target()/planted (a folder holds a file "kept"); returns false when it
    // could not be made.
    bool plant(Plant kind) const;
    QString planted() const { return target() + QStringLiteral("/planted"); }

    // Records the state of everything under root except the target folder's contents.
    void snapshot();
    // What differs from the last snapshot outside the target; empty when nothing does.
    QString changesOutsideTarget() const;

private:
    QMap<QString, QByteArray> state() const;

    QString m_root;
    QMap<QString, QByteArray> m_snapshot;
};
