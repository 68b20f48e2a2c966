// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// What the kernel says about a file at one moment: enough to tell, without reading it, that
// its bytes may have changed. Any write moves the ctime (even a write followed by `touch -d`
// back to the old mtime), a replacement changes the inode, so two equal identities mean the
// same bytes for every practical purpose. Times are in nanoseconds.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    bool regular = false;

    // stat() of `path`, following symbolic links. std::nullopt when it fails; `err` then holds
    // errno.
    [[nodiscard]] static std::optional<FileIdentity> ofPath(const QString &path, int *err = nullptr);
    // fstat() of an open file.
    [[nodiscard]] static std::optional<FileIdentity> ofFd(int fd, int *err = nullptr);

    bool operator==(const FileIdentity &other) const = default;
};
