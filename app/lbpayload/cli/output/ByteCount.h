// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Byte counts as people write and read them.
class ByteCount
{
    Q_DECLARE_TR_FUNCTIONS(ByteCount)
public:
    // "512 B", "1.5 KiB", "3.2 GiB": binary units, one decimal from KiB on.
    static QString human(qint64 bytes);
    // A plain count ("4096") or one with a binary suffix: K/KiB, M/MiB, G/GiB, T/TiB (case-
    // insensitive, "B" optional, powers of 1024). std::nullopt when negative, malformed or too
    // large for 63 bits.
    static std::optional<qint64> parse(const QString &text);
};
