// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "TrailerCheck.h"

#include <QFile>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <zlib.h>

// Named: in a unity batch the helpers of DistfileKind.cpp share this translation unit.
namespace {
namespace trailer {

quint32 le16(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return quint32(u[0]) | quint32(u[1]) << 8;
}

quint32 le32(const char *p)
{
    return le16(p) | le16(p + 2) << 16;
}

quint64 le64(const char *p)
{
    return quint64(le32(p)) | quint64(le32(p + 4)) << 32;
}

quint32 crc32Of(const char *p, qint64 length)
{
    return quint32(::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(p), uInt(length)));
}

bool startsWith(const QByteArray &data, const char *magic, qsizetype length)
{
    return data.size() >= length && std::memcmp(data.constData(), magic, size_t(length)) == 0;
}

struct Verdict
{
    ArchiveFinding finding;
    bool damaged = false; // the trailer is there but fails a check, rather than missing
};

Verdict verdict(qint64 end, const QString &message, bool damaged)
{
    Verdict v;
    v.finding.severity = ArchiveFinding::Severity::Error;
    v.finding.code = ArchiveFinding::Code::CutShort;
    v.finding.offset = end;
    v.finding.message = message;
    v.damaged = damaged;
    return v;
}

Verdict cutShort(qint64 end, const QString &message)
{
    return verdict(end, message, false);
}

Verdict damagedTrailer(qint64 end, const QString &message)
{
    return verdict(end, message, true);
}

// `tail` holds the last bytes of data that is `size` bytes long.
std::optional<Verdict> checkXz(const QByteArray &tail, qint64 size)
{
    const char *t = tail.constData();
    qint64 end = tail.size();
    // Stream padding: zero bytes in multiples of four. A footer ends in "YZ", never in a zero.
    qint64 zeros = 0;
    while (zeros < end && t[end - 1 - zeros] == 0)
        ++zeros;
    if (zeros % 4 != 0 || end - zeros < 12 || std::memcmp(t + end - zeros - 2, "YZ", 2) != 0)
        return cutShort(
            size, TrailerCheck::tr("cut short: the xz stream footer is missing; the file ends at byte %1").arg(size));
    end -= zeros;
    const char *footer = t + end - 12;
    const qint64 footerAt = size - zeros - 12;
    if (crc32Of(footer + 4, 6) != le32(footer))
        return damagedTrailer(size,
            TrailerCheck::tr("cut short or damaged: the xz stream footer at byte %1 fails its CRC32 check; the file "
                             "ends at byte %2")
                .arg(footerAt)
                .arg(size));
    // The flags are a reserved zero byte and a check type of 0 to 15.
    const qint64 indexSize = (qint64(le32(footer + 4)) + 1) * 4;
    const bool flagsSane = footer[8] == 0 && (uchar(footer[9]) & 0xf0) == 0;
    // The index lies between the stream header (12 bytes) and the footer, and begins with a zero.
    const qint64 indexAt = footerAt - indexSize;
    const qint64 indexInTail = end - 12 - indexSize;
    if (!flagsSane || indexAt < 12 || (indexInTail >= 0 && t[indexInTail] != 0))
        return damagedTrailer(size,
            TrailerCheck::tr("cut short or damaged: the xz stream footer at byte %1 points to no index (%2 bytes "
                             "before it); the file ends at byte %3")
                .arg(footerAt)
                .arg(indexSize)
                .arg(size));
    return std::nullopt;
}

std::optional<Verdict> checkZip(const QByteArray &tail, qint64 size)
{
    const char *t = tail.constData();
    const qint64 tailAt = size - tail.size();
    // The record is 22 bytes and a comment of its stated length; the last one that fits wins.
    qint64 record = -1;
    for (qint64 p = tail.size() - 22; p >= 0 && record < 0; --p)
        if (std::memcmp(t + p, "PK\x05\x06", 4) == 0 && p + 22 + qint64(le16(t + p + 20)) <= tail.size())
            record = p;
    if (record < 0)
        return cutShort(size,
            TrailerCheck::tr("cut short: the zip end of central directory record is missing; the file ends at byte %1")
                .arg(size));
    qint64 limit = tailAt + record; // the directory ends before the record that names it
    quint64 dirSize = le32(t + record + 12);
    quint64 dirAt = le32(t + record + 16);
    if (dirSize == 0xffffffffu || dirAt == 0xffffffffu) {
        // Zip64: a locator right before the record points at the zip64 record, which holds the
        // real values.
        const qint64 locator = record - 20;
        const qint64 zip64At = locator >= 0 && std::memcmp(t + locator, "PK\x06\x07", 4) == 0
            ? qint64(std::min<quint64>(le64(t + locator + 8), quint64(size)))
            : -1;
        const qint64 zip64InTail = zip64At - tailAt;
        if (zip64At < 0 || zip64At + 56 > tailAt + locator)
            return cutShort(size,
                TrailerCheck::tr("cut short or damaged: the zip64 end of central directory record before byte %1 is "
                                 "missing; the file ends at byte %2")
                    .arg(tailAt + record)
                    .arg(size));
        if (zip64InTail >= 0) {
            if (std::memcmp(t + zip64InTail, "PK\x06\x06", 4) != 0)
                return damagedTrailer(size,
                    TrailerCheck::tr("cut short or damaged: there is no zip64 end of central directory record at "
                                     "byte %1; the file ends at byte %2")
                        .arg(zip64At)
                        .arg(size));
            dirSize = le64(t + zip64InTail + 40);
            dirAt = le64(t + zip64InTail + 48);
        }
        limit = zip64At;
    }
    if (dirAt > quint64(limit) || dirSize > quint64(limit) - dirAt)
        return cutShort(size,
            TrailerCheck::tr("cut short or damaged: the zip central directory (%1 bytes at byte %2) does not lie "
                             "before its end record at byte %3; the file ends at byte %4")
                .arg(dirSize)
                .arg(dirAt)
                .arg(limit)
                .arg(size));
    return std::nullopt;
}

std::optional<Verdict> checkSevenZip(const QByteArray &head, const QByteArray &tail, qint64 size)
{
    if (head.size() < TrailerCheck::HeadSize || size < TrailerCheck::HeadSize)
        return cutShort(
            size, TrailerCheck::tr("cut short: the file ends at byte %1, inside the 7-Zip signature header").arg(size));
    const char *h = head.constData();
    // 7-Zip writes the start header last: zeros or a wrong CRC mean the writing never finished.
    if (crc32Of(h + 12, 20) != le32(h + 8))
        return damagedTrailer(size,
            TrailerCheck::tr("cut short or damaged: the 7-Zip start header fails its CRC32 check; the file ends at "
                             "byte %1")
                .arg(size));
    const quint64 nextOffset = le64(h + 12);
    const quint64 nextSize = le64(h + 20);
    const quint64 room = quint64(size - TrailerCheck::HeadSize);
    if (nextOffset > room || nextSize > room - nextOffset)
        return cutShort(size,
            TrailerCheck::tr("cut short: the 7-Zip header (%1 bytes at byte %2) lies past the end of the file at "
                             "byte %3")
                .arg(nextSize)
                .arg(quint64(TrailerCheck::HeadSize) + nextOffset)
                .arg(size));
    // The last header's own CRC, when the tail read holds all of it.
    const qint64 nextAt = TrailerCheck::HeadSize + qint64(nextOffset);
    const qint64 nextInTail = nextAt - (size - tail.size());
    if (nextSize > 0 && nextInTail >= 0 && crc32Of(tail.constData() + nextInTail, qint64(nextSize)) != le32(h + 28))
        return damagedTrailer(size,
            TrailerCheck::tr("cut short or damaged: the 7-Zip header at byte %1 fails its CRC32 check; the file ends "
                             "at byte %2")
                .arg(nextAt)
                .arg(size));
    return std::nullopt;
}

} // namespace trailer
} // namespace

