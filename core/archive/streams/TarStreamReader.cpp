// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "TarStreamReader.h"
#include "DecompressedStream.h"
#include "DistfileKind.h"

#include <cstring>
#include <limits>
#include <optional>

namespace {

constexpr qint64 Block = 512;
constexpr qint64 SkipChunk = 1024 * 1024;

bool allZero(const char *block)
{
    for (qint64 i = 0; i < Block; ++i)
        if (block[i] != 0)
            return false;
    return true;
}

qint64 paddingOf(qint64 size)
{
    const qint64 rest = size % Block;
    return rest == 0 ? 0 : Block - rest;
}

// A numeric header field: octal digits (with leading spaces, ended by a space or NUL), or GNU's
// base-256 form (first byte 0x80: a big-endian binary number). Negative base-256 values (first
// byte 0xff) and anything malformed give nullopt; an empty field gives 0.
std::optional<qint64> parseNumber(const char *field, int length)
{
    const auto *u = reinterpret_cast<const uchar *>(field);
    if (u[0] & 0x80) {
        if (u[0] == 0xff)
            return std::nullopt;
        quint64 value = u[0] & 0x3f;
        for (int i = 1; i < length; ++i) {
            if (value > (quint64(std::numeric_limits<qint64>::max()) >> 8))
                return std::nullopt;
            value = value << 8 | u[i];
        }
        return qint64(value);
    }
    int i = 0;
    while (i < length && field[i] == ' ')
        ++i;
    quint64 value = 0;
    for (; i < length; ++i) {
        const char c = field[i];
        if (c == ' ' || c == '\0')
            break;
        if (c < '0' || c > '7')
            return std::nullopt;
        if (value > (quint64(std::numeric_limits<qint64>::max()) >> 3))
            return std::nullopt;
        value = value * 8 + quint64(c - '0');
    }
    return qint64(value);
}

QByteArray cString(const char *field, int length)
{
    return QByteArray(field, qsizetype(qstrnlen(field, size_t(length))));
}

ArchiveMember::Type typeOf(char flag)
{
    switch (flag) {
    case '0':
    case '\0':
    case '7':
    case 'S':
        return ArchiveMember::Type::File;
    case '1':
        return ArchiveMember::Type::HardLink;
    case '2':
        return ArchiveMember::Type::Symlink;
    case '3':
        return ArchiveMember::Type::CharDevice;
    case '4':
        return ArchiveMember::Type::BlockDevice;
    case '5':
    case 'D':
        return ArchiveMember::Type::Directory;
    case '6':
        return ArchiveMember::Type::Fifo;
    default:
        return ArchiveMember::Type::Other;
    }
}

} // namespace

struct TarStreamReader::Pax
{
    std::optional<QByteArray> path;
    std::optional<QByteArray> linkPath;
    std::optional<qint64> size;
    std::optional<qint64> mtime;
    std::optional<QByteArray> sparseName;
    std::optional<qint64> sparseRealSize;
};

TarStreamReader::TarStreamReader(DecompressedStream &stream)
    : m_stream(stream)
{ }

TarStreamReader::Step TarStreamReader::fail(ArchiveReport::Status status, const QString &message, qint64 offset)
{
    m_failed = true;
    m_status = status;
    m_message = message;
    m_failureOffset = offset;
    return Step::Failed;
}

QString TarStreamReader::afterLast() const
{
    return m_last.isEmpty() ? tr("in the first header") : tr("in the header after member \"%1\"").arg(m_last);
}

TarStreamReader::Step TarStreamReader::failFromStream(const QString &where, qint64 offset)
{
    using S = DecompressedStream::State;
    switch (m_stream.state()) {
    case S::Corrupt:
        return fail(ArchiveReport::Status::Corrupt,
            tr("%1, %2, at byte %3 of the decompressed data").arg(m_stream.errorString(), where).arg(offset), offset);
    case S::IoError:
        return fail(ArchiveReport::Status::Unreadable, tr("%1, %2").arg(m_stream.errorString(), where), offset);
    case S::Unsupported:
        return fail(ArchiveReport::Status::Unsupported, m_stream.errorString(), offset);
    case S::Truncated:
        return fail(ArchiveReport::Status::Truncated,
            tr("%1, %2, at byte %3 of the decompressed data").arg(m_stream.errorString(), where).arg(offset), offset);
    case S::End:
    case S::Ok:
        break;
    }
    return fail(
        ArchiveReport::Status::Truncated, tr("the archive ends early, %1, at byte %2").arg(where).arg(offset), offset);
}

