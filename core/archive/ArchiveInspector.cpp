// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveInspector.h"
#include "DecompressedStream.h"
#include "InputTap.h"
#include "MemberSafety.h"
#include "PayloadReader.h"
#include "TarStreamReader.h"

#include <K7Zip>
#include <KAr>
#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <KZipFileEntry>

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>
#include <zlib.h>

namespace {

constexpr qint64 ReadChunk = 256 * 1024;
constexpr qint64 ProgressStep = 1024 * 1024;

// State shared by the walks over one distfile.
class Walk
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveInspector)
public:
    Walk(ArchiveReport &report, const ArchiveInspector::Options &options, const JobControl &control)
        : r(report)
        , opt(options)
        , ctl(control)
    { }

    ArchiveReport &r;
    const ArchiveInspector::Options &opt;
    const JobControl &ctl;
    MemberSafety safety;
    qint64 lastReported = -ProgressStep;

    // Reports progress (throttled) and polls the cancel flag; false when canceled.
    bool tick(qint64 inputPosition, const QString &member)
    {
        if (inputPosition - lastReported >= ProgressStep) {
            lastReported = inputPosition;
            ctl.report(inputPosition, r.inputSize, member);
        }
        return !ctl.canceled();
    }

    void addMember(const ArchiveMember &m)
    {
        ++r.memberCount;
        safety.check(m, r.findings);
        if (!opt.listMembers)
            return;
        if (r.members.size() < opt.maxListedMembers) {
            r.members.append(m);
        } else if (r.members.size() == opt.maxListedMembers && r.memberCount == opt.maxListedMembers + 1) {
            ArchiveFinding f;
            f.severity = ArchiveFinding::Severity::Info;
            f.code = ArchiveFinding::Code::TooManyMembers;
            f.message = tr("Only the first %1 members are listed; the others are counted and checked.")
                            .arg(opt.maxListedMembers);
            r.findings.append(f);
        }
    }

    void setFailure(ArchiveReport::Status status, const QString &message, const QString &member = {},
        qint64 inputOffset = -1, qint64 streamOffset = -1)
    {
        r.status = status;
        r.message = message;
        r.failedMember = member;
        r.failedInputOffset = inputOffset;
        r.failedStreamOffset = streamOffset;
    }

    void canceled(const QString &member, qint64 inputOffset)
    {
        setFailure(ArchiveReport::Status::Canceled, tr("canceled"), member, inputOffset);
    }

    static ArchiveReport::Status statusOf(DecompressedStream::State state)
    {
        switch (state) {
        case DecompressedStream::State::Truncated:
            return ArchiveReport::Status::Truncated;
        case DecompressedStream::State::Corrupt:
            return ArchiveReport::Status::Corrupt;
        case DecompressedStream::State::IoError:
            return ArchiveReport::Status::Unreadable;
        case DecompressedStream::State::Unsupported:
            return ArchiveReport::Status::Unsupported;
        case DecompressedStream::State::Ok:
        case DecompressedStream::State::End:
            break;
        }
        return ArchiveReport::Status::Ok;
    }

    QString atInput(qint64 offset) const { return tr("near byte %1 of the file").arg(offset); }

    void walkTar(QIODevice *device);
    void walkLone(QIODevice *device);
    void walkZip(QIODevice *device);
    void walk7z(QIODevice *device);
    void walkAr(QIODevice *device);

    // Members of a KArchive directory tree, depth first, with their paths.
    void collect(const KArchiveDirectory *dir, const QByteArray &prefix,
        QList<std::pair<ArchiveMember, const KArchiveFile *>> &out);
};

