// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DistfileKind.h"
#include "DecompressedStream.h"

#include <QFile>
#include <QMimeDatabase>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

struct Suffix
{
    const char *suffix;
    DistfileKind::Kind kind;
};

// Longest suffixes first: ".tar.gz" before ".gz".
constexpr std::array<Suffix, 30> Suffixes {{
    {".tar.gz", DistfileKind::Kind::TarGzip},
    {".tgz", DistfileKind::Kind::TarGzip},
    {".taz", DistfileKind::Kind::TarGzip},
    {".tar.bz2", DistfileKind::Kind::TarBzip2},
    {".tbz2", DistfileKind::Kind::TarBzip2},
    {".tbz", DistfileKind::Kind::TarBzip2},
    {".tb2", DistfileKind::Kind::TarBzip2},
    {".tar.xz", DistfileKind::Kind::TarXz},
    {".txz", DistfileKind::Kind::TarXz},
    {".tar.lzma", DistfileKind::Kind::TarLzma},
    {".tlz", DistfileKind::Kind::TarLzma},
    {".tar.zst", DistfileKind::Kind::TarZstd},
    {".tzst", DistfileKind::Kind::TarZstd},
    {".tar.lz", DistfileKind::Kind::Unsupported},
    {".tar.z", DistfileKind::Kind::Unsupported},
    {".tar.lz4", DistfileKind::Kind::Unsupported},
    {".tar", DistfileKind::Kind::Tar},
    {".gz", DistfileKind::Kind::Gzip},
    {".bz2", DistfileKind::Kind::Bzip2},
    {".xz", DistfileKind::Kind::Xz},
    {".lzma", DistfileKind::Kind::Lzma},
    {".zst", DistfileKind::Kind::Zstd},
    {".zip", DistfileKind::Kind::Zip},
    {".jar", DistfileKind::Kind::Zip},
    {".7z", DistfileKind::Kind::SevenZip},
    {".a", DistfileKind::Kind::Ar},
    {".deb", DistfileKind::Kind::Ar},
    {".lz", DistfileKind::Kind::Unsupported},
    {".z", DistfileKind::Kind::Unsupported},
    {".rar", DistfileKind::Kind::Unsupported},
}};

bool startsWith(const QByteArray &data, const char *magic, qsizetype length)
{
    return data.size() >= length && std::memcmp(data.constData(), magic, size_t(length)) == 0;
}

quint32 le32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

// The header of a legacy .lzma (LZMA_alone) stream has no magic: a properties byte, a dictionary
// size and the uncompressed size. These are the values real encoders write.
bool looksLikeLzmaAlone(const QByteArray &head)
{
    if (head.size() < 13 || uchar(head.at(0)) > 224)
        return false;
    const quint32 dict = le32(head.constData() + 1);
    bool dictOk = dict == 0xffffffffu;
    for (int n = 12; n <= 30 && !dictOk; ++n)
        dictOk = dict == (1u << n) || dict == (1u << n) + (1u << (n - 1));
    if (!dictOk)
        return false;
    const quint64 low = le32(head.constData() + 5);
    const quint64 high = le32(head.constData() + 9);
    const quint64 size = low | high << 32;
    return size == ~0ull || size < (1ull << 48);
}

// Decompresses up to `limit` bytes from the start of `device`; `ok` is false when the
// decompressor failed before the end of the data or of `limit`.
QByteArray decompressHead(QIODevice *device, DistfileKind::Compression compression, qint64 limit, bool *ok)
{
    *ok = false;
    DecompressedStream stream(device, compression);
    if (!stream.open())
        return {};
    QByteArray out(limit, Qt::Uninitialized);
    out.truncate(stream.read(out.data(), limit));
    *ok = stream.state() == DecompressedStream::State::Ok || stream.state() == DecompressedStream::State::End;
    return out;
}

} // namespace

bool DistfileKind::isTarHeader(const char *block)
{
    const auto *u = reinterpret_cast<const uchar *>(block);
    bool allZero = true;
    for (int i = 0; i < 512 && allZero; ++i)
        allZero = u[i] == 0;
    if (allZero)
        return false;
    // The checksum field: up to 8 octal digits, padded with spaces or NULs.
    quint64 stored = 0;
    int digits = 0;
    for (int i = 148; i < 156; ++i) {
        const char c = block[i];
        if (c >= '0' && c <= '7') {
            stored = stored * 8 + quint64(c - '0');
            ++digits;
        } else if (c == ' ' || c == '\0') {
            if (digits > 0)
                break;
        } else {
            return false;
        }
    }
    if (digits == 0)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < 512; ++i) {
        const bool inField = i >= 148 && i < 156;
        unsignedSum += inField ? 32 : u[i];
        signedSum += inField ? 32 : static_cast<signed char>(block[i]);
    }
    return qint64(stored) == unsignedSum || qint64(stored) == signedSum;
}

