// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveFinding.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

// What a distfile is, told from its bytes (magic numbers, the first tar header inside a
// compressed stream, and QMimeDatabase for everything else) and compared with what its name
// promises. A ".tar.gz" that is really an HTML error page is the classic mirror failure.
class DistfileKind
{
    Q_DECLARE_TR_FUNCTIONS(DistfileKind)
public:
    enum class Kind {
        Unknown, // could not be read (Detection::error says why)
        Empty, // zero bytes
        PlainData, // none of the below: text, HTML, a binary; Detection::contentMimeType says which
        Tar,
        TarGzip,
        TarBzip2,
        TarXz,
        TarLzma,
        TarZstd,
        Gzip, // a lone compressed file: no tar inside
        Bzip2,
        Xz,
        Lzma,
        Zstd,
        Zip,
        SevenZip,
        Ar,
        Unsupported, // a format KArchive cannot read (lzip, compress, lz4, RAR); see Detection::format
    };
    enum class Compression { None, Gzip, Bzip2, Xz, Lzma, Zstd };

    struct Detection
    {
        Kind kind = Kind::Unknown;
        // QMimeDatabase's verdict on the first bytes ("application/gzip", "text/html").
        QString contentMimeType;
        // For compressed data: QMimeDatabase's verdict on the first decompressed bytes.
        QString innerMimeType;
        // kind == Unsupported: the format's name ("lzip"); empty otherwise.
        QString format;
        // What the file name suggests (Unknown when the name suggests nothing, e.g. ".txt").
        Kind nameKind = Kind::Unknown;
        // kind == Unknown: why the file could not be read.
        QString error;
        // False when a compressed stream could not be decompressed far enough to see whether a
        // tar is inside; the kind then follows the name (or says "lone compressed file").
        bool innerReadable = true;
        // Every byte read was zero: a download that was never written (kind is PlainData).
        bool zeroFilled = false;
        // The CutShort finding when the format ends in a fixed trailer that is missing or
        // damaged (TrailerCheck). Only ContentCheck::sniffFile() looks at the end; detect()
        // reads the head alone and leaves this empty.
        std::optional<ArchiveFinding> cutShort;

        // Whether the content is what the name says (true when the name says nothing).
        bool nameMatches() const;
        // The finding for a mismatch, naming `displayName`; nullopt when the name matches.
        // Error when the content is not an archive of the promised family at all (an HTML page,
        // an empty file, a gzip stream without a tar in it), Warning when it is another archive.
        std::optional<ArchiveFinding> mismatchFinding(const QString &displayName) const;
    };

    // How many bytes detect() looks at (and decompresses, for compressed data).
    static constexpr qint64 HeadSize = 16 * 1024;

    // Reads the first bytes of `device` (open for reading, random access) and restores its
    // position to 0. `fileName` is only used for the name comparison.
    static Detection detect(QIODevice *device, const QString &fileName);
    static Detection detectFile(const QString &path);

    // The kind a file name promises, from its suffix (".tar.gz", ".tgz", ".zip", ...), Unknown
    // when it promises nothing; ".tar.lz" and ".tar.Z" give Unsupported.
    static Kind kindFromFileName(const QString &fileName);
    // The name with the compression suffix removed ("a.txt.gz" -> "a.txt", "a.tgz" -> "a.tar").
    static QString decompressedName(const QString &fileName);

    static Compression compressionOf(Kind kind);
    static bool isTar(Kind kind);
    static bool isLoneCompressed(Kind kind);
    // Tar, zip, 7z, ar: something with members.
    static bool hasMembers(Kind kind);

    // Stable key for JSON and the CLI: "tar.gz", "zip", "data", "unsupported", ...
    static QString key(Kind kind);
    // Translated, for people: "gzip-compressed tar archive".
    static QString displayName(Kind kind);
    static QString compressionName(Compression compression);

    // True when the 512 bytes at `block` are a tar header (checksum valid; not all zero).
    static bool isTarHeader(const char *block);
};