void Walk::walkTar(QIODevice *device)
{
    DecompressedStream stream(device, DistfileKind::compressionOf(r.kind.kind));
    if (!stream.open()) {
        setFailure(statusOf(stream.state()), stream.errorString());
        return;
    }
    TarStreamReader tar(stream);
    QString current;
    tar.setProgressCallback([&] { return tick(stream.inputPosition(), current); });
    ArchiveMember member;
    for (;;) {
        const TarStreamReader::Step step = tar.next(member);
        if (step == TarStreamReader::Step::Member) {
            current = member.path();
            addMember(member);
            continue;
        }
        if (step == TarStreamReader::Step::End)
            break;
        QString message = tar.failureMessage();
        if (stream.isCompressed() && tar.failureStatus() != ArchiveReport::Status::Canceled)
            message = tr("%1 (%2)").arg(message, atInput(stream.inputPosition()));
        setFailure(tar.failureStatus(), message, tar.failedMember(), stream.inputPosition(), tar.failureOffset());
        r.findings.append(tar.findings());
        return;
    }
    r.findings.append(tar.findings());
    if (stream.isCompressed()) {
        // Read what follows the tar's end (record padding) so that the decompressor reaches the
        // end of its stream and checks it.
        while (stream.skip(ReadChunk) > 0)
            if (!tick(stream.inputPosition(), current)) {
                canceled(current, stream.inputPosition());
                return;
            }
        if (stream.state() != DecompressedStream::State::End) {
            setFailure(statusOf(stream.state()),
                tr("%1 after the end of the tar archive, at byte %2 of the decompressed data (%3)")
                    .arg(stream.errorString())
                    .arg(stream.position())
                    .arg(atInput(stream.inputPosition())),
                {}, stream.inputPosition(), stream.position());
            return;
        }
    }
    r.uncompressedSize = stream.isCompressed() ? stream.position() : r.inputSize;
    r.dataChecked = true;
}

void Walk::walkLone(QIODevice *device)
{
    DecompressedStream stream(device, DistfileKind::compressionOf(r.kind.kind));
    if (!stream.open()) {
        setFailure(statusOf(stream.state()), stream.errorString());
        return;
    }
    ArchiveMember m;
    m.rawPath = DistfileKind::decompressedName(QFileInfo(r.name).fileName()).toUtf8();
    m.mode = 0644;
    const QString shown = m.path();
    while (stream.skip(ReadChunk) > 0)
        if (!tick(stream.inputPosition(), shown)) {
            canceled(shown, stream.inputPosition());
            return;
        }
    if (stream.state() != DecompressedStream::State::End) {
        setFailure(statusOf(stream.state()),
            tr("%1, at byte %2 of the decompressed data (%3)")
                .arg(stream.errorString())
                .arg(stream.position())
                .arg(atInput(stream.inputPosition())),
            shown, stream.inputPosition(), stream.position());
        return;
    }
    m.size = stream.position();
    r.uncompressedSize = m.size;
    addMember(m);
    r.dataChecked = true;
}

void Walk::collect(
    const KArchiveDirectory *dir, const QByteArray &prefix, QList<std::pair<ArchiveMember, const KArchiveFile *>> &out)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *e = dir->entry(name);
        if (!e)
            continue;
        ArchiveMember m;
        m.rawPath = prefix + name.toUtf8();
        m.mode = int(e->permissions() & 07777);
        m.mtime = e->date().isValid() ? e->date().toSecsSinceEpoch() : 0;
        if (e->isDirectory()) {
            m.type = ArchiveMember::Type::Directory;
            m.rawPath += '/';
            out.append({m, nullptr});
            collect(static_cast<const KArchiveDirectory *>(e), m.rawPath, out);
            continue;
        }
        const auto *file = static_cast<const KArchiveFile *>(e);
        if (const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(file))
            m.rawPath = zipEntry->path().toUtf8(); // as stored: KArchive's tree drops a leading '/'
        if (!e->symLinkTarget().isEmpty()) {
            m.type = ArchiveMember::Type::Symlink;
            m.rawLinkTarget = e->symLinkTarget().toUtf8();
        } else {
            m.size = file->size();
        }
        out.append({m, file});
    }
}

bool zipHasEndRecord(QIODevice *device)
{
    const qint64 size = device->size();
    const qint64 tail = std::min<qint64>(size, 22 + 65535);
    if (!device->seek(size - tail))
        return false;
    const QByteArray data = device->read(tail);
    device->seek(0);
    const qsizetype at = data.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    return at >= 0 && data.size() - at >= 22;
}

