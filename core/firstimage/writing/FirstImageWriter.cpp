// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageWriter.h"
#include "BuilderHex0Files.h"
#include "CoreLogging.h"
#include "FirstImageFormat.h"
#include "FiwixHandoff.h"
#include "PendingFile.h"
#include "PositionalIo.h"
#include "SrcfsTreeWalker.h"
#include "SystemError.h"
#include "UniqueFd.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Lines and small files are gathered into one buffer and written when it holds this much:
// a steps/ tree of 10,000 small files then costs a few hundred writes, not 20,000.
constexpr qint64 FirstImageFlushAt = 1024 * 1024;
// Files up to this size go through the buffer; larger ones are copied inside the kernel.
constexpr qint64 FirstImageSmallFile = 256 * 1024;
// One copy_file_range call, and one progress step: ~25 ms in the kernel.
constexpr qint64 FirstImageCopyChunk = 8 * 1024 * 1024;

QString imageWriteProblem(int err, qint64 offset)
{
    if (err == ENOSPC || err == EFBIG || err == EDQUOT)
        return FirstImageWriter::tr("no space left while writing byte %1 of the image").arg(offset);
    return FirstImageWriter::tr("write error at byte %1: %2").arg(offset).arg(errnoText(err));
}

} // namespace

QByteArray FirstImageWriter::recordLine(const SrcfsRecord &r)
{
    switch (r.kind) {
    case SrcfsRecord::Kind::File:
    case SrcfsRecord::Kind::Folder:
        return "src " + QByteArray::number(r.size) + ' ' + r.path + '\n';
    case SrcfsRecord::Kind::Hex0:
        return "hex0 " + r.argument + ' ' + r.path + '\n';
    case SrcfsRecord::Kind::Command:
        return r.path + ' ' + r.argument + '\n';
    }
    return {};
}

int FirstImageWriter::fileCount() const
{
    return int(std::count_if(
        m_records.cbegin(), m_records.cend(), [](const SrcfsRecord &r) { return r.kind == SrcfsRecord::Kind::File; }));
}

int FirstImageWriter::folderCount() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
        [](const SrcfsRecord &r) { return r.kind == SrcfsRecord::Kind::Folder; }));
}

bool FirstImageWriter::fail(const QString &message)
{
    m_error = message;
    qCDebug(lcCore) << "first image:" << message;
    return false;
}

void FirstImageWriter::reset()
{
    m_error.clear();
    m_canceled = false;
    m_refused = false;
    m_planned = false;
    m_findings.clear();
    m_budget = FirstImageBudget {};
    m_records.clear();
    m_sources.clear();
    m_stage1.clear();
    m_stage2.clear();
    m_imageSize = m_scriptStart = m_scriptEnd = 0;
    m_builderHex0Dir.clear();
    m_revision.clear();
    m_gitSkipped = 0;
}

void FirstImageWriter::planTail(qint64 *offset)
{
    // The tail's records are read from the very bytes that will be written, so that their
    // offsets cannot drift from them.
    const QByteArray tail = FirstImageFormat::fixedTail();
    for (const QByteArray &line : tail.split('\n')) {
        if (line.isEmpty())
            continue;
        SrcfsRecord r;
        r.index = int(m_records.size());
        r.offset = *offset;
        const QList<QByteArray> words = line.split(' ');
        if (line.startsWith("src ") && words.size() == 3) {
            r.kind = SrcfsRecord::Kind::Folder; // the tail's `src` lines are all `src 0`
            r.path = words.at(2);
            r.dataOffset = r.offset + line.size() + 1;
        } else if (line.startsWith("hex0 ") && words.size() == 3) {
            r.kind = SrcfsRecord::Kind::Hex0;
            r.argument = words.at(1);
            r.path = words.at(2);
        } else {
            r.kind = SrcfsRecord::Kind::Command;
            const qsizetype space = line.indexOf(' ');
            r.path = space < 0 ? line : line.left(space);
            r.argument = space < 0 ? QByteArray() : line.mid(space + 1);
        }
        Q_ASSERT(recordLine(r) == line + '\n');
        *offset += line.size() + 1;
        m_records.append(r);
        m_sources.append(QByteArray());
    }
}