TrailerCheck::Rule TrailerCheck::ruleOf(const QByteArray &head)
{
    if (trailer::startsWith(head, "\xfd\x37\x7a\x58\x5a\x00", 6))
        return Rule::Xz;
    if (trailer::startsWith(head, "PK\x03\x04", 4) || trailer::startsWith(head, "PK\x05\x06", 4) ||
        trailer::startsWith(head, "PK\x07\x08", 4))
        return Rule::Zip;
    if (trailer::startsWith(head, "7z\xbc\xaf\x27\x1c", 6))
        return Rule::SevenZip;
    return Rule::None;
}

std::optional<ArchiveFinding> TrailerCheck::check(
    QIODevice *device, const QByteArray &head, qint64 offset, qint64 length, bool *damaged)
{
    const Rule rule = ruleOf(head);
    if (rule == Rule::None || !device || !device->isOpen() || device->isSequential())
        return std::nullopt;
    const qint64 size = length < 0 ? device->size() - offset : std::min(length, device->size() - offset);
    if (size <= 0)
        return std::nullopt;
    const qint64 tailSize = std::min(size, TailSize);
    const qint64 position = device->pos();
    QByteArray tail;
    if (device->seek(offset + size - tailSize)) {
        tail.resize(tailSize);
        const qint64 n = device->read(tail.data(), tailSize);
        tail.truncate(std::max<qint64>(n, 0));
    }
    device->seek(position);
    if (tail.size() != tailSize)
        return std::nullopt;
    std::optional<trailer::Verdict> v;
    switch (rule) {
    case Rule::Xz:
        v = trailer::checkXz(tail, size);
        break;
    case Rule::Zip:
        v = trailer::checkZip(tail, size);
        break;
    case Rule::SevenZip:
        v = trailer::checkSevenZip(head, tail, size);
        break;
    case Rule::None:
        break;
    }
    if (!v)
        return std::nullopt;
    if (damaged)
        *damaged = v->damaged;
    return v->finding;
}

std::optional<ArchiveFinding> TrailerCheck::checkFile(const QString &path)
{
    QFile file(path);
    // Unbuffered: two small reads, no 16 KiB read-ahead.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    QByteArray head(HeadSize, Qt::Uninitialized);
    head.truncate(std::max<qint64>(file.read(head.data(), HeadSize), 0));
    return check(&file, head);
}

QString TrailerCheck::statusWord()
{
    return tr("cut short");
}