void Walk::walkZip(QIODevice *device)
{
    if (!zipHasEndRecord(device)) {
        setFailure(ArchiveReport::Status::Truncated,
            tr("the zip's end-of-central-directory record is missing: the file is cut short"), {}, r.inputSize);
        return;
    }
    InputTap tap(device);
    if (!tap.open(QIODevice::ReadOnly)) {
        setFailure(ArchiveReport::Status::Unreadable, tap.errorString());
        return;
    }
    KZip zip(&tap);
    if (!zip.open(QIODevice::ReadOnly)) {
        setFailure(tap.failed() ? ArchiveReport::Status::Unreadable : ArchiveReport::Status::Corrupt,
            tap.failed() ? tap.sourceError() : tr("KZip cannot read it: %1").arg(zip.errorString()));
        return;
    }
    QList<std::pair<ArchiveMember, const KArchiveFile *>> items;
    collect(zip.directory(), {}, items);
    std::sort(
        items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first.rawPath < b.first.rawPath; });
    for (const auto &item : std::as_const(items))
        addMember(item.first);

    QList<const KZipFileEntry *> files;
    for (const auto &item : std::as_const(items))
        if (const auto *ze = dynamic_cast<const KZipFileEntry *>(item.second))
            files.append(ze);
    std::sort(files.begin(), files.end(),
        [](const KZipFileEntry *a, const KZipFileEntry *b) { return a->position() < b->position(); });
    for (const KZipFileEntry *ze : std::as_const(files)) {
        if (ze->position() + ze->compressedSize() > r.inputSize) {
            setFailure(ArchiveReport::Status::Truncated,
                tr("the data of member \"%1\" runs past the end of the file").arg(ze->path()), ze->path(), r.inputSize);
            return;
        }
    }
    if (!opt.verifyData) {
        r.uncompressedSize = -1;
        return;
    }
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    qint64 uncompressed = 0;
    for (const KZipFileEntry *ze : std::as_const(files)) {
        const QString path = ze->path();
        std::unique_ptr<QIODevice> dev(ze->createDevice());
        if (!dev || (!dev->isOpen() && !dev->open(QIODevice::ReadOnly))) {
            setFailure(ArchiveReport::Status::Unsupported,
                tr("member \"%1\" uses zip compression method %2, which KArchive cannot read")
                    .arg(path)
                    .arg(ze->encoding()),
                path, ze->position());
            return;
        }
        quint32 crc = quint32(crc32(0, nullptr, 0));
        qint64 got = 0;
        for (;;) {
            const qint64 n = dev->read(buffer.data(), std::min<qint64>(ReadChunk, ze->size() - got + 1));
            if (n < 0) {
                setFailure(tap.failed() ? ArchiveReport::Status::Unreadable : ArchiveReport::Status::Corrupt,
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
            if (!tick(ze->position() + ze->compressedSize() * got / std::max<qint64>(1, ze->size()), path)) {
                canceled(path, ze->position());
                return;
            }
        }
        if (tap.failed()) {
            setFailure(ArchiveReport::Status::Unreadable, tap.sourceError(), path, ze->position());
            return;
        }
        if (got != ze->size()) {
            setFailure(ArchiveReport::Status::Corrupt,
                tr("the compressed data of member \"%1\" gives %2 bytes instead of %3: it is corrupt")
                    .arg(path)
                    .arg(got)
                    .arg(ze->size()),
                path, ze->position());
            return;
        }
        if (crc != quint32(ze->crc32())) {
            setFailure(ArchiveReport::Status::Corrupt,
                tr("member \"%1\" fails its CRC-32 check (%2 instead of %3)")
                    .arg(path, QString::number(crc, 16), QString::number(quint32(ze->crc32()), 16)),
                path, ze->position());
            return;
        }
        uncompressed += got;
    }
    r.uncompressedSize = uncompressed;
    r.dataChecked = true;
}

void Walk::walk7z(QIODevice *device)
{
    if (r.inputSize > opt.maxInMemoryArchive) {
        setFailure(ArchiveReport::Status::Unsupported,
            tr("KArchive's K7Zip unpacks a whole 7-Zip archive into memory when opening it; this one is %1 MiB, above "
               "the "
               "limit of %2 MiB")
                .arg(r.inputSize / (1024 * 1024))
                .arg(opt.maxInMemoryArchive / (1024 * 1024)));
        return;
    }
    // The start header says where the archive's header lies: past the end of the file means
    // the file is cut short.
    char start[32];
    const qint64 startSize = device->read(start, 32);
    device->seek(0);
    if (startSize >= 0 && startSize < 32) {
        setFailure(
            ArchiveReport::Status::Truncated, tr("the file ends inside the 7-Zip start header"), {}, r.inputSize);
        return;
    }
    if (startSize == 32) {
        quint64 nextOffset = 0;
        quint64 nextSize = 0;
        for (int i = 7; i >= 0; --i) {
            nextOffset = nextOffset << 8 | uchar(start[12 + i]);
            nextSize = nextSize << 8 | uchar(start[20 + i]);
        }
        device->seek(0);
        if (nextOffset > quint64(r.inputSize) || 32 + nextOffset + nextSize > quint64(r.inputSize)) {
            setFailure(ArchiveReport::Status::Truncated,
                tr("the 7-Zip header lies past the end of the file: the file is cut short"), {}, r.inputSize);
            return;
        }
    }
    InputTap tap(device);
    if (!tap.open(QIODevice::ReadOnly)) {
        setFailure(ArchiveReport::Status::Unreadable, tap.errorString());
        return;
    }
    K7Zip archive(&tap);
    if (!archive.open(QIODevice::ReadOnly)) {
        setFailure(tap.failed() ? ArchiveReport::Status::Unreadable : ArchiveReport::Status::Corrupt,
            tap.failed() ? tap.sourceError() : tr("K7Zip cannot read it: %1").arg(archive.errorString()));
        return;
    }
    QList<std::pair<ArchiveMember, const KArchiveFile *>> items;
    collect(archive.directory(), {}, items);
    std::sort(
        items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first.rawPath < b.first.rawPath; });
    for (const auto &item : std::as_const(items))
        addMember(item.first);
    if (!opt.verifyData)
        return;
    qint64 total = 0;
    for (const auto &item : std::as_const(items))
        if (item.second && item.first.type == ArchiveMember::Type::File)
            total += item.second->size();
    qint64 uncompressed = 0;
    for (const auto &[m, file] : std::as_const(items)) {
        if (!file || m.type != ArchiveMember::Type::File)
            continue;
        std::unique_ptr<QIODevice> dev(file->createDevice());
        QByteArray buffer(ReadChunk, Qt::Uninitialized);
        qint64 got = 0;
        qint64 n = 0;
        while (dev && (n = dev->read(buffer.data(), ReadChunk)) > 0)
            got += n;
        if (!dev || n < 0 || got != file->size()) {
            setFailure(
                ArchiveReport::Status::Corrupt, tr("member \"%1\" cannot be read to its end").arg(m.path()), m.path());
            return;
        }
        uncompressed += got;
        if (!tick(qint64(double(r.inputSize) * double(uncompressed) / double(std::max<qint64>(1, total))), m.path())) {
            canceled(m.path(), -1);
            return;
        }
    }
    ArchiveFinding f;
    f.severity = ArchiveFinding::Severity::Info;
    f.code = ArchiveFinding::Code::NotVerified;
    f.message = tr("The members were unpacked, but KArchive does not expose the CRCs a 7-Zip archive stores, so they "
                   "were not compared.");
    r.findings.append(f);
    r.uncompressedSize = uncompressed;
    r.dataChecked = true;
}

