// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// One member of an archive as the archive stores it: nothing is cleaned or resolved, so
// "/etc/passwd" and "a/../../b" stay what they are (the safety checks need the raw path).
struct ArchiveMember
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveMember)
public:
    enum class Type { File, Directory, Symlink, HardLink, CharDevice, BlockDevice, Fifo, Other };

    QByteArray rawPath; // the path's bytes as stored (UTF-8 for pax and zip names, usually)
    Type type = Type::File;
    qint64 size = 0; // bytes of content once unpacked (for GNU sparse files: the real size)
    int mode = 0; // permission bits (07777)
    QByteArray rawLinkTarget; // symlink target or hard-link source, as stored; empty otherwise
    qint64 mtime = 0; // seconds since the epoch (UTC)
    qint64 headerOffset = -1; // tar: offset of the member's first header block in the decompressed stream
    qint64 dataOffset = -1; // tar: offset of its data in the decompressed stream; -1 for other formats
    bool sparse = false; // tar: a GNU sparse file (its stored data is not its content)

    QString path() const { return QString::fromUtf8(rawPath); }
    QString linkTarget() const { return QString::fromUtf8(rawLinkTarget); }
    QDateTime modified() const { return QDateTime::fromSecsSinceEpoch(mtime, QTimeZone::UTC); }
    // The last path component ("dir/file.c" -> "file.c"); trailing slashes are ignored.
    QByteArray rawFileName() const;

    // "file", "dir", "symlink", "hardlink", "chardev", "blockdev", "fifo", "other": stable, for JSON.
    static QString typeKey(Type type);
    // Translated, for people.
    static QString typeName(Type type);
};