bool FirstImageWriter::plan(
    const QString &folder, const Options &options, const JobControl &control, const QString &imageName)
{
    reset();
    if (options.targetSizeMiB < 0)
        return fail(tr("the target size cannot be negative (%1 MiB)").arg(options.targetSizeMiB));
    BuilderHex0Files hex0;
    if (!(options.builderHex0Dir.isEmpty() ? hex0.find(folder) : hex0.load(options.builderHex0Dir)))
        return fail(hex0.error());
    m_stage1 = hex0.stage1();
    m_stage2 = hex0.stage2();
    m_builderHex0Dir = hex0.directory();

    SrcfsTreeWalker walker;
    if (!walker.walk(folder, control)) {
        m_canceled = walker.wasCanceled();
        return fail(m_canceled ? tr("%1: the build was canceled; nothing was written").arg(folder) : walker.error());
    }
    m_gitSkipped = walker.gitEntriesSkipped();

    SrcfsAnalysis analysis(imageName.isEmpty() ? folder : imageName);
    const FirstImageFormat::Revision *revision =
        FirstImageFormat::findRevision(QCryptographicHash::hash(m_stage2, QCryptographicHash::Sha256).toHex());
    if (revision) {
        m_revision = revision->name;
    } else {
        analysis.addFinding({FirstImageFinding::Severity::Warning, FirstImageFinding::Code::UnknownBuilderHex0, -1, -1,
            analysis.where(-1, -1) + QLatin1String(": ") +
                tr("the stage-2 source in %1 is no builder-hex0 revision known here; its limits are "
                   "taken to be those of %2")
                    .arg(m_builderHex0Dir, FirstImageFormat::pinnedRevision().name)});
    }

    m_scriptStart = FirstImageFormat::sectorAligned(FirstImageFormat::Stage2Offset + m_stage2.size());
    qint64 offset = m_scriptStart;
    const auto addSrc = [&](const QByteArray &path, qint64 size, bool folderRecord, const QByteArray &source) {
        SrcfsRecord r;
        r.index = int(m_records.size());
        // An empty file is written as `src 0` too: to builder-hex0 it is a folder.
        r.kind = folderRecord || size == 0 ? SrcfsRecord::Kind::Folder : SrcfsRecord::Kind::File;
        r.path = path;
        r.size = size;
        r.offset = offset;
        r.dataOffset = offset + recordLine(r).size();
        offset = r.dataOffset + size;
        m_records.append(r);
        m_sources.append(size > 0 ? source : QByteArray());
    };
    addSrc(QByteArrayLiteral("."), 0, true, {});
    for (const SrcfsTreeWalker::Entry &e : walker.entries())
        addSrc(e.path, e.size, e.folder, e.source);
    planTail(&offset);
    m_scriptEnd = offset;

    for (const SrcfsRecord &r : std::as_const(m_records))
        analysis.add(r);
    analysis.finish(FiwixHandoff::fromCheckout(folder));
    m_findings = analysis.findings();
    m_budget = analysis.budget();

    m_imageSize = FirstImageFormat::upstreamPaddedSize(m_scriptEnd);
    if (options.targetSizeMiB > 0) {
        const qint64 target = options.targetSizeMiB * FirstImageFormat::MiB;
        const QLocale locale;
        if (target < m_imageSize)
            return fail(tr("the target size %1 MiB (%2 bytes) is smaller than the image, which needs %3 bytes (%4 MiB)")
                            .arg(locale.toString(options.targetSizeMiB), locale.toString(target),
                                locale.toString(m_imageSize), locale.toString(m_imageSize / FirstImageFormat::MiB)));
        m_imageSize = target;
    }
    if (hasFirstImageErrors(m_findings) && !options.force) {
        m_refused = true;
        const int errors = int(std::count_if(m_findings.cbegin(), m_findings.cend(),
            [](const FirstImageFinding &f) { return f.severity == FirstImageFinding::Severity::Error; }));
        return fail(
            tr("%1: %n finding(s) would make builder-hex0 fail at boot; the image is not written", nullptr, errors)
                .arg(imageName.isEmpty() ? folder : imageName));
    }
    m_planned = true;
    return true;
}

