// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QtGlobal>

// pread and pwrite to the end: a short transfer or an EINTR is carried on where it stopped, so
// the callers only meet real errors. The writers' one copy of this loop.
namespace PositionalIo {

// Writes all `length` bytes at `offset`. Returns false with errno set on an error.
bool writeAll(int fd, const char *data, qint64 length, qint64 offset);
// Reads `length` bytes at `offset`, fewer only where the file ends. Returns the count read,
// or -1 with errno set on an error.
qint64 readFull(int fd, char *data, qint64 length, qint64 offset);

} // namespace PositionalIo
