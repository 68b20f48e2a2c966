// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "KArchiveWalker.h"
#include "InputTap.h"
#include "TrailerCheck.h"

#include <K7Zip>
#include <KAr>
#include <KArchive>
#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <KZipFileEntry>

#include <algorithm>
#include <memory>
#include <optional>
#include <zlib.h>

namespace {
// A zip without its end record, or a 7z whose last header lies past the end, is a file cut
// short (a trailer that fails its CRC: damaged): said so, with the byte the file ends at,
// before KArchive guesses at it.
bool trailerCutShort(ArchiveWalk &w, QIODevice *device)
{
    char head[TrailerCheck::HeadSize];
    const qint64 n = device->read(head, TrailerCheck::HeadSize);
    device->seek(0);
    bool damaged = false;
    const std::optional<ArchiveFinding> f =
        TrailerCheck::check(device, QByteArray(head, int(std::max<qint64>(n, 0))), 0, -1, &damaged);
    if (f)
        w.setFailure(
            damaged ? ArchiveReport::Status::Corrupt : ArchiveReport::Status::Truncated, f->message, {}, f->offset);
    return f.has_value();
}

using Items = QList<std::pair<ArchiveMember, const KArchiveFile *>>;

// Opens `archive`, made over `tap`, and lists its members in the order `before` gives. Returns
// nothing after writing the failure into the report: the source's read error, or KArchive's
// refusal in `refusal` (a translated sentence whose %1 is KArchive's own message).
template<typename Before>
std::optional<Items> openAndList(
    ArchiveWalk &w, InputTap &tap, KArchive &archive, const QString &refusal, Before before)
{
    if (!tap.open(QIODevice::ReadOnly)) {
        w.setFailure(ArchiveReport::Status::Unreadable, tap.errorString());
        return std::nullopt;
    }
    if (!archive.open(QIODevice::ReadOnly)) {
        w.setFailure(tap.failed() ? ArchiveReport::Status::Unreadable : ArchiveReport::Status::Corrupt,
            tap.failed() ? tap.sourceError() : refusal.arg(archive.errorString()));
        return std::nullopt;
    }
    Items items;
    ArchiveWalk::collect(archive.directory(), {}, items);
    std::sort(items.begin(), items.end(), before);
    return items;
}

// Zip and 7z members in the order of their stored paths.
bool byPath(const Items::value_type &a, const Items::value_type &b)
{
    return a.first.rawPath < b.first.rawPath;
}
} // namespace

void KArchiveWalker::walkZip(ArchiveWalk &w, QIODevice *device)
{
    if (trailerCutShort(w, device))
        return;
    InputTap tap(device);
    KZip zip(&tap);
    const std::optional<Items> listed = openAndList(w, tap, zip, tr("KZip cannot read it: %1"), byPath);
    if (!listed)
        return;
    const Items &items = *listed;
    for (const auto &item : items)
        w.addMember(item.first);

    QList<const KZipFileEntry *> files;
    for (const auto &item : items)
        if (const auto *ze = dynamic_cast<const KZipFileEntry *>(item.second))
            files.append(ze);
    std::sort(files.begin(), files.end(),
        [](const KZipFileEntry *a, const KZipFileEntry *b) { return a->position() < b->position(); });
    for (const KZipFileEntry *ze : std::as_const(files)) {
        if (ze->position() + ze->compressedSize() > w.r.inputSize) {
            w.setFailure(ArchiveReport::Status::Truncated,
                tr("the data of member \"%1\" runs past the end of the file").arg(ze->path()), ze->path(),
                w.r.inputSize);
            return;
        }
    }
    if (!w.opt.verifyData) {
        w.r.uncompressedSize = -1;
        return;
    }
    QByteArray buffer(ArchiveWalk::ReadChunk, Qt::Uninitialized);
    qint64 uncompressed = 0;
    for (const KZipFileEntry *ze : std::as_const(files)) {
        const QString path = ze->path();
        std::unique_ptr<QIODevice> dev(ze->createDevice());
        if (!dev || (!dev->isOpen() && !dev->open(QIODevice::ReadOnly))) {
            w.setFailure(ArchiveReport::Status::Unsupported,
                tr("member \"%1\" uses zip compression method %2, which KArchive cannot read")
                    .arg(path)
                    .arg(ze->encoding()),
                path, ze->position());
            return;
        }
        quint32 crc = quint32(crc32(0, nullptr, 0));
        qint64 got = 0;
        for (;;) {
            const qint64 n = dev->read(buffer.data(), std::min<qint64>(ArchiveWalk::ReadChunk, ze->size() - got + 1));
            if (n < 0) {
                w.setFailure(tap.failed() ? ArchiveReport::Status::Unreadable : ArchiveReport::Status::Corrupt,
                    tap.failed() ? tap.sourceError() : tr("the compressed data of member \"%1\" is corrupt").arg(path),
                    path, ze->position());
                return;
            }
            if (n == 0)
                break;
            crc = quint32(crc32(crc, reinterpret_cast<const Bytef *>(buffer.constData()), uInt(n)));
            got += n;
            if (got > ze->size())
                break;
            if (!w.tick(ze->position() + ze->compressedSize() * got / std::max<qint64>(1, ze->size()), path)) {
                w.canceled(path, ze->position());
                return;
            }
        }
        if (tap.failed()) {
            w.setFailure(ArchiveReport::Status::Unreadable, tap.sourceError(), path, ze->position());
            return;
        }
        if (got != ze->size()) {
            w.setFailure(ArchiveReport::Status::Corrupt,
                tr("the compressed data of member \"%1\" gives %2 bytes instead of %3: it is corrupt")
                    .arg(path)
                    .arg(got)
                    .arg(ze->size()),
                path, ze->position());
            return;
        }
        if (crc != quint32(ze->crc32())) {
            w.setFailure(ArchiveReport::Status::Corrupt,
                tr("member \"%1\" fails its CRC-32 check (%2 instead of %3)")
                    .arg(path, QString::number(crc, 16), QString::number(quint32(ze->crc32()), 16)),
                path, ze->position());
            return;
        }
        uncompressed += got;
    }
    w.r.uncompressedSize = uncompressed;
    w.r.dataChecked = true;
}