bool DistfileKind::Detection::nameMatches() const
{
    if (nameKind == Kind::Unknown || nameKind == kind)
        return true;
    if (nameKind == Kind::Unsupported && kind == Kind::Unsupported)
        return true;
    // "x.gz" holding a tar is still a gzip file.
    if (isLoneCompressed(nameKind) && isTar(kind) && compressionOf(nameKind) == compressionOf(kind))
        return true;
    return false;
}

std::optional<ArchiveFinding> DistfileKind::Detection::mismatchFinding(const QString &displayName) const
{
    if (nameMatches() || kind == Kind::Unknown)
        return std::nullopt;
    ArchiveFinding f;
    f.code = ArchiveFinding::Code::NameContentMismatch;
    const QString promised = DistfileKind::displayName(nameKind);
    const bool html = contentMimeType == QLatin1String("text/html") || innerMimeType == QLatin1String("text/html");
    // Object stores answer a missing key with an XML error document.
    const bool xml = contentMimeType.endsWith(QLatin1String("/xml")); // application/xml, text/xml
    if (kind == Kind::Empty) {
        f.severity = ArchiveFinding::Severity::Error;
        f.message = tr("%1 is named like a %2, but it is empty.").arg(displayName, promised);
    } else if (kind == Kind::PlainData || (isLoneCompressed(kind) && isTar(nameKind))) {
        f.severity = ArchiveFinding::Severity::Error;
        const QString what = isLoneCompressed(kind)
            ? tr("a %1 of %2")
                  .arg(DistfileKind::displayName(kind), innerMimeType.isEmpty() ? tr("unknown data") : innerMimeType)
            : contentMimeType;
        if (html)
            f.message = tr("%1 is named like a %2, but it is an HTML document (%3): probably an error page saved in "
                           "place of the download.")
                            .arg(displayName, promised, what);
        else if (xml)
            f.message = tr("%1 is named like a %2, but it is an XML document (%3): probably a server's error answer "
                           "saved in place of the download.")
                            .arg(displayName, promised, what);
        else if (zeroFilled)
            f.message = tr("%1 is named like a %2, but it begins with nothing but zero bytes: a download that was "
                           "never written, or a damaged copy.")
                            .arg(displayName, promised);
        else
            f.message = tr("%1 is named like a %2, but its content is %3.").arg(displayName, promised, what);
    } else {
        f.severity = ArchiveFinding::Severity::Warning;
        f.message = tr("%1 is named like a %2, but it is a %3; tools that trust the name will fail on it.")
                        .arg(displayName, promised,
                            kind == Kind::Unsupported ? tr("%1 file").arg(format) : DistfileKind::displayName(kind));
    }
    return f;
}

