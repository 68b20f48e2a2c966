// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiskEnumerator.h"
#include "MountTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
QString readSysText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(4096)).trimmed();
}

qint64 readSysNumber(const QString &path, qint64 fallback = 0)
{
    bool ok = false;
    const qint64 value = readSysText(path).toLongLong(&ok);
    return ok ? value : fallback;
}

QStringList sysSubfolders(const QString &path)
{
    return QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// A holders folder holds links to the holders' own sysfs folders; any entry counts, even a
// link whose target has gone.
QStringList sysHolders(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool isRamDisk(const QString &name)
{
    return name.startsWith(QLatin1String("ram")) || name.startsWith(QLatin1String("zram"));
}
} // namespace

DiskEnumerator::DiskEnumerator() = default;

DiskEnumerator::DiskEnumerator(const Paths &paths)
    : m_paths(paths)
{ }

QString DiskEnumerator::sysBlock() const
{
    return m_paths.sysRoot + QLatin1String("/block");
}

BlockDevice DiskEnumerator::describe(const QString &name, const MountTable &mounts) const
{
    const QString dir = sysBlock() + QLatin1Char('/') + name;
    BlockDevice disk;
    disk.name = name;
    disk.path = m_paths.devRoot + QLatin1Char('/') + name;
    disk.majorMinor = readSysText(dir + QLatin1String("/dev"));
    // sysfs counts in 512-byte sectors whatever the device's own block size.
    disk.size = readSysNumber(dir + QLatin1String("/size")) * 512;
    disk.logicalBlockSize = int(readSysNumber(dir + QLatin1String("/queue/logical_block_size"), 512));
    disk.readOnly = readSysNumber(dir + QLatin1String("/ro")) != 0;
    disk.removable = readSysNumber(dir + QLatin1String("/removable")) != 0;
    disk.vendor = readSysText(dir + QLatin1String("/device/vendor"));
    disk.model = readSysText(dir + QLatin1String("/device/model"));
    // /sys/block/sdb links into the device tree; a disk behind a USB bridge has a usb node
    // on that path ("…/usb2/2-1/2-1:1.0/host6/…"), whatever removable says.
    disk.usb = QFileInfo(dir).canonicalFilePath().contains(QLatin1String("/usb"));
    disk.loop = name.startsWith(QLatin1String("loop"));

    // The devices to look up in the mount table: the disk, its partitions, and whatever is
    // stacked on them (a mounted LVM volume on sdb2 makes sdb unsafe as much as sdb2 itself).
    QList<QPair<QString, QString>> candidates; // (name, its sysfs folder)
    candidates.append({name, dir});
    for (const QString &entry : sysSubfolders(dir)) {
        if (QFileInfo::exists(dir + QLatin1Char('/') + entry + QLatin1String("/partition"))) {
            disk.partitions << entry;
            candidates.append({entry, dir + QLatin1Char('/') + entry});
        }
    }
    for (qsizetype i = 0; i < candidates.size() && i < 256; ++i) {
        for (const QString &holder : sysHolders(candidates.at(i).second + QLatin1String("/holders"))) {
            if (disk.holders.contains(holder))
                continue;
            disk.holders << holder;
            candidates.append({holder, sysBlock() + QLatin1Char('/') + holder});
        }
    }
    for (const auto &[device, folder] : std::as_const(candidates)) {
        BlockDevice::Use use;
        use.device = device;
        use.mountPoints = mounts.mountPointsOf(readSysText(folder + QLatin1String("/dev")), device);
        use.swap = mounts.isSwap(device);
        if (!use.mountPoints.isEmpty() || use.swap)
            disk.uses << use;
    }
    return disk;
}

QList<BlockDevice> DiskEnumerator::disks(bool includeLoop)
{
    m_error.clear();
    const QDir block(sysBlock());
    if (!block.exists()) {
        m_error = tr("%1: cannot list the disks: the folder does not exist").arg(sysBlock());
        return {};
    }
    const MountTable mounts = MountTable::read(m_paths.mountInfo, m_paths.swaps, m_paths.devRoot);
    m_mountsKnown = mounts.isValid();
    QList<BlockDevice> list;
    // Entries of /sys/block are symbolic links into the device tree.
    const QStringList names = block.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QString &name : names) {
        if (isRamDisk(name))
            continue;
        const QString dir = sysBlock() + QLatin1Char('/') + name;
        if (QFileInfo::exists(dir + QLatin1String("/partition")))
            continue;
        if (name.startsWith(QLatin1String("loop"))) {
            // An unbound loop device (no backing file) is nothing to write to.
            if (!includeLoop || !QFileInfo::exists(dir + QLatin1String("/loop/backing_file")))
                continue;
        }
        list << describe(name, mounts);
    }
    return list;
}

std::optional<BlockDevice> DiskEnumerator::diskByNumber(const QString &majorMinor, QString *partitionOf)
{
    const QList<BlockDevice> all = disks(true);
    for (const BlockDevice &disk : all) {
        if (disk.majorMinor == majorMinor)
            return disk;
        for (const QString &partition : disk.partitions) {
            const QString number = readSysText(
                sysBlock() + QLatin1Char('/') + disk.name + QLatin1Char('/') + partition + QLatin1String("/dev"));
            if (number == majorMinor && partitionOf) {
                *partitionOf = disk.name;
                return std::nullopt;
            }
        }
    }
    return std::nullopt;
}

DiskRefusal DiskEnumerator::refusalFor(const BlockDevice &disk, qint64 imageSize) const
{
    if (!m_mountsKnown)
        return {DiskRefusal::Reason::Unknown,
            tr("%1: cannot tell whether it is in use: %2 cannot be read").arg(disk.path, m_paths.mountInfo)};
    return DiskRefusal::check(disk, imageSize);
}