qint64 TarStreamReader::readFully(char *data, qint64 length)
{
    return m_stream.read(data, length);
}

bool TarStreamReader::readExtended(qint64 size, QByteArray &out)
{
    const qint64 offset = m_stream.position();
    if (size > MaxExtendedHeader) {
        fail(ArchiveReport::Status::Corrupt,
            tr("an extended header of %1 bytes at byte %2, %3: more than any real archive needs, taken for corruption")
                .arg(size)
                .arg(offset)
                .arg(afterLast()),
            offset);
        return false;
    }
    out.resize(size);
    const qint64 got = readFully(out.data(), size);
    if (got < size) {
        failFromStream(tr("inside an extended header %1").arg(afterLast()), m_stream.position());
        return false;
    }
    const qint64 pad = paddingOf(size);
    char scratch[Block];
    if (pad > 0 && readFully(scratch, pad) < pad) {
        failFromStream(tr("inside an extended header %1").arg(afterLast()), m_stream.position());
        return false;
    }
    return true;
}

bool TarStreamReader::parsePax(const QByteArray &data, Pax &out)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (data.at(pos) == '\0')
            break; // some writers pad the last block with NULs
        const qsizetype space = data.indexOf(' ', pos);
        if (space < 0)
            return false;
        bool ok = false;
        const qint64 length = data.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= space - pos + 1 || pos + length > data.size() || data.at(pos + length - 1) != '\n')
            return false;
        const QByteArray record = data.mid(space + 1, pos + length - space - 2);
        const qsizetype eq = record.indexOf('=');
        if (eq <= 0)
            return false;
        const QByteArray key = record.left(eq);
        const QByteArray value = record.mid(eq + 1);
        auto number = [&](std::optional<qint64> &target, bool fractional) {
            QByteArray digits = value;
            if (fractional) {
                const qsizetype dot = digits.indexOf('.');
                if (dot >= 0)
                    digits.truncate(dot);
            }
            bool valueOk = false;
            const qint64 v = digits.toLongLong(&valueOk);
            if (!valueOk || (!fractional && v < 0))
                return false;
            target = v;
            return true;
        };
        if (key == "path") {
            out.path = value;
        } else if (key == "linkpath") {
            out.linkPath = value;
        } else if (key == "size") {
            if (!number(out.size, false))
                return false;
        } else if (key == "mtime") {
            if (!number(out.mtime, true))
                return false;
        } else if (key == "GNU.sparse.name") {
            out.sparseName = value;
        } else if (key == "GNU.sparse.realsize" || key == "GNU.sparse.size") {
            if (!number(out.sparseRealSize, false))
                return false;
        }
        pos += length;
    }
    return true;
}

bool TarStreamReader::skipBytes(qint64 length, bool inData)
{
    while (length > 0) {
        const qint64 want = std::min(length, SkipChunk);
        const qint64 got = m_stream.skip(want);
        length -= got;
        if (inData)
            m_remaining -= got;
        if (got < want) {
            const QString where = inData ? tr("inside the data of member \"%1\" (%2 of %3 bytes present)")
                                               .arg(m_current)
                                               .arg(m_storedSize - m_remaining)
                                               .arg(m_storedSize)
                                         : tr("inside the padding after member \"%1\"").arg(m_current);
            m_failedMember = m_current;
            failFromStream(where, m_stream.position());
            return false;
        }
        if (m_progress && !m_progress()) {
            m_failedMember = m_current;
            fail(ArchiveReport::Status::Canceled, tr("canceled"), m_stream.position());
            return false;
        }
    }
    return true;
}

bool TarStreamReader::skipData()
{
    if (m_failed)
        return false;
    if (m_remaining > 0 && !skipBytes(m_remaining, true))
        return false;
    if (m_padding > 0) {
        const qint64 pad = m_padding;
        m_padding = 0;
        if (!skipBytes(pad, false))
            return false;
    }
    return true;
}

