// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageHasher.h"
#include "FirstImageReader.h"
#include "RangeHasher.h"

QList<QByteArray> FirstImageHasher::hash(const FirstImageReader &reader, const QList<int> &indices,
    const JobControl &control, QString *error, bool *canceled)
{
    error->clear();
    if (canceled)
        *canceled = false;
    const QList<SrcfsRecord> &records = reader.records();
    if (reader.imagePath().isEmpty()) {
        *error = tr("%1: the image has no file to read its records from").arg(reader.fileName());
        return {};
    }
    QList<HashRange> ranges;
    ranges.reserve(records.size());
    for (const SrcfsRecord &r : records)
        ranges.append({r.dataOffset, r.size});
    // Only whole files: an empty list would mean "all ranges" to RangeHasher, so a first
    // image without files returns early.
    const auto hashable = [&](int i) {
        return i >= 0 && i < records.size() && records.at(i).kind == SrcfsRecord::Kind::File &&
            records.at(i).endOffset() <= reader.imageSize();
    };
    QList<int> wanted;
    if (indices.isEmpty()) {
        for (int i = 0; i < records.size(); ++i)
            if (hashable(i))
                wanted << i;
    } else {
        for (int i : indices)
            if (hashable(i))
                wanted << i;
    }
    if (wanted.isEmpty())
        return QList<QByteArray>(records.size());
    const auto describe = [&](int i) {
        const SrcfsRecord &r = records.at(i);
        return tr("record %1 \"%2\" at byte %3").arg(i).arg(r.pathString()).arg(r.offset);
    };
    return RangeHasher::hash(reader.imagePath(), ranges, wanted, control, describe, error, canceled);
}