DistfileKind::Detection DistfileKind::detect(QIODevice *device, const QString &fileName)
{
    Detection d;
    d.nameKind = kindFromFileName(fileName);
    if (!device || !device->isOpen() || !device->isReadable()) {
        d.error = tr("the file is not open for reading");
        return d;
    }
    if (device->isSequential()) {
        d.error = tr("the data cannot be read twice (a stream), which detection needs");
        return d;
    }
    if (!device->seek(0)) {
        d.error = device->errorString();
        return d;
    }
    const QByteArray head = device->read(HeadSize);
    if (head.isNull() && device->size() != 0) {
        d.error = device->errorString();
        return d;
    }
    device->seek(0);
    if (head.isEmpty()) {
        d.kind = Kind::Empty;
        return d;
    }

    static const QMimeDatabase mimes;
    d.contentMimeType = mimes.mimeTypeForData(head).name();
    d.zeroFilled = std::all_of(head.cbegin(), head.cend(), [](char c) { return c == 0; });

    Compression compression = Compression::None;
    if (startsWith(head, "7z\xbc\xaf\x27\x1c", 6))
        d.kind = Kind::SevenZip;
    else if (startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4) ||
        startsWith(head, "PK\x07\x08", 4))
        d.kind = Kind::Zip;
    else if (startsWith(head, "!<arch>\n", 8))
        d.kind = Kind::Ar;
    else if (startsWith(head, "\x1f\x8b", 2))
        compression = Compression::Gzip;
    else if (startsWith(head, "BZh", 3) && head.size() >= 10 && head.at(3) >= '1' && head.at(3) <= '9' &&
        (std::memcmp(head.constData() + 4, "\x31\x41\x59\x26\x53\x59", 6) == 0 ||
            std::memcmp(head.constData() + 4, "\x17\x72\x45\x38\x50\x90", 6) == 0))
        compression = Compression::Bzip2;
    else if (startsWith(head,
                 "\xfd"
                 "7zXZ\x00",
                 6))
        compression = Compression::Xz;
    else if (startsWith(head, "\x28\xb5\x2f\xfd", 4))
        compression = Compression::Zstd;
    else if (startsWith(head, "LZIP", 4))
        d.format = QStringLiteral("lzip");
    else if (startsWith(head, "\x1f\x9d", 2))
        d.format = QStringLiteral("compress (.Z)");
    else if (startsWith(head, "\x04\x22\x4d\x18", 4))
        d.format = QStringLiteral("lz4");
    else if (startsWith(head, "Rar!\x1a\x07", 6))
        d.format = QStringLiteral("RAR");
    else if (head.size() >= 512 &&
        (isTarHeader(head.constData()) || std::memcmp(head.constData() + 257, "ustar", 5) == 0))
        d.kind = Kind::Tar; // with the ustar magic but a bad checksum it is a damaged tar: the walk says where
    else if (looksLikeLzmaAlone(head)) {
        // No magic: only a trial decompression can tell.
        bool ok = false;
        const QByteArray inner = decompressHead(device, Compression::Lzma, 512, &ok);
        device->seek(0);
        if (!inner.isEmpty())
            compression = Compression::Lzma;
    }

    if (!d.format.isEmpty())
        d.kind = Kind::Unsupported;

    if (compression != Compression::None) {
        // One block tells a tar; only a lone file needs more, for its MIME type. Most distfiles
        // are tars, and this runs for every file added to a list.
        bool ok = false;
        QByteArray inner = decompressHead(device, compression, 512, &ok);
        const bool tar = inner.size() >= 512 &&
            (isTarHeader(inner.constData()) || std::memcmp(inner.constData() + 257, "ustar", 5) == 0);
        if (!tar && inner.size() >= 512 && device->seek(0))
            inner = decompressHead(device, compression, HeadSize, &ok);
        device->seek(0);
        if (!inner.isEmpty())
            d.innerMimeType = tar ? QStringLiteral("application/x-tar") : mimes.mimeTypeForData(inner).name();
        d.innerReadable = tar || ok || inner.size() >= 512;
        static constexpr std::array<std::pair<Kind, Kind>, 5> pairs {{
            {Kind::Gzip, Kind::TarGzip},
            {Kind::Bzip2, Kind::TarBzip2},
            {Kind::Xz, Kind::TarXz},
            {Kind::Lzma, Kind::TarLzma},
            {Kind::Zstd, Kind::TarZstd},
        }};
        const auto [lone, tarred] = *std::find_if(
            pairs.cbegin(), pairs.cend(), [&](const auto &p) { return compressionOf(p.first) == compression; });
        // Too damaged, or too short when only the head was read (a bzip2 block can be larger), to
        // see inside: a tar when the name says so; the integrity test will say what is wrong.
        d.kind = tar || (!d.innerReadable && isTar(d.nameKind)) ? tarred : lone;
    }
    if (d.kind == Kind::Unknown)
        d.kind = Kind::PlainData;
    return d;
}

DistfileKind::Detection DistfileKind::detectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Detection d;
        d.nameKind = kindFromFileName(path);
        d.error = file.errorString();
        return d;
    }
    return detect(&file, path);
}

DistfileKind::Kind DistfileKind::kindFromFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    for (const Suffix &s : Suffixes)
        if (lower.endsWith(QLatin1String(s.suffix)) && lower.size() > qsizetype(std::strlen(s.suffix)))
            return s.kind;
    return Kind::Unknown;
}

QString DistfileKind::decompressedName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    static const std::array<std::pair<const char *, const char *>, 11> map {{
        {".tgz", ".tar"},
        {".taz", ".tar"},
        {".tbz2", ".tar"},
        {".tbz", ".tar"},
        {".txz", ".tar"},
        {".tzst", ".tar"},
        {".gz", ""},
        {".bz2", ""},
        {".xz", ""},
        {".lzma", ""},
        {".zst", ""},
    }};
    for (const auto &[suffix, replacement] : map) {
        const qsizetype n = qsizetype(std::strlen(suffix));
        if (lower.endsWith(QLatin1String(suffix)) && lower.size() > n)
            return fileName.left(fileName.size() - n) + QLatin1String(replacement);
    }
    return fileName;
}

