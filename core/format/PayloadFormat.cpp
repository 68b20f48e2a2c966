// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadFormat.h"

#include <QtEndian>

#include <cstring>

namespace PayloadFormat {

QString layoutName(Layout layout)
{
    return layout == Layout::U32 ? QStringLiteral("u32") : QStringLiteral("u64");
}

std::optional<Layout> parseLayout(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("u32"))
        return Layout::U32;
    if (t == QLatin1String("u64"))
        return Layout::U64;
    return std::nullopt;
}

bool upstreamNameLess(const QByteArray &a, const QByteArray &b)
{
    // QByteArray's operator< compares as unsigned bytes (memcmp), then by length.
    return a < b;
}

quint64 readField(const char *p, Layout layout)
{
    if (layout == Layout::U32)
        return qFromLittleEndian<quint32>(p);
    return qFromLittleEndian<quint64>(p);
}

void writeField(char *p, Layout layout, quint64 value)
{
    if (layout == Layout::U32)
        qToLittleEndian<quint32>(quint32(value), p);
    else
        qToLittleEndian<quint64>(value, p);
}

} // namespace PayloadFormat
