// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

// One byte range of a file to hash: an entry's data in an image, a record's data in a first
// image.
struct HashRange
{
    qint64 offset = 0;
    qint64 size = 0;
};

// The one place where byte ranges of one file are hashed in parallel: every core reads
// different ranges at once, largest first so that the cores finish together, each thread with
// its own descriptor. EntryHasher (LBPAYLD1 entries) and FirstImageHasher (a first image's
// files) are thin users of it.
class RangeHasher
{
    Q_DECLARE_TR_FUNCTIONS(RangeHasher)
public:
    // Says where range `index` is in an error message, e.g. `entry 3 "a.tar" at byte 4096`.
    using Describe = std::function<QString(int index)>;

    // Hashes `ranges` of the file at `path` with the given indices (all when empty). Returns
    // one lower-case hex SHA-256 per range, empty for those not asked for. Returns an empty
    // list and sets `error` ("<path>: <describe(i)>: <why>") on a read error or a short file,
    // and on a cancel (then `canceled` is set when given). `control` is told the bytes done
    // of all asked for, from the calling thread, about every 30 ms.
    [[nodiscard]] static QList<QByteArray> hash(const QString &path, const QList<HashRange> &ranges,
        const QList<int> &indices, const JobControl &control, const Describe &describe, QString *error,
        bool *canceled = nullptr);
};
