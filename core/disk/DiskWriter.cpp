// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiskWriter.h"
#include "AlignedBuffer.h"
#include "CoreLogging.h"
#include "FirstImageReader.h"
#include "ImageKind.h"
#include "PayloadReader.h"
#include "RangeHasher.h"
#include "ReadBackVerifier.h"
#include "SystemError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

namespace {
constexpr qint64 WriteChunk = 4 * 1024 * 1024;
constexpr qint64 OneMiB = 1024 * 1024;

struct WriterFd
{
    int fd = -1;
    ~WriterFd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QString bytesText(qint64 bytes)
{
    return QLocale::c().toString(bytes);
}
} // namespace

DiskWriter::DiskWriter(const QString &imagePath, const QString &targetPath, const Options &options)
    : m_imagePath(imagePath)
    , m_targetPath(targetPath)
    , m_options(options)
    , m_reader(std::make_unique<PayloadReader>())
{
    m_result.device.path = targetPath;
}

DiskWriter::DiskWriter(const QString &imagePath, const QString &targetPath)
    : DiskWriter(imagePath, targetPath, Options {})
{ }

DiskWriter::~DiskWriter() = default;

bool DiskWriter::refuse(DiskRefusal::Reason reason, const QString &message)
{
    m_result.outcome = DiskWriteResult::Outcome::Refused;
    m_result.refusal = DiskRefusal(reason, message);
    m_result.error = message;
    m_result.diskState = tr("nothing was written to %1").arg(m_result.device.path);
    return false;
}

bool DiskWriter::fail(const QString &error, const QString &diskState)
{
    qCDebug(lcCore) << "disk write failed:" << error;
    m_result.outcome = DiskWriteResult::Outcome::Failed;
    m_result.error = error;
    m_result.diskState = diskState;
    return false;
}

QString DiskWriter::partialState(qint64 written) const
{
    if (written <= 0)
        return tr("nothing was written to %1; it is as it was").arg(m_result.device.path);
    return tr("the first %1 bytes were written, of which the first %2 are zero so that the importer does not take "
              "%3 for an image; the disk does not hold a valid image")
        .arg(bytesText(written), bytesText(std::min<qint64>(m_alignment, m_writeEnd)), m_result.device.path);
}

QString DiskWriter::entryAt(qint64 offset) const
{
    const QList<PayloadEntry> &entries = m_entries;
    const auto it = std::upper_bound(entries.cbegin(), entries.cend(), offset,
        [](qint64 value, const PayloadEntry &e) { return value < e.headerOffset; });
    return it == entries.cbegin() ? QString() : std::prev(it)->name();
}

bool DiskWriter::prepare()
{
    m_prepared = false;
    m_result = DiskWriteResult {};
    m_result.device.path = m_targetPath;
    if (!readImage())
        return false;
    if (!checkTarget())
        return false;
    m_writeEnd = m_result.imageSize;
    if (m_options.zeroToMiB) {
        m_writeEnd = (m_result.imageSize + OneMiB - 1) / OneMiB * OneMiB;
        if (!m_result.regularFile)
            m_writeEnd = std::min(m_writeEnd, m_result.device.size);
    }
    m_result.zeroedBytes = m_writeEnd - m_result.imageSize;
    m_prepared = true;
    return true;
}

bool DiskWriter::readImage()
{
    const QString untouched = tr("nothing was written to %1").arg(m_targetPath);
    QString error;
    m_result.firstImage = ImageKind::detectFile(m_imagePath, &error) == ImageKind::FirstImage;
    if (!m_result.firstImage) {
        if (!m_reader->open(m_imagePath))
            return fail(m_reader->errorString(), untouched);
        m_result.imageSize = m_reader->imageSize();
        m_entries = m_reader->entries();
        return true;
    }
    // A first image: its files stand in for the entries, so the read-back hashes each file
    // and compares stage 1, stage 2 and every record's line byte for byte.
    FirstImageReader first;
    if (!first.open(m_imagePath))
        return fail(first.errorString(), untouched);
    if (first.scriptEndKind() != FirstImageReader::ScriptEnd::ZeroByte) {
        for (const FirstImageFinding &f : first.findings())
            if (f.code == FirstImageFinding::Code::MalformedRecord || f.code == FirstImageFinding::Code::TruncatedFile ||
                f.code == FirstImageFinding::Code::UnterminatedScript)
                return fail(f.message, untouched);
        return fail(tr("%1: the script cannot be read to its end").arg(m_imagePath), untouched);
    }
    m_result.imageSize = first.imageSize();
    m_entries.clear();
    for (const SrcfsRecord &r : first.records()) {
        if (r.kind != SrcfsRecord::Kind::File)
            continue;
        PayloadEntry e;
        e.index = r.index;
        e.rawName = r.path;
        e.headerOffset = r.offset;
        e.dataOffset = r.dataOffset;
        e.size = r.size;
        m_entries.append(e);
    }
    return true;
}

QList<QByteArray> DiskWriter::hashImage(const JobControl &control, QString *error) const
{
    QList<HashRange> ranges;
    ranges.reserve(m_entries.size());
    for (const PayloadEntry &e : m_entries)
        ranges.append({e.dataOffset, e.size});
    const auto describe = [this](int i) {
        const PayloadEntry &e = m_entries.at(i);
        return m_result.firstImage ? tr("record %1 \"%2\" at byte %3").arg(e.index).arg(e.name()).arg(e.headerOffset)
                                   : tr("entry %1 \"%2\" at byte %3").arg(e.index).arg(e.name()).arg(e.dataOffset);
    };
    if (ranges.isEmpty())
        return {};
    return RangeHasher::hash(m_imagePath, ranges, {}, control, describe, error);
}

bool DiskWriter::checkTarget()
{
    struct stat target = {};
    if (::stat(QFile::encodeName(m_targetPath).constData(), &target) != 0) {
        const int err = errno;
        return refuse(err == ENOENT ? DiskRefusal::Reason::NotFound : DiskRefusal::Reason::Unknown,
            tr("%1: %2").arg(m_targetPath, errnoText(err)));
    }
    if (S_ISREG(target.st_mode)) {
        if (!m_options.allowRegularFile)
            return refuse(
                DiskRefusal::Reason::NotBlockDevice, tr("%1 is a regular file, not a disk").arg(m_targetPath));
        struct stat image = {};
        if (::stat(QFile::encodeName(m_imagePath).constData(), &image) == 0 && image.st_dev == target.st_dev &&
            image.st_ino == target.st_ino)
            return refuse(DiskRefusal::Reason::NotBlockDevice, tr("%1 is the image itself").arg(m_targetPath));
        m_result.regularFile = true;
        m_result.device.name = m_targetPath;
        return true;
    }
    if (!S_ISBLK(target.st_mode))
        return refuse(DiskRefusal::Reason::NotBlockDevice, tr("%1 is not a block device").arg(m_targetPath));

    DiskEnumerator enumerator(m_options.system);
    const QString number = QStringLiteral("%1:%2").arg(major(target.st_rdev)).arg(minor(target.st_rdev));
    QString partitionOf;
    const std::optional<BlockDevice> disk = enumerator.diskByNumber(number, &partitionOf);
    if (!partitionOf.isEmpty())
        return refuse(DiskRefusal::Reason::Partition,
            tr("%1 is a partition of %2/%3; the importer reads whole disks only, so write to the disk")
                .arg(m_targetPath, m_options.system.devRoot, partitionOf));
    if (!disk)
        return refuse(DiskRefusal::Reason::Unknown,
            tr("%1 (device %2) is not listed in %3/block, so whether it is in use cannot be checked")
                .arg(m_targetPath, number, m_options.system.sysRoot));
    m_result.device = *disk;
    m_alignment = std::max(4096, disk->logicalBlockSize);
    const DiskRefusal refusal = enumerator.refusalFor(*disk, m_result.imageSize);
    if (refusal.refused())
        return refuse(refusal.reason(), refusal.message());
    return true;
}

bool DiskWriter::writeAt(int fd, const char *buffer, qint64 length, qint64 offset, bool *direct, QString *error)
{
    if (*direct && length % m_alignment != 0) {
        // Only the image's last piece is not whole blocks; it goes through the page cache and
        // the closing sync.
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_DIRECT);
        *direct = false;
    }
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pwrite(fd, buffer + done, size_t(length - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            *error =
                tr("%1: cannot write at byte %2: %3").arg(m_result.device.path).arg(offset + done).arg(errnoText(err));
            return false;
        }
        done += n;
    }
    return true;
}