DistfileKind::Compression DistfileKind::compressionOf(Kind kind)
{
    switch (kind) {
    case Kind::TarGzip:
    case Kind::Gzip:
        return Compression::Gzip;
    case Kind::TarBzip2:
    case Kind::Bzip2:
        return Compression::Bzip2;
    case Kind::TarXz:
    case Kind::Xz:
        return Compression::Xz;
    case Kind::TarLzma:
    case Kind::Lzma:
        return Compression::Lzma;
    case Kind::TarZstd:
    case Kind::Zstd:
        return Compression::Zstd;
    default:
        return Compression::None;
    }
}

bool DistfileKind::isTar(Kind kind)
{
    switch (kind) {
    case Kind::Tar:
    case Kind::TarGzip:
    case Kind::TarBzip2:
    case Kind::TarXz:
    case Kind::TarLzma:
    case Kind::TarZstd:
        return true;
    default:
        return false;
    }
}

bool DistfileKind::isLoneCompressed(Kind kind)
{
    switch (kind) {
    case Kind::Gzip:
    case Kind::Bzip2:
    case Kind::Xz:
    case Kind::Lzma:
    case Kind::Zstd:
        return true;
    default:
        return false;
    }
}

bool DistfileKind::hasMembers(Kind kind)
{
    return isTar(kind) || kind == Kind::Zip || kind == Kind::SevenZip || kind == Kind::Ar;
}

QString DistfileKind::key(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::PlainData:
        return QStringLiteral("data");
    case Kind::Tar:
        return QStringLiteral("tar");
    case Kind::TarGzip:
        return QStringLiteral("tar.gz");
    case Kind::TarBzip2:
        return QStringLiteral("tar.bz2");
    case Kind::TarXz:
        return QStringLiteral("tar.xz");
    case Kind::TarLzma:
        return QStringLiteral("tar.lzma");
    case Kind::TarZstd:
        return QStringLiteral("tar.zst");
    case Kind::Gzip:
        return QStringLiteral("gz");
    case Kind::Bzip2:
        return QStringLiteral("bz2");
    case Kind::Xz:
        return QStringLiteral("xz");
    case Kind::Lzma:
        return QStringLiteral("lzma");
    case Kind::Zstd:
        return QStringLiteral("zst");
    case Kind::Zip:
        return QStringLiteral("zip");
    case Kind::SevenZip:
        return QStringLiteral("7z");
    case Kind::Ar:
        return QStringLiteral("ar");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}

QString DistfileKind::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return tr("unreadable file");
    case Kind::Empty:
        return tr("empty file");
    case Kind::PlainData:
        return tr("plain data file");
    case Kind::Tar:
        return tr("tar archive");
    case Kind::TarGzip:
        return tr("gzip-compressed tar archive");
    case Kind::TarBzip2:
        return tr("bzip2-compressed tar archive");
    case Kind::TarXz:
        return tr("xz-compressed tar archive");
    case Kind::TarLzma:
        return tr("lzma-compressed tar archive");
    case Kind::TarZstd:
        return tr("zstd-compressed tar archive");
    case Kind::Gzip:
        return tr("gzip-compressed file");
    case Kind::Bzip2:
        return tr("bzip2-compressed file");
    case Kind::Xz:
        return tr("xz-compressed file");
    case Kind::Lzma:
        return tr("lzma-compressed file");
    case Kind::Zstd:
        return tr("zstd-compressed file");
    case Kind::Zip:
        return tr("zip archive");
    case Kind::SevenZip:
        return tr("7-Zip archive");
    case Kind::Ar:
        return tr("ar archive");
    case Kind::Unsupported:
        return tr("file in a format KArchive cannot read");
    }
    return {};
}

QString DistfileKind::compressionName(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return tr("uncompressed");
    case Compression::Gzip:
        return QStringLiteral("gzip");
    case Compression::Bzip2:
        return QStringLiteral("bzip2");
    case Compression::Xz:
        return QStringLiteral("xz");
    case Compression::Lzma:
        return QStringLiteral("lzma");
    case Compression::Zstd:
        return QStringLiteral("zstd");
    }
    return {};
}
