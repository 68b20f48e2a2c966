// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "TarExporter.h"
#include "AtomicOutputFile.h"
#include "PayloadExtractor.h"
#include "PayloadReader.h"
#include "TarWriteFilter.h"

#include <KCompressionDevice>
#include <KTar>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {

constexpr qint64 ExportChunk = 1024 * 1024;

KCompressionDevice::CompressionType typeOf(TarExporter::Compression c)
{
    switch (c) {
    case TarExporter::Compression::Gzip:
        return KCompressionDevice::GZip;
    case TarExporter::Compression::Bzip2:
        return KCompressionDevice::BZip2;
    case TarExporter::Compression::Xz:
        return KCompressionDevice::Xz;
    case TarExporter::Compression::Zstd:
        return KCompressionDevice::Zstd;
    case TarExporter::Compression::None:
        break;
    }
    return KCompressionDevice::None;
}

} // namespace

std::optional<TarExporter::Compression> TarExporter::compressionForFileName(const QString &path)
{
    const QString lower = QFileInfo(path).fileName().toLower();
    auto ends = [&](const char *suffix) {
        return lower.endsWith(QLatin1String(suffix));
    };
    if (ends(".tar"))
        return Compression::None;
    if (ends(".tar.gz") || ends(".tgz"))
        return Compression::Gzip;
    if (ends(".tar.bz2") || ends(".tbz2"))
        return Compression::Bzip2;
    if (ends(".tar.xz") || ends(".txz"))
        return Compression::Xz;
    if (ends(".tar.zst") || ends(".tzst"))
        return Compression::Zstd;
    return std::nullopt;
}

QString TarExporter::compressionKey(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return QStringLiteral("none");
    case Compression::Gzip:
        return QStringLiteral("gzip");
    case Compression::Bzip2:
        return QStringLiteral("bzip2");
    case Compression::Xz:
        return QStringLiteral("xz");
    case Compression::Zstd:
        return QStringLiteral("zstd");
    }
    return {};
}

