// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class PayloadReader;

// Computes the SHA-256 of entries of an opened image, reading them in place, on every core:
// different entries are hashed at once, largest first so the cores finish together.
class EntryHasher
{
    Q_DECLARE_TR_FUNCTIONS(EntryHasher)
public:
    // Hashes the entries with the given indices (all when empty). Returns one hex digest per
    // entry of the image, empty for those not asked for. Returns an empty list and sets
    // `error` on a read error or a cancel (then `canceled` is set when given).
    static QList<QByteArray> hash(const PayloadReader &reader, const QList<int> &indices, const JobControl &control,
        QString *error, bool *canceled = nullptr);
};
