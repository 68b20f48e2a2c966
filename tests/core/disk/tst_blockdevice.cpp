// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BlockDevice.h"

#include <QTest>

Q_DECLARE_METATYPE(BlockDevice::Use)

// BlockDevice, a disk as the write dialog and `lbpayload disks` show it: the label a user
// recognises it by, and every mount point and swap area on it, its partitions and the devices
// stacked on them, which are what make writing to it unsafe.
class TestBlockDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void label_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("label");
        QTest::newRow("vendor and model") << "Kingston"
                                          << "DataTraveler 3.0"
                                          << "Kingston DataTraveler 3.0";
        QTest::newRow("model repeats the vendor") << "SanDisk"
                                                  << "SanDisk Ultra"
                                                  << "SanDisk Ultra";
        QTest::newRow("repeated in other case") << "SANDISK"
                                                << "SanDisk Ultra"
                                                << "SanDisk Ultra";
        QTest::newRow("model only (NVMe)") << ""
                                           << "Samsung SSD 980 PRO 1TB"
                                           << "Samsung SSD 980 PRO 1TB";
        QTest::newRow("PCI vendor number (virtio)") << "0x1af4"
                                                    << ""
                                                    << "vdb";
        QTest::newRow("PCI vendor number and a model") << "0x1af4"
                                                       << "QEMU disk"
                                                       << "QEMU disk";
        QTest::newRow("vendor only") << "ATA"
                                     << ""
                                     << "ATA";
        QTest::newRow("nothing known: the device name") << ""
                                                        << ""
                                                        << "vdb";
        QTest::newRow("inner spaces collapsed") << "Generic"
                                                << "  Flash   Disk  "
                                                << "Generic Flash Disk";
        QTest::newRow("spaces only") << ""
                                     << "   "
                                     << "vdb";
    }

    void label()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, model);
        QFETCH(QString, label);
        BlockDevice disk;
        disk.name = QStringLiteral("vdb");
        disk.vendor = vendor;
        disk.model = model;
        QCOMPARE(disk.label(), label);
    }

    void uses_data()
    {
        QTest::addColumn<QList<BlockDevice::Use>>("uses");
        QTest::addColumn<QStringList>("mountPoints");
        QTest::addColumn<bool>("swap");

        const auto use = [](const char *device, QStringList mounts, bool swap) {
            BlockDevice::Use u;
            u.device = QString::fromLatin1(device);
            u.mountPoints = mounts;
            u.swap = swap;
            return u;
        };
        QTest::newRow("unused") << QList<BlockDevice::Use> {} << QStringList {} << false;
        QTest::newRow("one partition mounted")
            << QList<BlockDevice::Use> {use("sdb1", {QStringLiteral("/media/usb")}, false)}
            << QStringList {QStringLiteral("/media/usb")} << false;
        QTest::newRow("bind mounts and a holder, in order")
            << QList<BlockDevice::Use> {use("sdb1", {QStringLiteral("/"), QStringLiteral("/mnt/bind")}, false),
                   use("dm-0", {QStringLiteral("/home/user name")}, false)}
            << QStringList {QStringLiteral("/"), QStringLiteral("/mnt/bind"), QStringLiteral("/home/user name")}
            << false;
        QTest::newRow("swap only") << QList<BlockDevice::Use> {use("sdb2", {}, true)} << QStringList {} << true;
        QTest::newRow("swap on a holder beside a mount")
            << QList<BlockDevice::Use> {use("sdb1", {QStringLiteral("/boot")}, false), use("dm-1", {}, true)}
            << QStringList {QStringLiteral("/boot")} << true;
    }

    void uses()
    {
        QFETCH(QList<BlockDevice::Use>, uses);
        QFETCH(QStringList, mountPoints);
        QFETCH(bool, swap);
        BlockDevice disk;
        disk.name = QStringLiteral("sdb");
        disk.uses = uses;
        QCOMPARE(disk.mountPoints(), mountPoints);
        QCOMPARE(disk.hasSwap(), swap);
    }
};

QTEST_GUILESS_MAIN(TestBlockDevice)
#include "tst_blockdevice.moc"
