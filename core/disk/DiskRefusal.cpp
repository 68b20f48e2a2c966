// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiskRefusal.h"

#include <QLocale>

namespace {
bool isSystemMountPoint(const QString &point)
{
    return point == QLatin1String("/") || point == QLatin1String("/boot") || point.startsWith(QLatin1String("/boot/"));
}
} // namespace

DiskRefusal DiskRefusal::check(const BlockDevice &disk, qint64 imageSize)
{
    const QStringList points = disk.mountPoints();
    QStringList system;
    for (const QString &point : points)
        if (isSystemMountPoint(point) && !system.contains(point))
            system << point;
    if (!system.isEmpty())
        return {Reason::SystemDisk,
            tr("%1 holds %2 of the running system").arg(disk.path, system.join(QLatin1String(", ")))};
    if (!points.isEmpty()) {
        QStringList shown = points.mid(0, 3);
        if (points.size() > 3)
            shown << QStringLiteral("…");
        return {Reason::Mounted,
            tr("%1 has mounted file systems (%2); unmount them first").arg(disk.path, shown.join(QLatin1String(", ")))};
    }
    if (disk.hasSwap())
        return {Reason::Swap, tr("%1 holds a swap area in use; turn it off (swapoff) first").arg(disk.path)};
    if (!disk.holders.isEmpty())
        return {Reason::Held,
            tr("%1 is in use by %2 (device mapper, LVM, encryption or RAID)")
                .arg(disk.path, disk.holders.join(QLatin1String(", ")))};
    if (disk.size <= 0)
        return {Reason::NoMedium, tr("%1 has no medium (size 0)").arg(disk.path)};
    if (disk.readOnly)
        return {Reason::ReadOnly, tr("%1 is read-only").arg(disk.path)};
    if (imageSize >= 0 && disk.size < imageSize)
        return {Reason::TooSmall,
            tr("%1 is too small: %2 bytes, the image needs %3")
                .arg(disk.path, QLocale::c().toString(disk.size), QLocale::c().toString(imageSize))};
    return {};
}