void Walk::walkAr(QIODevice *device)
{
    InputTap tap(device);
    if (!tap.open(QIODevice::ReadOnly)) {
        setFailure(ArchiveReport::Status::Unreadable, tap.errorString());
        return;
    }
    KAr archive(&tap);
    if (!archive.open(QIODevice::ReadOnly)) {
        setFailure(tap.failed() ? ArchiveReport::Status::Unreadable : ArchiveReport::Status::Corrupt,
            tap.failed() ? tap.sourceError() : tr("KAr cannot read it: %1").arg(archive.errorString()));
        return;
    }
    QList<std::pair<ArchiveMember, const KArchiveFile *>> items;
    collect(archive.directory(), {}, items);
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        const qint64 pa = a.second ? a.second->position() : -1;
        const qint64 pb = b.second ? b.second->position() : -1;
        return pa < pb;
    });
    qint64 total = 0;
    for (const auto &[m, file] : std::as_const(items)) {
        addMember(m);
        if (file && file->position() + file->size() > r.inputSize) {
            setFailure(ArchiveReport::Status::Truncated,
                tr("the data of member \"%1\" runs past the end of the file").arg(m.path()), m.path(), r.inputSize);
            return;
        }
        if (file)
            total += file->size();
    }
    if (opt.verifyData) {
        QByteArray buffer(ReadChunk, Qt::Uninitialized);
        for (const auto &[m, file] : std::as_const(items)) {
            if (!file)
                continue;
            std::unique_ptr<QIODevice> dev(file->createDevice());
            qint64 got = 0;
            qint64 n = 0;
            while (dev && (n = dev->read(buffer.data(), ReadChunk)) > 0)
                got += n;
            if (tap.failed()) {
                setFailure(ArchiveReport::Status::Unreadable, tap.sourceError(), m.path(), file->position());
                return;
            }
            if (!dev || n < 0 || got != file->size()) {
                setFailure(ArchiveReport::Status::Truncated,
                    tr("member \"%1\" cannot be read to its end").arg(m.path()), m.path(), file->position());
                return;
            }
            if (!tick(file->position() + file->size(), m.path())) {
                canceled(m.path(), file->position());
                return;
            }
        }
        r.dataChecked = true;
    }
    r.uncompressedSize = total;
}

} // namespace

