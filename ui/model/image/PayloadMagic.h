// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>

// Recognises payload images by their first bytes, so a dropped or named file is opened as an
// image rather than added as an entry.
class PayloadMagic
{
public:
    // True when `path` is a readable regular file starting with "LBPAYLD1". Reads 8 bytes.
    static bool isPayloadImage(const QString &path);
};
