// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

// Facts about the LBPAYLD1 byte layout (see README, "The format"). Everything here is
// pure arithmetic: no I/O.
namespace PayloadFormat {

inline constexpr char Magic[] = "LBPAYLD1";
inline constexpr qint64 MagicSize = 8;

// The two layouts share the magic and differ only in the width of their integers.
enum class Layout { U32, U64 };

// The upstream importer's limits.
inline constexpr quint64 MaxImporterCount = 200000;
inline constexpr qint64 MaxImporterNameLength = 1024;

// A name length beyond this is treated as corruption rather than read: the importer would
// reject anything above 1024 bytes anyway, and this keeps a hostile length from turning
// into an allocation.
inline constexpr qint64 MaxReadableNameLength = 64 * 1024;

// Width of the count, the name length and the size fields.
constexpr int fieldSize(Layout layout) { return layout == Layout::U32 ? 4 : 8; }
// Name length plus size: 8 bytes (u32) or 16 bytes (u64).
constexpr int entryHeaderSize(Layout layout) { return 2 * fieldSize(layout); }
// Magic plus count.
constexpr qint64 imageHeaderSize(Layout layout) { return MagicSize + fieldSize(layout); }
// Largest name length or file size the layout can store.
constexpr quint64 maxFieldValue(Layout layout) { return layout == Layout::U32 ? 0xffffffffull : ~0ull; }

// Exact size of an image holding `count` entries whose names total `nameBytes` and whose data
// totals `dataBytes`, before any padding.
constexpr qint64 imageSize(Layout layout, qint64 count, qint64 nameBytes, qint64 dataBytes)
{
    return imageHeaderSize(layout) + count * entryHeaderSize(layout) + nameBytes + dataBytes;
}

// Rounds `size` up to a multiple of `padTo` (no change when padTo <= 1).
constexpr qint64 paddedSize(qint64 size, qint64 padTo)
{
    return padTo <= 1 ? size : (size + padTo - 1) / padTo * padTo;
}

// "u32" or "u64".
QString layoutName(Layout layout);
// Parses "u32"/"u64" (case-insensitive); std::nullopt otherwise.
std::optional<Layout> parseLayout(const QString &text);

// Upstream's generator sorts names as Python strings, i.e. by Unicode code point; for valid
// UTF-8 that is exactly the order of the raw bytes, which is what this compares.
bool upstreamNameLess(const QByteArray &a, const QByteArray &b);

// Little-endian field access.
quint64 readField(const char *p, Layout layout);
void writeField(char *p, Layout layout, quint64 value);

} // namespace PayloadFormat
