// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ByteCount.h"

#include <QRegularExpression>

#include <limits>

QString ByteCount::human(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    //: %1 is a number, %2 a binary unit such as MiB
    return tr("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

std::optional<qint64> ByteCount::parse(const QString &text)
{
    // Digits only (no sign, no hexadecimal), then an optional binary unit.
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]+)(?:([kmgt])(?:i?b)?|b)?$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = match.captured(1).toLongLong(&ok);
    const QString unit = match.captured(2).toLower();
    const int shift = unit.isEmpty() ? 0 : 10 * (1 + int(QStringLiteral("kmgt").indexOf(unit)));
    if (!ok || value > (std::numeric_limits<qint64>::max() >> shift))
        return std::nullopt;
    return value << shift;
}
