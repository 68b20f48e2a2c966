// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DecompressedStream.h"
#include "InputTap.h"

#include <KCompressionDevice>
#include <KFilterBase>

namespace {
constexpr qint64 ScratchSize = 256 * 1024;
}

DecompressedStream::DecompressedStream(QIODevice *source, DistfileKind::Compression compression)
    : m_source(source)
    , m_compression(compression)
{ }

DecompressedStream::~DecompressedStream()
{
    // The filter refers to the tap: close it first.
    m_filter.reset();
    m_tap.reset();
}

int DecompressedStream::kArchiveType(DistfileKind::Compression compression)
{
    switch (compression) {
    case DistfileKind::Compression::Gzip:
        return KCompressionDevice::GZip;
    case DistfileKind::Compression::Bzip2:
        return KCompressionDevice::BZip2;
    case DistfileKind::Compression::Xz:
    case DistfileKind::Compression::Lzma:
        return KCompressionDevice::Xz;
    case DistfileKind::Compression::Zstd:
        return KCompressionDevice::Zstd;
    case DistfileKind::Compression::None:
        break;
    }
    return KCompressionDevice::None;
}

bool DecompressedStream::open()
{
    m_position = 0;
    m_state = State::Ok;
    m_error.clear();
    m_tap = std::make_unique<InputTap>(m_source);
    if (!m_tap->open(QIODevice::ReadOnly)) {
        m_error = tr("the data cannot be read: %1").arg(m_tap->errorString());
        m_state = State::IoError;
        return false;
    }
    if (!isCompressed())
        return true;
    const auto type = KCompressionDevice::CompressionType(kArchiveType(m_compression));
    // filterForCompressionType() hands over a new filter: only asked to learn whether this
    // KArchive build has one.
    if (!std::unique_ptr<KFilterBase>(KCompressionDevice::filterForCompressionType(type))) {
        m_state = State::Unsupported;
        m_error = tr("this build of KArchive has no %1 decompressor").arg(DistfileKind::compressionName(m_compression));
        return false;
    }
    m_filter = std::make_unique<KCompressionDevice>(m_tap.get(), false, type);
    if (!m_filter->open(QIODevice::ReadOnly)) {
        m_state = State::Unsupported;
        m_error = tr("KArchive cannot start a %1 decompressor").arg(DistfileKind::compressionName(m_compression));
        return false;
    }
    return true;
}

qint64 DecompressedStream::inputPosition() const
{
    return m_tap ? m_tap->pos() : 0;
}

qint64 DecompressedStream::inputSize() const
{
    return m_source->size();
}

void DecompressedStream::fail(State state)
{
    if (m_tap && m_tap->failed())
        state = State::IoError;
    m_state = state;
    const QString format = DistfileKind::compressionName(m_compression);
    switch (state) {
    case State::Truncated:
        m_error = isCompressed() ? tr("the %1 data ends before the end of its stream").arg(format)
                                 : tr("the data ends early");
        break;
    case State::Corrupt:
        m_error = tr("the %1 data is corrupt").arg(format);
        break;
    case State::IoError:
        m_error = tr("read error: %1").arg(m_tap ? m_tap->sourceError() : QString());
        break;
    case State::Unsupported:
    case State::Ok:
    case State::End:
        break;
    }
}

qint64 DecompressedStream::readCompressed(char *data, qint64 maxSize)
{
    qint64 got = 0;
    while (got < maxSize) {
        const qint64 n = m_filter->read(data + got, maxSize - got);
        if (n > 0) {
            got += n;
            continue;
        }
        if (n < 0) {
            fail(State::Corrupt);
            break;
        }
        if (m_filter->atEnd()) {
            m_state = m_tap->failed() ? State::IoError : State::End;
            if (m_state == State::IoError)
                fail(State::IoError);
            break;
        }
        // KCompressionDevice returns 0 when its input ran dry before the stream's end, and
        // also once before reporting an error: ask again to tell the two apart.
        const qint64 again = m_filter->read(data + got, maxSize - got);
        if (again > 0) {
            got += again;
            continue;
        }
        fail(again < 0 ? State::Corrupt : State::Truncated);
        break;
    }
    return got;
}

qint64 DecompressedStream::read(char *data, qint64 maxSize)
{
    if (m_state != State::Ok || maxSize <= 0)
        return 0;
    qint64 got = 0;
    if (isCompressed()) {
        got = readCompressed(data, maxSize);
    } else {
        while (got < maxSize) {
            const qint64 n = m_tap->read(data + got, maxSize - got);
            if (n <= 0) {
                if (m_tap->failed())
                    fail(State::IoError);
                else
                    m_state = State::End;
                break;
            }
            got += n;
        }
    }
    m_position += got;
    return got;
}

qint64 DecompressedStream::skip(qint64 length)
{
    if (m_state != State::Ok || length <= 0)
        return 0;
    if (!isCompressed() && !m_tap->isSequential()) {
        const qint64 size = m_tap->size();
        const qint64 target = std::min(m_tap->pos() + length, size);
        const qint64 skipped = target - m_tap->pos();
        if (!m_tap->seek(target)) {
            fail(State::IoError);
            return 0;
        }
        m_position += skipped;
        if (skipped < length)
            m_state = State::End;
        return skipped;
    }
    if (m_scratch.isEmpty())
        m_scratch.resize(ScratchSize);
    qint64 done = 0;
    while (done < length && m_state == State::Ok) {
        const qint64 n = read(m_scratch.data(), std::min<qint64>(ScratchSize, length - done));
        if (n <= 0)
            break;
        done += n;
    }
    return done;
}
