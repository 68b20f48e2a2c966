// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>

// Copies [offset, offset + size) of the open file `in` to the start of the open file `out`,
// in the kernel where it can (copy_file_range), else through a 1 MiB buffer. `step` is told
// each chunk's byte count and returns false to stop. Returns 0 when done, an errno value on
// an error (EIO when `in` ends early), or -1 when `step` stopped it. Shared by the extractors
// of both disks, so that both copy alike.
int copyFileRange(int in, qint64 offset, qint64 size, int out, const std::function<bool(qint64)> &step);

// What extractRange() did: errno values, 0 where that step went well.
struct ExtractedRange
{
    int createError = 0; // the unnamed file could not be made
    int copyError = 0; // as copyFileRange() returns: an errno value, or -1 when stopped
    int placeError = 0; // naming it: EEXIST (not overwritten), EISDIR, ...
    bool ok() const { return !createError && !copyError && !placeError; }
};

// Writes [offset, offset + size) of `in` as the file `name` in the folder `dirFd`, unnamed
// until complete (PendingFile), so a killed process leaves no partial file. With `overwrite`
// an existing target (a symbolic link too) is replaced rather than written through; without,
// any existing target is refused (placeError EEXIST). The extractors of both disks use it.
ExtractedRange extractRange(int in, qint64 offset, qint64 size, int dirFd, const QByteArray &name, bool overwrite,
    const std::function<bool(qint64)> &step);