bool FirstImageWriter::write(
    const QString &folder, const QString &outputPath, const Options &options, const JobControl &control)
{
    if (!plan(folder, options, control, outputPath))
        return false;
    m_planned = false;

    const QFileInfo outInfo(outputPath);
    if (outInfo.isDir())
        return fail(tr("%1: is a folder").arg(outputPath));
    if (outInfo.exists() && !options.overwrite)
        return fail(tr("%1: the file exists; choose another name or allow overwriting").arg(outputPath));
    // An image inside its own folder would be read into the next image made from it.
    const QString root = QFileInfo(folder).absoluteFilePath() + QLatin1Char('/');
    if (outInfo.absoluteFilePath().startsWith(root))
        return fail(
            tr("%1: the image cannot be written inside the folder it is made from (%2)").arg(outputPath, folder));

    const int dirFd = ::open(QFile::encodeName(outInfo.absolutePath()).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fail(tr("%1: cannot create a file in %2: %3").arg(outputPath, outInfo.absolutePath(), errnoText(errno)));
    const auto closeDir = qScopeGuard([dirFd] { ::close(dirFd); });
    PendingFile temp(dirFd, QFile::encodeName(outInfo.fileName()));
    if (!temp.create())
        return fail(tr("%1: cannot create a file in %2: %3").arg(outputPath, outInfo.absolutePath(), errnoText(errno)));
    if (!writeImage(temp.handle(), outputPath, control))
        return false; // temp discards the unnamed file
    // Pending files are created 0600; an image is an ordinary file like any other.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(temp.handle(), 0666 & ~mask);
    if (!temp.publish(options.overwrite)) {
        if (errno == EEXIST)
            return fail(tr("%1: the file appeared while the image was written; not replaced").arg(outputPath));
        return fail(tr("%1: cannot move the finished image into place: %2").arg(outputPath, errnoText(errno)));
    }
    control.report(m_scriptEnd - m_scriptStart, m_scriptEnd - m_scriptStart, QString());
    return true;
}

bool FirstImageWriter::writeImage(int out, const QString &outputPath, const JobControl &control)
{
    QByteArray buffer;
    buffer.reserve(FirstImageFlushAt + FirstImageSmallFile + 4096);
    qint64 offset = 0; // where `buffer` starts in the image
    const qint64 total = m_scriptEnd - m_scriptStart;
    const auto flush = [&]() -> bool {
        if (!PositionalIo::writeAll(out, buffer.constData(), buffer.size(), offset))
            return fail(tr("%1: %2").arg(outputPath, imageWriteProblem(errno, offset)));
        offset += buffer.size();
        buffer.clear();
        return true;
    };
    const auto canceled = [&]() {
        if (!control.canceled())
            return false;
        m_canceled = true;
        fail(tr("%1: the build was canceled; nothing was written").arg(outputPath));
        return true;
    };

    buffer += m_stage1;
    buffer += m_stage2;
    buffer.append(m_scriptStart - buffer.size(), '\0');
    bool kernelCopy = true;
    QByteArray copyBuffer;
    for (int i = 0; i < m_records.size(); ++i) {
        const SrcfsRecord &r = m_records.at(i);
        buffer += recordLine(r);
        if (r.kind != SrcfsRecord::Kind::File)
            continue;
        if (canceled())
            return false;
        const QByteArray &source = m_sources.at(i);
        const auto fileError = [&](const QString &what) {
            return fail(tr("%1: %2 (%3): %4").arg(outputPath, r.pathString(), QFile::decodeName(source), what));
        };
        UniqueFd src(::open(source.constData(), O_RDONLY | O_CLOEXEC));
        if (src.get() < 0)
            return fileError(errno == ENOENT ? tr("the file vanished since the folder was listed")
                                             : tr("cannot open the file: %1").arg(errnoText(errno)));
        const auto sizeNow = [&]() -> qint64 {
            struct stat st = {};
            return ::fstat(src.get(), &st) == 0 ? qint64(st.st_size) : -1;
        };
        if (const qint64 now = sizeNow(); now != r.size)
            return fileError(
                tr("the file changed size since the folder was listed (%1 bytes, now %2)").arg(r.size).arg(now));

        if (r.size <= FirstImageSmallFile) {
            const qsizetype at = buffer.size();
            buffer.resize(at + r.size);
            const qint64 n = PositionalIo::readFull(src.get(), buffer.data() + at, r.size, 0);
            if (n < 0)
                return fileError(tr("read error: %1").arg(errnoText(errno)));
            if (n < r.size)
                return fileError(
                    tr("the file changed size while it was copied (ended after %1 of %2 bytes)").arg(n).arg(r.size));
            if (buffer.size() >= FirstImageFlushAt && !flush())
                return false;
        } else {
            if (!flush())
                return false;
            qint64 done = 0;
            while (done < r.size) {
                if (canceled())
                    return false;
                const qint64 want = std::min(FirstImageCopyChunk, r.size - done);
                qint64 n = -1;
                if (kernelCopy) {
                    loff_t inOff = done;
                    loff_t outOff = offset;
                    n = ::copy_file_range(src.get(), &inOff, out, &outOff, size_t(want), 0);
                    if (n < 0 &&
                        (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP ||
                            errno == EPERM)) {
                        qCDebug(lcCore) << "copy_file_range unavailable, reading and writing:" << errnoText(errno);
                        kernelCopy = false;
                        continue;
                    }
                    if (n < 0 && errno == EINTR)
                        continue;
                    if (n < 0)
                        return fileError(errno == ENOSPC || errno == EFBIG || errno == EDQUOT
                                ? imageWriteProblem(errno, offset)
                                : tr("copy error at byte %1 of the file: %2").arg(done).arg(errnoText(errno)));
                } else {
                    copyBuffer.resize(std::min(FirstImageCopyChunk, FirstImageSmallFile * 4));
                    n = PositionalIo::readFull(
                        src.get(), copyBuffer.data(), std::min<qint64>(want, copyBuffer.size()), done);
                    if (n < 0)
                        return fileError(tr("read error: %1").arg(errnoText(errno)));
                    if (n > 0 && !PositionalIo::writeAll(out, copyBuffer.constData(), n, offset))
                        return fileError(imageWriteProblem(errno, offset));
                }
                if (n == 0)
                    return fileError(tr("the file changed size while it was copied (ended after %1 of %2 bytes)")
                                         .arg(done)
                                         .arg(r.size));
                done += n;
                offset += n;
                control.report(offset - m_scriptStart, total, r.pathString());
            }
        }
        // A file that grew while it was read would leave its tail out of the image unnoticed.
        if (const qint64 now = sizeNow(); now != r.size)
            return fileError(tr("the file changed size while it was copied (%1 bytes, now %2)").arg(r.size).arg(now));
        control.report(offset + buffer.size() - m_scriptStart, total, r.pathString());
    }
    if (!flush())
        return false;
    Q_ASSERT(offset == m_scriptEnd);
    if (offset != m_scriptEnd)
        return fail(
            tr("%1: the script ended at byte %2 where %3 was planned").arg(outputPath).arg(offset).arg(m_scriptEnd));
    // The padding, its first byte the zero that ends the script, is a hole: the same bytes to
    // every reader, without writing megabytes of zeros.
    if (::ftruncate(out, off_t(m_imageSize)) != 0)
        return fail(
            tr("%1: cannot extend the image to %2 bytes: %3").arg(outputPath).arg(m_imageSize).arg(errnoText(errno)));
    return true;
}