bool DiskWriter::write(const JobControl &control)
{
    if (!m_prepared && !prepare())
        return false;
    QElapsedTimer clock;
    clock.start();
    const QString device = m_result.device.path;
    const QString untouched = tr("nothing was written to %1; it is as it was").arg(device);

    // O_EXCL on a block device is the kernel's own check: it fails while a file system is
    // mounted from it or another program holds it exclusively.
    const int base = O_WRONLY | O_CLOEXEC | (m_result.regularFile ? 0 : O_EXCL);
    const QByteArray path = QFile::encodeName(m_targetPath);
    WriterFd out;
    out.fd = ::open(path.constData(), base | O_DIRECT);
    bool direct = out.fd >= 0;
    if (out.fd < 0 && errno == EINVAL)
        out.fd = ::open(path.constData(), base);
    if (out.fd < 0) {
        const int err = errno;
        m_result.permissionDenied = err == EACCES || err == EPERM;
        if (m_result.permissionDenied)
            return fail(tr("%1: permission denied: writing to a disk needs the right to open it for writing; run "
                           "the program as a user who may (root, or a member of the group that owns %1, often "
                           "\"disk\")")
                            .arg(device),
                untouched);
        if (err == EBUSY)
            return fail(tr("%1: the disk is in use (mounted, or held by another program)").arg(device), untouched);
        return fail(tr("%1: cannot open for writing: %2").arg(device, errnoText(err)), untouched);
    }
    m_result.directIo = direct;

    WriterFd image;
    image.fd = ::open(QFile::encodeName(m_imagePath).constData(), O_RDONLY | O_CLOEXEC);
    if (image.fd < 0) {
        const int err = errno;
        return fail(tr("%1: cannot open: %2").arg(m_imagePath, errnoText(err)), untouched);
    }
    ::posix_fadvise(image.fd, 0, 0, POSIX_FADV_SEQUENTIAL);

    AlignedBuffer buffer(WriteChunk, m_alignment);
    if (!buffer.data())
        return fail(tr("%1: out of memory for the write buffer").arg(device), untouched);

    // The image's digests for the read-back, made on the other cores while the disk is busy.
    std::atomic<bool> stopHashing {false};
    std::thread hashing;
    m_imageDigests.clear();
    m_hashError.clear();
    if (m_options.verify) {
        hashing = std::thread([this, &stopHashing] {
            JobControl quiet;
            quiet.isCanceled = [&stopHashing] {
                return stopHashing.load();
            };
            m_imageDigests = hashImage(quiet, &m_hashError);
        });
    }
    const auto joinHashing = [&](bool stop) {
        if (stop)
            stopHashing = true;
        if (hashing.joinable())
            hashing.join();
    };

    const qint64 head = std::min<qint64>(m_alignment, m_writeEnd);
    QString error;
    const auto sync = [&] {
        if (::fdatasync(out.fd) == 0)
            return true;
        const int err = errno;
        error = tr("%1: cannot sync: %2").arg(device, errnoText(err));
        return false;
    };
    std::memset(buffer.data(), 0, size_t(head));
    if (!writeAt(out.fd, buffer.data(), head, 0, &direct, &error) || !sync()) {
        joinHashing(true);
        return fail(
            error, tr("%1 may have lost its first %2 bytes; it does not hold a valid image").arg(device).arg(head));
    }
    // Reads the image's bytes at [offset, offset + length) into the buffer, zeros after its end.
    const auto fill = [&](qint64 offset, qint64 length) {
        const qint64 fromImage = std::clamp<qint64>(m_result.imageSize - offset, 0, length);
        qint64 got = 0;
        while (got < fromImage) {
            const ssize_t n = ::pread(image.fd, buffer.data() + got, size_t(fromImage - got), offset + got);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const QString why = n < 0 ? errnoText(errno) : tr("the file is shorter than when it was opened");
                error = tr("%1: cannot read at byte %2: %3").arg(m_imagePath).arg(offset + got).arg(why);
                return false;
            }
            got += n;
        }
        std::memset(buffer.data() + fromImage, 0, size_t(length - fromImage));
        return true;
    };

    for (qint64 offset = head; offset < m_writeEnd; offset += WriteChunk) {
        if (control.canceled()) {
            joinHashing(true);
            ::fdatasync(out.fd);
            m_result.outcome = DiskWriteResult::Outcome::Canceled;
            m_result.error = tr("%1: canceled at byte %2 of %3").arg(device, bytesText(offset), bytesText(m_writeEnd));
            m_result.diskState = partialState(offset);
            m_result.bytesWritten = offset;
            return false;
        }
        const qint64 length = std::min(WriteChunk, m_writeEnd - offset);
        if (!fill(offset, length) || !writeAt(out.fd, buffer.data(), length, offset, &direct, &error)) {
            joinHashing(true);
            ::fdatasync(out.fd);
            m_result.bytesWritten = offset;
            return fail(error, partialState(offset));
        }
        control.report(offset + length, m_writeEnd, entryAt(offset));
    }
    // Everything but the first block is on the disk before the magic is: a power cut or a
    // pulled stick up to here leaves a disk the importer passes over.
    if (!sync() || !fill(0, head) || !writeAt(out.fd, buffer.data(), head, 0, &direct, &error) || !sync()) {
        joinHashing(true);
        return fail(error, partialState(m_writeEnd));
    }
    joinHashing(false);
    m_result.bytesWritten = m_writeEnd;
    m_result.writeMs = clock.elapsed();
    control.report(m_writeEnd, m_writeEnd, QString());
    m_result.outcome = DiskWriteResult::Outcome::Written;
    m_result.diskState =
        tr("%1 holds the image (%2 bytes); it was not read back").arg(device, bytesText(m_result.imageSize));
    return true;
}

