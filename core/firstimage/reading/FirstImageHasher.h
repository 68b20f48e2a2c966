// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class FirstImageReader;

// Computes the SHA-256 of the files of an opened first image (its `src` records with data),
// reading them in place, on every core, through RangeHasher like EntryHasher does for
// external.img.
class FirstImageHasher
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageHasher)
public:
    // Hashes the File records with the given indices (all File records when empty; indices of
    // other records are ignored, as is a File record whose data the image cuts off). Returns
    // one hex digest per record of the reader, empty for those not hashed. Returns an empty
    // list and sets `error` (naming the image, the record and its byte offset) when the image
    // has no path to read from, on a read error, or on a cancel (then `canceled` is set when
    // given).
    static QList<QByteArray> hash(const FirstImageReader &reader, const QList<int> &indices, const JobControl &control,
        QString *error, bool *canceled = nullptr);
};
