// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>

// Recognises images by their first bytes, so a dropped or named file is opened as an image
// rather than added as an entry: external.img (LBPAYLD1) and the first boot disk (init.img).
class PayloadMagic
{
public:
    // True when `path` is a readable regular file starting with "LBPAYLD1". Reads 8 bytes.
    static bool isPayloadImage(const QString &path);
    // True when `path` is a readable regular file or block device that ImageKind tells a first
    // boot disk (a boot sector ending 55 AA, then builder-hex0's stage-2 text). Reads 1 KiB.
    static bool isFirstImage(const QString &path);
    // Either of the two.
    static bool isImage(const QString &path) { return isPayloadImage(path) || isFirstImage(path); }
};
