// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveInspector.h"
#include "ArchiveWalk.h"
#include "KArchiveWalker.h"
#include "PayloadReader.h"
#include "StreamWalker.h"

#include <QFile>
#include <QFileInfo>

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

    ArchiveWalk walk(r, options, control);
    using K = DistfileKind::Kind;
    const K kind = r.kind.kind;
    if (DistfileKind::isTar(kind)) {
        StreamWalker::walkTar(walk, device);
    } else if (DistfileKind::isLoneCompressed(kind)) {
        StreamWalker::walkLone(walk, device);
    } else if (kind == K::Zip) {
        KArchiveWalker::walkZip(walk, device);
    } else if (kind == K::SevenZip) {
        KArchiveWalker::walk7z(walk, device);
    } else if (kind == K::Ar) {
        KArchiveWalker::walkAr(walk, device);
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