void KArchiveWalker::walk7z(ArchiveWalk &w, QIODevice *device)
{
    if (w.r.inputSize > w.opt.maxInMemoryArchive) {
        w.setFailure(ArchiveReport::Status::Unsupported,
            tr("KArchive's K7Zip unpacks a whole 7-Zip archive into memory when opening it; this one is %1 MiB, above "
               "the "
               "limit of %2 MiB")
                .arg(w.r.inputSize / (1024 * 1024))
                .arg(w.opt.maxInMemoryArchive / (1024 * 1024)));
        return;
    }
    if (trailerCutShort(w, device))
        return;
    InputTap tap(device);
    K7Zip archive(&tap);
    const std::optional<Items> listed = openAndList(w, tap, archive, tr("K7Zip cannot read it: %1"), byPath);
    if (!listed)
        return;
    const Items &items = *listed;
    for (const auto &item : items)
        w.addMember(item.first);
    if (!w.opt.verifyData)
        return;
    qint64 total = 0;
    for (const auto &item : items)
        if (item.second && item.first.type == ArchiveMember::Type::File)
            total += item.second->size();
    qint64 uncompressed = 0;
    for (const auto &[m, file] : items) {
        if (!file || m.type != ArchiveMember::Type::File)
            continue;
        std::unique_ptr<QIODevice> dev(file->createDevice());
        QByteArray buffer(ArchiveWalk::ReadChunk, Qt::Uninitialized);
        qint64 got = 0;
        qint64 n = 0;
        while (dev && (n = dev->read(buffer.data(), ArchiveWalk::ReadChunk)) > 0)
            got += n;
        if (!dev || n < 0 || got != file->size()) {
            w.setFailure(
                ArchiveReport::Status::Corrupt, tr("member \"%1\" cannot be read to its end").arg(m.path()), m.path());
            return;
        }
        uncompressed += got;
        if (!w.tick(
                qint64(double(w.r.inputSize) * double(uncompressed) / double(std::max<qint64>(1, total))), m.path())) {
            w.canceled(m.path(), -1);
            return;
        }
    }
    ArchiveFinding f;
    f.severity = ArchiveFinding::Severity::Info;
    f.code = ArchiveFinding::Code::NotVerified;
    f.message = tr("The members were unpacked, but KArchive does not expose the CRCs a 7-Zip archive stores, so they "
                   "were not compared.");
    w.r.findings.append(f);
    w.r.uncompressedSize = uncompressed;
    w.r.dataChecked = true;
}

void KArchiveWalker::walkAr(ArchiveWalk &w, QIODevice *device)
{
    InputTap tap(device);
    KAr archive(&tap);
    // ar members in the order they are stored in.
    const std::optional<Items> listed =
        openAndList(w, tap, archive, tr("KAr cannot read it: %1"), [](const auto &a, const auto &b) {
            const qint64 pa = a.second ? a.second->position() : -1;
            const qint64 pb = b.second ? b.second->position() : -1;
            return pa < pb;
        });
    if (!listed)
        return;
    const Items &items = *listed;
    qint64 total = 0;
    for (const auto &[m, file] : items) {
        w.addMember(m);
        if (file && file->position() + file->size() > w.r.inputSize) {
            w.setFailure(ArchiveReport::Status::Truncated,
                tr("the data of member \"%1\" runs past the end of the file").arg(m.path()), m.path(), w.r.inputSize);
            return;
        }
        if (file)
            total += file->size();
    }
    if (w.opt.verifyData) {
        QByteArray buffer(ArchiveWalk::ReadChunk, Qt::Uninitialized);
        for (const auto &[m, file] : items) {
            if (!file)
                continue;
            std::unique_ptr<QIODevice> dev(file->createDevice());
            qint64 got = 0;
            qint64 n = 0;
            while (dev && (n = dev->read(buffer.data(), ArchiveWalk::ReadChunk)) > 0)
                got += n;
            if (tap.failed()) {
                w.setFailure(ArchiveReport::Status::Unreadable, tap.sourceError(), m.path(), file->position());
                return;
            }
            if (!dev || n < 0 || got != file->size()) {
                w.setFailure(ArchiveReport::Status::Truncated,
                    tr("member \"%1\" cannot be read to its end").arg(m.path()), m.path(), file->position());
                return;
            }
            if (!w.tick(file->position() + file->size(), m.path())) {
                w.canceled(m.path(), file->position());
                return;
            }
        }
        w.r.dataChecked = true;
    }
    w.r.uncompressedSize = total;
}