qint64 TarStreamReader::readData(char *data, qint64 maxSize)
{
    if (m_failed || m_remaining <= 0)
        return 0;
    const qint64 want = std::min(maxSize, m_remaining);
    const qint64 got = readFully(data, want);
    m_remaining -= got;
    if (got < want) {
        m_failedMember = m_current;
        failFromStream(tr("inside the data of member \"%1\" (%2 of %3 bytes present)")
                           .arg(m_current)
                           .arg(m_storedSize - m_remaining)
                           .arg(m_storedSize),
            m_stream.position());
        return got;
    }
    if (m_progress && !m_progress()) {
        m_failedMember = m_current;
        fail(ArchiveReport::Status::Canceled, tr("canceled"), m_stream.position());
    }
    return got;
}

TarStreamReader::Step TarStreamReader::next(ArchiveMember &member)
{
    if (m_failed)
        return Step::Failed;
    if (m_done)
        return Step::End;
    if (!skipData())
        return Step::Failed;
    if (m_progress && !m_progress()) {
        m_failedMember = m_last;
        return fail(ArchiveReport::Status::Canceled, tr("canceled"), m_stream.position());
    }

    Pax pax;
    std::optional<QByteArray> longName;
    std::optional<QByteArray> longLink;
    bool extended = false;
    const qint64 headerStart = m_stream.position();
    char block[Block];
    for (;;) {
        const qint64 blockOffset = m_stream.position();
        const qint64 got = readFully(block, Block);
        if (got < Block) {
            m_failedMember = m_last;
            if (m_stream.state() != DecompressedStream::State::End)
                return failFromStream(afterLast(), blockOffset + got);
            if (got > 0 || extended)
                return fail(ArchiveReport::Status::Truncated,
                    tr("the archive ends inside a header %1, at byte %2 of the decompressed data")
                        .arg(afterLast())
                        .arg(blockOffset + got),
                    blockOffset + got);
            // The data ended cleanly at a member boundary, without the two zero blocks.
            ArchiveFinding f;
            f.severity = ArchiveFinding::Severity::Warning;
            f.code = ArchiveFinding::Code::NoEndMarker;
            f.offset = blockOffset;
            f.message = tr(
                "The archive ends after member \"%1\" without its end-of-archive blocks, at byte %2: tar reads it, but "
                "it may have been cut short at a member boundary.")
                            .arg(m_last)
                            .arg(blockOffset);
            m_findings.append(f);
            m_done = true;
            return Step::End;
        }
        if (allZero(block)) {
            if (extended) {
                m_failedMember = m_last;
                return fail(ArchiveReport::Status::Corrupt,
                    tr("an extended header %1 is followed by an empty block, at byte %2")
                        .arg(afterLast())
                        .arg(blockOffset),
                    blockOffset);
            }
            char second[Block];
            const qint64 got2 = readFully(second, Block);
            m_done = true;
            if (got2 == Block && allZero(second)) {
                m_sawEndMarker = true;
                return Step::End;
            }
            if (got2 < Block && m_stream.state() != DecompressedStream::State::End) {
                m_failedMember = m_last;
                return failFromStream(tr("in the end-of-archive blocks"), blockOffset + Block + got2);
            }
            if (got2 != 0 && got2 < Block) {
                m_failedMember = m_last;
                return fail(ArchiveReport::Status::Truncated,
                    tr("the archive ends inside its end-of-archive blocks, at byte %1 of the decompressed data")
                        .arg(blockOffset + Block + got2),
                    blockOffset + Block + got2);
            }
            ArchiveFinding f;
            f.code = ArchiveFinding::Code::LoneZeroBlock;
            f.offset = blockOffset;
            if (got2 == 0) {
                f.severity = ArchiveFinding::Severity::Info;
                f.message = tr("The archive ends with a single zero block at byte %1 instead of two.").arg(blockOffset);
            } else {
                f.severity = ArchiveFinding::Severity::Warning;
                f.message =
                    tr("A lone zero block at byte %1 ends the archive for tar, but more data follows it; tar ignores "
                       "everything after it.")
                        .arg(blockOffset);
            }
            m_findings.append(f);
            return Step::End;
        }
        if (!DistfileKind::isTarHeader(block)) {
            m_failedMember = m_last;
            return fail(ArchiveReport::Status::Corrupt,
                tr("the header checksum does not match %1, at byte %2 of the decompressed data")
                    .arg(afterLast())
                    .arg(blockOffset),
                blockOffset);
        }
        const char flag = block[156];
        const std::optional<qint64> headerSize = parseNumber(block + 124, 12);
        if (!headerSize) {
            m_failedMember = m_last;
            return fail(ArchiveReport::Status::Corrupt,
                tr("the size field is malformed %1, at byte %2").arg(afterLast()).arg(blockOffset), blockOffset);
        }
        if (flag == 'L' || flag == 'K' || flag == 'x' || flag == 'g') {
            // A long name or a pax header belongs to the member that follows; a global pax header
            // stands on its own (git archive writes one even for an empty tree).
            extended = extended || flag != 'g';
            QByteArray data;
            if (!readExtended(*headerSize, data)) {
                m_failedMember = m_last;
                return Step::Failed;
            }
            if (flag == 'L') {
                longName = cString(data.constData(), int(data.size()));
            } else if (flag == 'K') {
                longLink = cString(data.constData(), int(data.size()));
            } else {
                Pax parsed;
                if (!parsePax(data, parsed)) {
                    m_failedMember = m_last;
                    return fail(ArchiveReport::Status::Corrupt,
                        tr("a malformed pax header %1, at byte %2").arg(afterLast()).arg(blockOffset), blockOffset);
                }
                if (flag == 'x')
                    pax = parsed;
                // Global pax headers ('g') carry comments (git's commit id) and defaults that do
                // not change what is listed here; they are validated and otherwise ignored.
            }
            continue;
        }

        // A real member header.
        const bool posix = std::memcmp(block + 257, "ustar\0", 6) == 0;
        QByteArray path;
        if (pax.sparseName)
            path = *pax.sparseName;
        else if (pax.path)
            path = *pax.path;
        else if (longName)
            path = *longName;
        else {
            path = cString(block, 100);
            const QByteArray prefix = posix ? cString(block + 345, 155) : QByteArray();
            if (!prefix.isEmpty())
                path = prefix + '/' + path;
        }
        member = ArchiveMember {};
        member.rawPath = path;
        member.type = typeOf(flag);
        if (member.type == ArchiveMember::Type::File && flag != 'S' && path.endsWith('/'))
            member.type = ArchiveMember::Type::Directory; // old tars mark folders by the slash only
        member.mode = int(parseNumber(block + 100, 8).value_or(0) & 07777);
        member.mtime = pax.mtime ? *pax.mtime : parseNumber(block + 136, 12).value_or(0);
        if (member.type == ArchiveMember::Type::Symlink || member.type == ArchiveMember::Type::HardLink)
            member.rawLinkTarget = pax.linkPath ? *pax.linkPath : longLink ? *longLink : cString(block + 157, 100);
        qint64 stored = pax.size ? *pax.size : *headerSize;
        qint64 size = stored;
        if (flag == 'S') {
            // Old GNU sparse file: the real size is in the header, the map may continue in
            // extension blocks.
            member.sparse = true;
            size = parseNumber(block + 483, 12).value_or(stored);
            bool more = block[482] != 0;
            while (more) {
                const qint64 extOffset = m_stream.position();
                if (readFully(block, Block) < Block) {
                    m_failedMember = QString::fromUtf8(path);
                    return failFromStream(
                        tr("inside the sparse map of member \"%1\"").arg(QString::fromUtf8(path)), extOffset);
                }
                more = block[504] != 0;
            }
        }
        if (pax.sparseName || pax.sparseRealSize) {
            member.sparse = true;
            size = pax.sparseRealSize.value_or(stored);
        }
        if (flag == '5')
            stored = 0; // GNU tar never reads data after a folder header
        switch (member.type) {
        case ArchiveMember::Type::File:
        case ArchiveMember::Type::Other:
            member.size = size;
            break;
        default:
            member.size = 0;
            break;
        }
        member.headerOffset = headerStart;
        member.dataOffset = m_stream.position();
        m_storedSize = stored;
        m_remaining = stored;
        m_padding = paddingOf(stored);
        m_current = member.path();
        m_last = m_current;
        return Step::Member;
    }
}
