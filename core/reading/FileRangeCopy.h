// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QtGlobal>

#include <functional>

// Copies [offset, offset + size) of the open file `in` to the start of the open file `out`,
// in the kernel where it can (copy_file_range), else through a 1 MiB buffer. `step` is told
// each chunk's byte count and returns false to stop. Returns 0 when done, an errno value on
// an error (EIO when `in` ends early), or -1 when `step` stopped it. Shared by the extractors
// of both disks, so that both copy alike.
int copyFileRange(int in, qint64 offset, qint64 size, int out, const std::function<bool(qint64)> &step);
