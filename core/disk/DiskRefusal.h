// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BlockDevice.h"

#include <QCoreApplication>
#include <QString>

// Why a disk must not be written to, in the order the rules are tried: the first that applies
// is the one reported, so the user learns the weightiest reason (the system's own disk before
// "too small"). A default-constructed refusal means the disk may be written to.
class DiskRefusal
{
    Q_DECLARE_TR_FUNCTIONS(DiskRefusal)
public:
    enum class Reason {
        None,
        NotFound, // the path does not exist
        NotBlockDevice, // a regular file (without the caller's consent), a folder, a fifo
        Partition, // the importer probes whole disks only
        Unknown, // a block device sysfs does not describe: its uses cannot be checked
        NoMedium, // size 0: an empty card reader
        ReadOnly,
        SystemDisk, // holds /, /boot or /boot/*
        Mounted,
        Swap,
        Held, // device mapper, RAID or another driver has claimed it
        TooSmall,
    };

    DiskRefusal() = default;
    DiskRefusal(Reason reason, const QString &message)
        : m_reason(reason)
        , m_message(message)
    { }

    // Applies the rules to `disk` for an image of `imageSize` bytes (-1: no size rule).
    static DiskRefusal check(const BlockDevice &disk, qint64 imageSize);

    bool refused() const { return m_reason != Reason::None; }
    Reason reason() const { return m_reason; }
    // Complete and translated, naming the device: "/dev/sda holds / (the running system)".
    QString message() const { return m_message; }

private:
    Reason m_reason = Reason::None;
    QString m_message;
};