bool DiskWriter::verify(const JobControl &control)
{
    if (m_result.outcome != DiskWriteResult::Outcome::Written && m_result.outcome != DiskWriteResult::Outcome::Mismatch)
        return false;
    QElapsedTimer clock;
    clock.start();
    const QString device = m_result.device.path;
    if (m_imageDigests.isEmpty() && m_hashError.isEmpty()) {
        JobControl hashControl;
        hashControl.isCanceled = control.isCanceled;
        m_imageDigests = hashImage(hashControl, &m_hashError);
    }
    if (!m_hashError.isEmpty() || m_imageDigests.size() != m_entries.size()) {
        m_result.outcome = DiskWriteResult::Outcome::Failed;
        m_result.error = m_hashError;
        m_result.diskState = tr("%1 holds the image as written; it could not be verified").arg(device);
        return false;
    }
    ReadBackVerifier verifier(
        m_imagePath, m_entries, m_imageDigests, m_result.imageSize, m_result.zeroedBytes);
    const bool read = verifier.verify(m_targetPath, m_alignment, control);
    m_result.verifyMs = clock.elapsed();
    m_result.verifyBypassedCache = verifier.bypassedCache();
    m_result.entriesChecked = verifier.entriesChecked();
    m_result.bytesCompared = verifier.bytesCompared();
    m_result.mismatches = verifier.mismatches();
    if (verifier.differenceCount() > m_result.mismatches.size())
        m_result.mismatches << tr(
            "%n more difference(s) not listed", nullptr, int(verifier.differenceCount() - m_result.mismatches.size()));
    if (!read) {
        m_result.outcome =
            verifier.wasCanceled() ? DiskWriteResult::Outcome::Canceled : DiskWriteResult::Outcome::Failed;
        m_result.error = verifier.error();
        m_result.diskState = tr("%1 holds the image as written; the verification did not finish").arg(device);
        return false;
    }
    if (verifier.differenceCount() > 0) {
        m_result.outcome = DiskWriteResult::Outcome::Mismatch;
        m_result.error = m_result.summary();
        m_result.diskState = tr("%1 does not read back as the image; do not boot from it").arg(device);
        return false;
    }
    m_result.verified = true;
    m_result.diskState =
        tr("%1 holds the image; every entry's SHA-256 and every header byte read back as written").arg(device);
    return true;
}

bool DiskWriter::run(const JobControl &control, const std::function<void(Phase)> &onPhase)
{
    if (!prepare())
        return false;
    if (onPhase)
        onPhase(Phase::Writing);
    if (!write(control))
        return false;
    if (!m_options.verify)
        return true;
    if (onPhase)
        onPhase(Phase::Verifying);
    return verify(control);
}
