// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntryHasher.h"
#include "PayloadReader.h"
#include "RangeHasher.h"

QList<QByteArray> EntryHasher::hash(
    const PayloadReader &reader, const QList<int> &indices, const JobControl &control, QString *error, bool *canceled)
{
    const QList<PayloadEntry> &entries = reader.entries();
    QList<HashRange> ranges;
    ranges.reserve(entries.size());
    for (const PayloadEntry &e : entries)
        ranges.append({e.dataOffset, e.size});
    const auto describe = [&](int i) {
        const PayloadEntry &e = entries.at(i);
        return tr("entry %1 \"%2\" at byte %3").arg(e.index).arg(e.name()).arg(e.dataOffset);
    };
    return RangeHasher::hash(reader.fileName(), ranges, indices, control, describe, error, canceled);
}
