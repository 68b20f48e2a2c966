// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One whole disk as the kernel describes it in /sys/block, with what the running system uses
// it for: the mount points and swap areas of the disk itself, of its partitions and of the
// devices stacked on them (device mapper, RAID), which are what make writing to it unsafe.
struct BlockDevice
{
    // A partition (or the disk itself, or a holder stacked on either) that is in use.
    struct Use
    {
        QString device; // "sda2", "dm-0"
        QStringList mountPoints; // as in mountinfo, escapes decoded
        bool swap = false;
    };

    QString name; // "sdb", the name under /sys/block
    QString path; // "/dev/sdb"
    QString majorMinor; // "8:16"
    qint64 size = 0; // bytes; 0 for a reader without a medium
    int logicalBlockSize = 512;
    QString vendor; // trimmed; often empty (NVMe, virtio)
    QString model; // trimmed
    bool removable = false;
    bool usb = false;
    bool readOnly = false;
    bool loop = false;
    QStringList partitions; // "sdb1", "sdb2"
    QStringList holders; // devices stacked on the disk or a partition: "dm-0", "md127"
    QList<Use> uses; // only the devices that are mounted or swap

    // "Vendor Model" when known, else the device name: what the user recognises a disk by.
    QString label() const;
    // Every mount point on the disk, its partitions and their holders.
    QStringList mountPoints() const;
    bool hasSwap() const;
};
