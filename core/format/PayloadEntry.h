// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

// One entry of an image's table as it was read: where its header and data lie.
struct PayloadEntry {
    int index = 0;
    QByteArray rawName; // the name's bytes exactly as stored (UTF-8 unless a finding says otherwise)
    qint64 headerOffset = 0;
    qint64 dataOffset = 0;
    qint64 size = 0;

    QString name() const { return QString::fromUtf8(rawName); }
    qint64 endOffset() const { return dataOffset + size; }
};