ArchiveReport ArchiveInspector::inspect(
    QIODevice *device, const QString &name, const Options &options, const JobControl &control)
{
    ArchiveReport r;
    r.name = name;
    if (r.source.isEmpty())
        r.source = name;
    if (!device || !device->isOpen() || !device->isReadable()) {
        r.status = ArchiveReport::Status::Unreadable;
        r.message = device ? device->errorString() : tr("no data to read");
        return r;
    }
    if (device->isSequential()) {
        r.status = ArchiveReport::Status::Unsupported;
        r.message = tr("the data is a stream; looking inside an archive needs random access");
        return r;
    }
    r.inputSize = device->size();
    r.kind = DistfileKind::detect(device, name);
    if (r.kind.kind == DistfileKind::Kind::Unknown) {
        r.status = ArchiveReport::Status::Unreadable;
        r.message = r.kind.error;
        return r;
    }
    const std::optional<ArchiveFinding> mismatch = r.kind.mismatchFinding(name);
    if (mismatch)
        r.findings.append(*mismatch);

    Walk walk(r, options, control);
    using K = DistfileKind::Kind;
    const K kind = r.kind.kind;
    if (DistfileKind::isTar(kind)) {
        walk.walkTar(device);
    } else if (DistfileKind::isLoneCompressed(kind)) {
        walk.walkLone(device);
    } else if (kind == K::Zip) {
        walk.walkZip(device);
    } else if (kind == K::SevenZip) {
        walk.walk7z(device);
    } else if (kind == K::Ar) {
        walk.walkAr(device);
    } else if (kind == K::Unsupported) {
        r.status = ArchiveReport::Status::Unsupported;
        r.message = tr("it is a %1 file, a format KArchive cannot read").arg(r.kind.format);
    } else if (kind == K::Empty) {
        r.uncompressedSize = 0;
        if (!mismatch) {
            ArchiveFinding f;
            f.severity = ArchiveFinding::Severity::Warning;
            f.code = ArchiveFinding::Code::EmptyFile;
            f.message = tr("%1 is empty.").arg(name);
            r.findings.append(f);
        }
    } else {
        r.uncompressedSize = r.inputSize; // plain data: nothing to decompress or check
    }
    walk.safety.finish(r.findings);

    // Content that is not what the name promises at all outranks an intact reading of it.
    if (mismatch && mismatch->severity == ArchiveFinding::Severity::Error && r.status == ArchiveReport::Status::Ok) {
        r.status = ArchiveReport::Status::Mismatch;
        r.message = mismatch->message;
    }
    if (r.status != ArchiveReport::Status::Canceled)
        control.report(r.inputSize, r.inputSize, QString());
    return r;
}

ArchiveReport ArchiveInspector::inspectFile(const QString &path, const Options &options, const JobControl &control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        ArchiveReport r;
        r.name = QFileInfo(path).fileName();
        r.source = path;
        r.status = ArchiveReport::Status::Unreadable;
        r.message = file.errorString();
        return r;
    }
    ArchiveReport r = inspect(&file, QFileInfo(path).fileName(), options, control);
    r.source = path;
    return r;
}

ArchiveReport ArchiveInspector::inspectEntry(
    const PayloadReader &reader, int index, const Options &options, const JobControl &control)
{
    const QString source = tr("%1, entry %2").arg(reader.fileName()).arg(index);
    if (index < 0 || index >= reader.entries().size()) {
        ArchiveReport r;
        r.source = source;
        r.status = ArchiveReport::Status::Unreadable;
        r.message = tr("%1 has no entry %2").arg(reader.fileName()).arg(index);
        return r;
    }
    const QString name = reader.entries().at(index).name();
    std::unique_ptr<QIODevice> device = reader.openEntry(index);
    if (!device) {
        ArchiveReport r;
        r.name = name;
        r.source = source;
        r.status = ArchiveReport::Status::Unreadable;
        r.message = tr("the entry cannot be opened in %1").arg(reader.fileName());
        return r;
    }
    ArchiveReport r = inspect(device.get(), name, options, control);
    r.source = source;
    return r;
}
