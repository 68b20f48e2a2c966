// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BlockDevice.h"
#include "DiskRefusal.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What writing an image to a disk did, and, above all, what the disk holds afterwards.
struct DiskWriteResult
{
    Q_DECLARE_TR_FUNCTIONS(DiskWriteResult)
public:
    enum class Outcome {
        NotStarted,
        Refused, // a rule forbade the target; the disk was not opened for writing
        Failed, // the image could not be read, or opening, writing or reading back failed
        Canceled,
        Mismatch, // written, but the read-back differs from the image
        Written, // written, and verified unless verification was off
    };

    Outcome outcome = Outcome::NotStarted;
    QString error; // names the image or device and the byte offset; empty on success
    DiskRefusal refusal; // for Refused
    bool permissionDenied = false; // the device could not be opened for lack of rights
    // What the target holds now, one translated sentence ("the first N bytes were written;
    // the disk does not hold a valid image"). Always set once write() has been called.
    QString diskState;

    BlockDevice device; // the target as sysfs describes it (path only for a regular file)
    bool regularFile = false;
    bool firstImage = false; // the image is a builder-hex0 first image (init.img), not LBPAYLD1
    qint64 imageSize = 0;
    qint64 bytesWritten = 0; // of the image and the zeros after it, once synced
    qint64 zeroedBytes = 0; // zeros written after the image (the optional tail to the next MiB)
    bool directIo = false; // whether writes bypassed the page cache
    qint64 writeMs = 0; // including the final sync

    bool verified = false; // the read-back ran to its end and matched
    bool verifyBypassedCache = false; // the read-back used O_DIRECT
    int entriesChecked = 0;
    qint64 bytesCompared = 0; // bytes outside entry data (headers, names, padding) compared as bytes
    QStringList mismatches; // one line each, naming the entry or byte offset
    qint64 verifyMs = 0;

    bool ok() const { return outcome == Outcome::Written; }
    // A one-line translated summary of the outcome for logs and message boxes.
    QString summary() const;
    // For Written: what was done, without the device ("written, not verified"), for callers
    // that name the device their own way; empty for the other outcomes.
    QString writtenText() const;
};
