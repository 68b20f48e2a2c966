// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BlockDevice.h"
#include "DiskRefusal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class MountTable;

// Lists whole disks from sysfs and what the system uses them for (mountinfo, swaps). The
// roots are parameters so that tests describe disks in a folder of their own; the defaults
// are the running system's.
class DiskEnumerator
{
    Q_DECLARE_TR_FUNCTIONS(DiskEnumerator)
public:
    struct Paths
    {
        QString sysRoot = QStringLiteral("/sys");
        QString mountInfo = QStringLiteral("/proc/self/mountinfo");
        QString swaps = QStringLiteral("/proc/swaps");
        QString devRoot = QStringLiteral("/dev");
    };

    DiskEnumerator();
    explicit DiskEnumerator(const Paths &paths);

    // Whole disks in name order: partitions are never listed, nor RAM disks (ram*, zram*);
    // loop devices only with `includeLoop`, and then only those with a backing file. Returns
    // an empty list and sets error() when /sys/block cannot be read.
    QList<BlockDevice> disks(bool includeLoop = false);

    // The disk whose device number is `majorMinor` (loop devices included). When it is a
    // partition's, returns nullopt and sets `partitionOf` to its disk's name.
    std::optional<BlockDevice> diskByNumber(const QString &majorMinor, QString *partitionOf = nullptr);

    // The refusal for `disk` and an image of `imageSize` bytes (-1: no size rule), with one
    // more rule than DiskRefusal's: when mountinfo could not be read, nothing is known to be
    // unused, so every disk is refused.
    DiskRefusal refusalFor(const BlockDevice &disk, qint64 imageSize) const;

    QString error() const { return m_error; }

private:
    BlockDevice describe(const QString &name, const MountTable &mounts) const;
    QString sysBlock() const;

    Paths m_paths;
    QString m_error;
    bool m_mountsKnown = true;
};
