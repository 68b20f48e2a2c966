// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/DistfileTarget.h"
#include "EntryDevice.h"
#include "FirstImageExtractor.h"
#include "FirstImageReader.h"
#include "model/authoring/AuthoringEntry.h"

#include <QFile>

#include <algorithm>

namespace {

IntegrityTester::Target rangeTarget(const QString &name, const QString &path, qint64 offset, qint64 size)
{
    IntegrityTester::Target t;
    t.name = name;
    t.source = path;
    t.size = size;
    t.open = [path, offset, size](QString *error) -> std::unique_ptr<QIODevice> {
        auto device = std::make_unique<EntryDevice>(path, offset, size);
        if (!device->open(QIODevice::ReadOnly)) {
            *error = device->errorString();
            return nullptr;
        }
        return device;
    };
    return t;
}

} // namespace

IntegrityTester::Target DistfileTarget::ofFirstImageRecord(const FirstImageReader &reader, int record)
{
    const SrcfsRecord &r = reader.records().at(record);
    // The name the bootstrap sees: the last component of the path as builder-hex0 resolves it.
    const QString name = QFile::decodeName(FirstImageExtractor::targetPath(r.path)).section(QLatin1Char('/'), -1);
    // Never past the image's end: the missing bytes then show as a truncated distfile.
    const qint64 size = std::max<qint64>(0, std::min(r.size, reader.imageSize() - r.dataOffset));
    IntegrityTester::Target t = rangeTarget(name, reader.imagePath(), r.dataOffset, size);
    //: image file name, record N, its path in the srcfs
    t.source = tr("%1, record %2 (%3)").arg(reader.fileName()).arg(record).arg(r.pathString());
    return t;
}

IntegrityTester::Target DistfileTarget::ofAuthoringEntry(const AuthoringEntry &entry)
{
    if (entry.wholeFile) {
        IntegrityTester::Target t = IntegrityTester::Target::fromFile(entry.sourcePath);
        t.name = entry.displayName();
        return t;
    }
    return rangeTarget(entry.displayName(), entry.sourcePath, entry.sourceOffset, entry.size);
}
