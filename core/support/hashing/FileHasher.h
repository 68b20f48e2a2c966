// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Computes the SHA-256 of whole files (the files of a folder being compared with an image, or
// sources before they are added), on every core: different files are hashed at once, largest
// first so the cores finish together. The counterpart of EntryHasher for loose files.
class FileHasher
{
    Q_DECLARE_TR_FUNCTIONS(FileHasher)
public:
    // Hashes every file in `paths`. Returns one hex digest per path, in the same order.
    // Returns an empty list and sets `error` (naming the file and the byte offset) on a read
    // error, or on a cancel (then `canceled` is set when given).
    [[nodiscard]] static QList<QByteArray> hash(
        const QStringList &paths, const JobControl &control, QString *error, bool *canceled = nullptr);
};
