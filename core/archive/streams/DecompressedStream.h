// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileKind.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class InputTap;
class KCompressionDevice;
class QIODevice;

// The decompressed bytes of a file or an image entry, read front to back through KArchive's
// KCompressionDevice (gzip, bzip2, xz, lzma, zstd) or directly when uncompressed, with the
// end of the data told apart from a truncated or corrupt stream and from a read error.
//
// KCompressionDevice returns 0 both at the real end and when its input ran out mid-stream,
// and sometimes 0 once before -1 on corrupt data; this class asks it again and checks
// KCompressionDevice::atEnd() so that callers get one clear state. Nothing is buffered
// beyond KArchive's own 8 KiB input buffer: memory stays flat whatever the size.
class DecompressedStream
{
    Q_DECLARE_TR_FUNCTIONS(DecompressedStream)
public:
    enum class State {
        Ok, // more data may follow
        End, // the stream ended properly (compressed: the decompressor saw its end and checksum)
        Truncated, // the input ended in the middle of the compressed stream
        Corrupt, // the decompressor rejected the data (bad block, checksum mismatch, garbage)
        IoError, // the source could not be read
        Unsupported, // KArchive has no decompressor for this format in this build
    };

    // `source` must be open for reading and outlive the stream; reading starts at its byte 0.
    DecompressedStream(QIODevice *source, DistfileKind::Compression compression);
    ~DecompressedStream();
    DecompressedStream(const DecompressedStream &) = delete;
    DecompressedStream &operator=(const DecompressedStream &) = delete;

    // Sets up the decompressor. False (state Unsupported or IoError) when it cannot be.
    [[nodiscard]] bool open();

    // Reads up to `maxSize` bytes; fewer only at the end of the stream or on a failure. Returns
    // 0 when nothing more can be read: state() then says End or what went wrong.
    qint64 read(char *data, qint64 maxSize);
    // Skips `length` bytes (seeking when uncompressed and random access, decompressing and
    // discarding otherwise). Returns the count skipped; fewer than asked at the end or on a
    // failure (state() says which).
    qint64 skip(qint64 length);

    DistfileKind::Compression compression() const { return m_compression; }
    bool isCompressed() const { return m_compression != DistfileKind::Compression::None; }
    // Decompressed bytes delivered (or skipped) so far.
    qint64 position() const { return m_position; }
    // Bytes of the source consumed so far (the decompressor reads ahead by up to 8 KiB).
    qint64 inputPosition() const;
    qint64 inputSize() const;

    State state() const { return m_state; }
    // Translated description of the failure ("the xz data is corrupt"); empty while Ok or at End.
    QString errorString() const { return m_error; }

    // The KArchive compression type used for `compression` (xz and lzma share liblzma's
    // auto decoder).
    static int kArchiveType(DistfileKind::Compression compression);

private:
    void fail(State state);
    qint64 readCompressed(char *data, qint64 maxSize);

    QIODevice *m_source;
    DistfileKind::Compression m_compression;
    std::unique_ptr<InputTap> m_tap;
    std::unique_ptr<KCompressionDevice> m_filter;
    qint64 m_position = 0;
    State m_state = State::Ok;
    QString m_error;
    QByteArray m_scratch;
};