bool TarExporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool TarExporter::exportImage(
    const PayloadReader &reader, const QString &outputPath, const Options &options, const JobControl &control)
{
    m_error.clear();
    m_canceled = false;
    m_outputSize = 0;
    m_memberCount = 0;

    const QList<PayloadEntry> &entries = reader.entries();
    QList<int> indices = options.indices;
    if (indices.isEmpty())
        for (int i = 0; i < entries.size(); ++i)
            indices.append(i);

    // Everything that would stop the export is checked before a byte is written.
    QString folder = options.folder;
    while (folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    if (!folder.isEmpty()) {
        const QByteArray raw = folder.toUtf8();
        if (raw.startsWith('/') || raw.split('/').contains(QByteArray("..")))
            return fail(
                tr("%1: the folder \"%2\" inside the tar must be relative and without \"..\"").arg(outputPath, folder));
    }
    QSet<QByteArray> seen;
    qint64 total = 0;
    for (int i : std::as_const(indices)) {
        if (i < 0 || i >= entries.size())
            return fail(tr("%1: there is no entry %2").arg(reader.fileName()).arg(i));
        const PayloadEntry &e = entries.at(i);
        const QString why = PayloadExtractor::refusal(e.rawName);
        if (!why.isEmpty())
            return fail(tr("%1: entry %2 cannot become a tar member: %3").arg(reader.fileName()).arg(i).arg(why));
        if (seen.contains(e.rawName))
            return fail(tr("%1: two entries are named \"%2\"; a tar of both would keep only the last one when unpacked")
                            .arg(reader.fileName(), e.name()));
        seen.insert(e.rawName);
        if (e.size > MaxMemberSize)
            return fail(
                tr("%1: entry %2 \"%3\" has %4 bytes; KArchive's tar writer cannot describe a member of 8 GiB or more")
                    .arg(reader.fileName())
                    .arg(i)
                    .arg(e.name())
                    .arg(e.size));
        total += e.size;
    }

    qint64 mtime = 0;
    if (options.mtime) {
        mtime = *options.mtime;
    } else {
        bool ok = false;
        mtime = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        if (!ok)
            mtime = QFileInfo(reader.fileName()).lastModified().toSecsSinceEpoch();
    }
    const QDateTime stamp = QDateTime::fromSecsSinceEpoch(mtime, QTimeZone::UTC);

    AtomicOutputFile out(outputPath);
    if (!out.open(options.overwrite))
        return fail(out.errorString());

    // KTar -> TarWriteFilter -> KCompressionDevice (KArchive's pass-through filter for plain
    // tars) -> the temporary file.
    KCompressionDevice sink(out.file(), false, typeOf(options.compression));
    if (options.compression == Compression::Gzip) {
        QString inner = QFileInfo(outputPath).fileName();
        if (inner.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
            inner.chop(3);
        else if (inner.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive))
            inner = inner.left(inner.size() - 4) + QLatin1String(".tar");
        sink.setOrigFileName(QFile::encodeName(inner));
    }
    if (!sink.open(QIODevice::WriteOnly))
        return fail(tr("%1: cannot start the %2 compressor").arg(outputPath, compressionKey(options.compression)));
    TarWriteFilter filter(&sink, mtime);
    KTar tar(&filter);
    if (!tar.open(QIODevice::WriteOnly)) {
        sink.close();
        return fail(tr("%1: cannot start the %2 tar: %3")
                        .arg(outputPath, compressionKey(options.compression), tar.errorString()));
    }
    const QString owner = QStringLiteral("root");
    auto abort = [&](const QString &message) {
        tar.close();
        sink.close(); // before the file it writes to goes away
        out.discard();
        return fail(message);
    };
    filter.setWritingHeaders(true);
    const bool folderWritten = folder.isEmpty() || tar.writeDir(folder, owner, owner, 040755, stamp, stamp, stamp);
    filter.setWritingHeaders(false);
    if (!folderWritten)
        return abort(tr("%1: write error: %2").arg(outputPath, tar.errorString()));

    QByteArray buffer(ExportChunk, Qt::Uninitialized);
    qint64 done = 0;
    for (int i : std::as_const(indices)) {
        const PayloadEntry &e = entries.at(i);
        const QString name = e.name();
        const QString memberName = folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
        std::unique_ptr<QIODevice> in = reader.openEntry(i);
        if (!in)
            return abort(tr("%1: entry %2 \"%3\" cannot be read").arg(reader.fileName()).arg(i).arg(name));
        filter.setWritingHeaders(true);
        const bool prepared = tar.prepareWriting(memberName, owner, owner, e.size, 0100644, stamp, stamp, stamp);
        filter.setWritingHeaders(false);
        if (!prepared)
            return abort(tr("%1: write error at member \"%2\": %3").arg(outputPath, name, tar.errorString()));
        qint64 copied = 0;
        while (copied < e.size) {
            if (control.canceled()) {
                m_canceled = true;
                return abort(tr("%1: the export was canceled; nothing was written").arg(outputPath));
            }
            const qint64 n = in->read(buffer.data(), std::min(ExportChunk, e.size - copied));
            if (n <= 0)
                return abort(tr("%1: entry %2 \"%3\": %4")
                                 .arg(reader.fileName())
                                 .arg(i)
                                 .arg(name, n < 0 ? in->errorString() : tr("the image ends inside it")));
            if (!tar.writeData(buffer.constData(), n))
                return abort(tr("%1: write error at member \"%2\": %3").arg(outputPath, name, tar.errorString()));
            copied += n;
            done += n;
            control.report(done, total, name);
        }
        if (!tar.finishWriting(e.size))
            return abort(tr("%1: write error at member \"%2\": %3").arg(outputPath, name, tar.errorString()));
        ++m_memberCount;
    }
    // KTar ends the archive without the two zero blocks that mark its end; tar expects them.
    const QByteArray endBlocks(1024, '\0');
    if (!tar.close() || sink.write(endBlocks) != endBlocks.size())
        return abort(tr("%1: write error: %2").arg(outputPath, sink.errorString()));
    sink.close();
    if (sink.error() != QFileDevice::NoError)
        return abort(tr("%1: write error while finishing the %2 stream: %3")
                         .arg(outputPath, compressionKey(options.compression), sink.errorString()));

    QFile *file = out.file();
    if (options.compression == Compression::Gzip) {
        // KArchive stamps the current time into the gzip header (bytes 4..7): put the chosen one
        // there so that the same image always gives the same bytes.
        const quint32 t = quint32(std::max<qint64>(0, mtime));
        const char le[4] = {char(t & 0xff), char((t >> 8) & 0xff), char((t >> 16) & 0xff), char((t >> 24) & 0xff)};
        if (!file->flush() || !file->seek(4) || file->write(le, 4) != 4)
            return abort(tr("%1: write error: %2").arg(outputPath, file->errorString()));
    }
    if (!file->flush())
        return abort(tr("%1: write error: %2").arg(outputPath, file->errorString()));
    m_outputSize = file->size();
    if (!out.commit(options.syncToDisk))
        return fail(out.errorString());
    control.report(total, total, QString());
    return true;
}
