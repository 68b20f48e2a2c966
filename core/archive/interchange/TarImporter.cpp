// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "TarImporter.h"
#include "AtomicOutputFile.h"
#include "DecompressedStream.h"
#include "DistfileKind.h"
#include "ImporterRules.h"
#include "PayloadFormat.h"
#include "PayloadWriter.h"
#include "PositionalIo.h"
#include "Sha256.h"
#include "SystemError.h"
#include "TarStreamReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

constexpr qint64 ImportChunk = 1024 * 1024;

struct Stamp
{
    qint64 size = -1;
    qint64 mtime = 0;
};

Stamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return Stamp {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

} // namespace

bool TarImporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool TarImporter::scan(const QString &tarPath, const JobControl &control)
{
    m_scannedPath.clear();
    m_members.clear();
    m_skipped.clear();
    m_problems.clear();
    m_error.clear();
    m_canceled = false;
    m_report = ArchiveReport {};
    m_report.name = QFileInfo(tarPath).fileName();
    m_report.source = tarPath;

    const Stamp before = stampOf(tarPath);
    QFile file(tarPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(tr("%1: cannot be read: %2").arg(tarPath, file.errorString()));
    m_report.inputSize = file.size();
    m_report.kind = DistfileKind::detect(&file, tarPath);
    const DistfileKind::Kind kind = m_report.kind.kind;
    if (kind == DistfileKind::Kind::Unknown)
        return fail(tr("%1: cannot be read: %2").arg(tarPath, m_report.kind.error));
    if (!DistfileKind::isTar(kind))
        return fail(tr("%1: is not a tar archive but a %2").arg(tarPath, DistfileKind::displayName(kind)));

    DecompressedStream stream(&file, DistfileKind::compressionOf(kind));
    if (!stream.open())
        return fail(tr("%1: %2").arg(tarPath, stream.errorString()));
    TarStreamReader tar(stream);
    tar.setProgressCallback([&] {
        control.report(stream.inputPosition(), m_report.inputSize, tr("reading %1").arg(m_report.name));
        return !control.canceled();
    });

    QHash<QByteArray, QByteArray> pathOfName;
    ArchiveMember member;
    for (;;) {
        const TarStreamReader::Step step = tar.next(member);
        if (step == TarStreamReader::Step::End)
            break;
        if (step == TarStreamReader::Step::Failed) {
            m_canceled = tar.failureStatus() == ArchiveReport::Status::Canceled;
            m_report.status = tar.failureStatus();
            m_report.message = tar.failureMessage();
            return fail(m_canceled ? tr("%1: canceled").arg(tarPath) : tr("%1: %2").arg(tarPath, tar.failureMessage()));
        }
        ++m_report.memberCount;
        if (member.type != ArchiveMember::Type::File) {
            m_skipped.append(member);
            continue;
        }
        const QByteArray name = member.rawFileName();
        if (member.sparse) {
            m_problems.append(tr(
                "member \"%1\" is a sparse file, whose stored data is not its content; it cannot be imported as it is")
                                  .arg(member.path()));
            continue;
        }
        const auto earlier = pathOfName.constFind(name);
        if (earlier != pathOfName.cend()) {
            m_problems.append(tr("members \"%1\" and \"%2\" would both become the entry \"%3\"")
                                  .arg(QString::fromUtf8(*earlier), member.path(), QString::fromUtf8(name)));
            continue;
        }
        pathOfName.insert(name, member.rawPath);
        m_members.append(Member {name, member.rawPath, member.size, member.dataOffset});
    }
    m_report.findings = tar.findings();
    if (stream.isCompressed()) {
        // The stream's checksum comes at its end: read it there, or a damaged tar.gz would pass.
        while (stream.skip(ImportChunk) > 0)
            if (control.canceled()) {
                m_canceled = true;
                return fail(tr("%1: canceled").arg(tarPath));
            }
        if (stream.state() != DecompressedStream::State::End)
            return fail(tr("%1: %2 after the end of the tar archive").arg(tarPath, stream.errorString()));
    }
    if (!m_problems.isEmpty())
        return fail(tr("%1: cannot become an image:\n%2").arg(tarPath, m_problems.join(QLatin1Char('\n'))));
    const Stamp after = stampOf(tarPath);
    if (before.size != after.size || before.mtime != after.mtime)
        return fail(tr("%1: the file changed while it was read").arg(tarPath));
    m_scannedPath = tarPath;
    m_scannedSize = after.size;
    m_scannedMtime = after.mtime;
    return true;
}

bool TarImporter::write(
    const QString &tarPath, const QString &outputPath, const BuildOptions &options, const JobControl &control)
{
    m_manifest = Manifest {};
    m_streamedTwice = false;
    const Stamp now = stampOf(tarPath);
    if (m_scannedPath != tarPath || now.size != m_scannedSize || now.mtime != m_scannedMtime) {
        if (!scan(tarPath, control))
            return false;
    }
    m_error.clear();
    m_canceled = false;

    if (DistfileKind::compressionOf(m_report.kind.kind) != DistfileKind::Compression::None) {
        m_streamedTwice = true;
        return writeCompressed(tarPath, outputPath, options, control);
    }

    // Each member is a byte range of the tar file: the writer copies it in the kernel.
    QList<BuildEntry> entries;
    for (const Member &m : std::as_const(m_members))
        entries.append(BuildEntry::fromRange(tarPath, m.dataOffset, m.size, m.name));
    BuildPlan plan(entries, options);
    if (!plan.prepare())
        return fail(tr("%1: the image cannot be built:\n%2").arg(outputPath, plan.problems().join(QLatin1Char('\n'))));
    PayloadWriter writer;
    if (!writer.write(plan, outputPath, control)) {
        m_canceled = writer.wasCanceled();
        return fail(writer.error());
    }
    const Stamp after = stampOf(tarPath);
    if (after.size != m_scannedSize || after.mtime != m_scannedMtime) {
        QFile::remove(outputPath);
        return fail(tr("%1: the tar changed while the image was written; the image was removed").arg(tarPath));
    }
    m_manifest = writer.manifest();
    return true;
}

QStringList TarImporter::planProblems(const QList<Member> &members, const BuildOptions &options)
{
    // The checks BuildPlan::prepare() makes, for entries whose bytes are not a range of a file.
    QStringList problems;
    const PayloadFormat::Layout layout = options.layout;
    const QString layoutText = PayloadFormat::layoutName(layout);
    if (quint64(members.size()) > PayloadFormat::maxFieldValue(layout))
        problems << tr("%1 entries do not fit the %2 layout's count").arg(members.size()).arg(layoutText);
    if (!options.allowImporterViolations && quint64(members.size()) > PayloadFormat::MaxImporterCount)
        problems << tr("%1 entries: the importer accepts at most %2")
                        .arg(members.size())
                        .arg(PayloadFormat::MaxImporterCount);
    for (int i = 0; i < members.size(); ++i) {
        const Member &m = members.at(i);
        const QString label =
            tr("entry %1 \"%2\" (member \"%3\")").arg(i).arg(QString::fromUtf8(m.name), QString::fromUtf8(m.path));
        if (quint64(m.size) > PayloadFormat::maxFieldValue(layout))
            problems << tr("%1: %2 bytes do not fit the %3 layout (4 GiB or more); use the u64 layout")
                            .arg(label)
                            .arg(m.size)
                            .arg(layoutText);
        if (!options.allowImporterViolations)
            for (const ImporterFinding &f : ImporterRules::checkName(m.name, i))
                if (f.severity == ImporterFinding::Severity::Error)
                    problems << tr("%1: %2").arg(label, f.message);
    }
    return problems;
}

bool TarImporter::writeCompressed(
    const QString &tarPath, const QString &outputPath, const BuildOptions &options, const JobControl &control)
{
    const PayloadFormat::Layout layout = options.layout;
    QList<Member> order = m_members;
    if (options.sortByName)
        std::stable_sort(order.begin(), order.end(),
            [](const Member &a, const Member &b) { return PayloadFormat::upstreamNameLess(a.name, b.name); });
    const QStringList problems = planProblems(order, options);
    if (!problems.isEmpty())
        return fail(tr("%1: the image cannot be built:\n%2").arg(outputPath, problems.join(QLatin1Char('\n'))));

    Manifest manifest;
    manifest.layout = layout;
    qint64 offset = PayloadFormat::imageHeaderSize(layout);
    qint64 payload = 0;
    QHash<qint64, int> entryOfOffset;
    for (int i = 0; i < order.size(); ++i) {
        const Member &m = order.at(i);
        offset += PayloadFormat::entryHeaderSize(layout) + m.name.size();
        manifest.entries.append(ManifestEntry {m.name, m.size, offset, {}});
        entryOfOffset.insert(m.dataOffset, i);
        offset += m.size;
        payload += m.size;
    }
    const qint64 finalSize = PayloadFormat::paddedSize(offset, options.padTo);

    AtomicOutputFile out(outputPath);
    if (!out.open(options.overwrite))
        return fail(out.errorString());
    const int fd = out.handle();

    // The table first, with holes where the data goes.
    QByteArray header(PayloadFormat::imageHeaderSize(layout), '\0');
    std::memcpy(header.data(), PayloadFormat::Magic, PayloadFormat::MagicSize);
    PayloadFormat::writeField(header.data() + PayloadFormat::MagicSize, layout, quint64(order.size()));
    if (!PositionalIo::writeAll(fd, header.constData(), header.size(), 0))
        return fail(tr("%1: write error at byte 0: %2").arg(outputPath, errnoText(errno)));
    const int fieldSize = PayloadFormat::fieldSize(layout);
    for (int i = 0; i < order.size(); ++i) {
        const Member &m = order.at(i);
        QByteArray entryHeader(PayloadFormat::entryHeaderSize(layout), '\0');
        PayloadFormat::writeField(entryHeader.data(), layout, quint64(m.name.size()));
        PayloadFormat::writeField(entryHeader.data() + fieldSize, layout, quint64(m.size));
        entryHeader += m.name;
        const qint64 at = manifest.entries.at(i).dataOffset - entryHeader.size();
        if (!PositionalIo::writeAll(fd, entryHeader.constData(), entryHeader.size(), at))
            return fail(tr("%1: write error at byte %2: %3").arg(outputPath).arg(at).arg(errnoText(errno)));
    }

    // Second reading: the data goes straight to its place.
    const Stamp now = stampOf(tarPath);
    if (now.size != m_scannedSize || now.mtime != m_scannedMtime)
        return fail(tr("%1: the tar changed since it was read").arg(tarPath));
    QFile file(tarPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(tr("%1: cannot be read: %2").arg(tarPath, file.errorString()));
    DecompressedStream stream(&file, DistfileKind::compressionOf(m_report.kind.kind));
    if (!stream.open())
        return fail(tr("%1: %2").arg(tarPath, stream.errorString()));
    TarStreamReader tar(stream);
    tar.setProgressCallback([&] { return !control.canceled(); });

    qint64 written = 0;
    int found = 0;
    QByteArray buffer(ImportChunk, Qt::Uninitialized);
    Sha256 hash;
    ArchiveMember member;
    auto changed = [&] {
        return fail(tr("%1: the tar changed between its two readings").arg(tarPath));
    };
    auto failedReading = [&] {
        m_canceled = tar.failureStatus() == ArchiveReport::Status::Canceled;
        return fail(m_canceled ? tr("%1: the import was canceled; nothing was written").arg(outputPath)
                               : tr("%1: %2").arg(tarPath, tar.failureMessage()));
    };
    for (;;) {
        const TarStreamReader::Step step = tar.next(member);
        if (step == TarStreamReader::Step::End)
            break;
        if (step == TarStreamReader::Step::Failed)
            return failedReading();
        if (member.type != ArchiveMember::Type::File)
            continue;
        const auto it = entryOfOffset.constFind(member.dataOffset);
        if (it == entryOfOffset.cend())
            return changed();
        const int i = *it;
        const Member &m = order.at(i);
        if (member.size != m.size || member.rawPath != m.path)
            return changed();
        const qint64 base = manifest.entries.at(i).dataOffset;
        qint64 done = 0;
        while (done < m.size) {
            const qint64 n = tar.readData(buffer.data(), std::min(ImportChunk, m.size - done));
            if (n <= 0 || tar.failed())
                return failedReading();
            if (!PositionalIo::writeAll(fd, buffer.constData(), n, base + done)) {
                const int err = errno;
                if (err == ENOSPC || err == EFBIG || err == EDQUOT)
                    return fail(
                        tr("%1: no space left while writing byte %2 of the image").arg(outputPath).arg(base + done));
                return fail(tr("%1: write error at byte %2: %3").arg(outputPath).arg(base + done).arg(errnoText(err)));
            }
            if (options.computeSha256)
                hash.addData(buffer.constData(), n);
            done += n;
            written += n;
            control.report(written, payload, QString::fromUtf8(m.name));
        }
        if (options.computeSha256)
            manifest.entries[i].sha256 = hash.hexResult();
        ++found;
    }
    // The stream's own check comes at its end: read the padding after the tar to get there.
    while (stream.skip(ImportChunk) > 0) { }
    if (stream.state() != DecompressedStream::State::End)
        return fail(tr("%1: %2 after the end of the tar archive").arg(tarPath, stream.errorString()));
    if (found != order.size())
        return changed();

    if (::ftruncate(fd, off_t(finalSize)) != 0)
        return fail(tr("%1: cannot give the image its size of %2 bytes: %3")
                        .arg(outputPath)
                        .arg(finalSize)
                        .arg(errnoText(errno)));
    if (!out.commit(options.syncToDisk))
        return fail(out.errorString());
    manifest.imageSize = finalSize;
    m_manifest = manifest;
    control.report(payload, payload, QString());
    return true;
}
