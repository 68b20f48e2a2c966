// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiskEnumerator.h"
#include "MountTable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The disk list and its refusal rules, against a /sys, mountinfo and swaps tree written by the
// test: the system disk, mounted and swapping partitions, disks held by device mapper and
// RAID, a btrfs mount that names its disk only by source, USB sticks, ram and loop devices.
class TestDiskEnumerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString sys() const { return m_dir.filePath(u"sys"_s); }
    QString dev() const { return m_dir.filePath(u"dev"_s); }

    static void put(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    // A disk under sys/devices/<parent>/block/<name>, linked from sys/block/<name> as the
    // kernel does; `sectors` of 512 bytes.
    void addDisk(const QString &name, const QByteArray &number, qint64 sectors, const QString &parent = u"virtual"_s,
        const QByteArray &vendor = {}, const QByteArray &model = {}, bool removable = false, bool readOnly = false)
    {
        const QString folder = sys() + u"/devices/"_s + parent + u"/block/"_s + name;
        put(folder + u"/dev"_s, number + '\n');
        put(folder + u"/size"_s, QByteArray::number(sectors) + '\n');
        put(folder + u"/removable"_s, removable ? "1\n" : "0\n");
        put(folder + u"/ro"_s, readOnly ? "1\n" : "0\n");
        put(folder + u"/queue/logical_block_size"_s, "512\n");
        if (!model.isEmpty() || !vendor.isEmpty()) {
            put(folder + u"/device/vendor"_s, vendor + "  \n");
            put(folder + u"/device/model"_s, model + "   \n");
        }
        QDir().mkpath(folder + u"/holders"_s);
        QDir().mkpath(sys() + u"/block"_s);
        QVERIFY(QFile::link(folder, sys() + u"/block/"_s + name));
    }
    void addPartition(const QString &disk, const QString &name, const QByteArray &number)
    {
        const QString folder = QFileInfo(sys() + u"/block/"_s + disk).canonicalFilePath() + u'/' + name;
        put(folder + u"/partition"_s, "1\n");
        put(folder + u"/dev"_s, number + '\n');
        QDir().mkpath(folder + u"/holders"_s);
    }
    void addHolder(const QString &holderOf, const QString &holder)
    {
        const QString of = QFileInfo(sys() + u"/block/"_s + holderOf.section(u'/', 0, 0)).canonicalFilePath() +
            (holderOf.contains(u'/') ? u'/' + holderOf.section(u'/', 1) : QString());
        put(of + u"/holders/"_s + holder, {});
    }

    DiskEnumerator enumerator(const QString &mountInfo = {}) const
    {
        DiskEnumerator::Paths paths;
        paths.sysRoot = sys();
        paths.mountInfo = mountInfo.isEmpty() ? m_dir.filePath(u"mountinfo"_s) : mountInfo;
        paths.swaps = m_dir.filePath(u"swaps"_s);
        paths.devRoot = dev();
        return DiskEnumerator(paths);
    }

    BlockDevice find(const QList<BlockDevice> &disks, const QString &name) const
    {
        for (const BlockDevice &disk : disks)
            if (disk.name == name)
                return disk;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString usb = u"pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0"_s;
        addDisk(u"sda"_s, "8:0", 500118192, u"pci0000:00/ata1/host0/target0:0:0/0:0:0:0"_s, "ATA", "Samsung SSD 870");
        addPartition(u"sda"_s, u"sda1"_s, "8:1");
        addPartition(u"sda"_s, u"sda2"_s, "8:2");
        addDisk(u"sdb"_s, "8:16", 62521344, usb, "SanDisk", "SanDisk Ultra", true);
        addPartition(u"sdb"_s, u"sdb1"_s, "8:17");
        addDisk(u"sdc"_s, "8:32", 62521344, usb + u"2"_s, "Kingston", "DataTraveler 3.0", true);
        addPartition(u"sdc"_s, u"sdc1"_s, "8:33");
        addDisk(u"sdd"_s, "8:48", 2000000);
        addPartition(u"sdd"_s, u"sdd1"_s, "8:49");
        addDisk(u"sde"_s, "8:64", 2000000);
        addDisk(u"sdf"_s, "8:80", 2000000, u"virtual"_s, {}, {}, false, true);
        addDisk(u"sdg"_s, "8:96", 0, usb + u"3"_s, "Generic", "SD Card Reader", true);
        addDisk(u"sdh"_s, "8:112", 2048);
        addDisk(u"sdi"_s, "8:128", 2000000);
        addPartition(u"sdi"_s, u"sdi1"_s, "8:129");
        addDisk(u"nvme0n1"_s, "259:0", 2000000);
        addPartition(u"nvme0n1"_s, u"nvme0n1p1"_s, "259:1");
        addDisk(u"dm-0"_s, "254:0", 1000000);
        addDisk(u"md127"_s, "9:127", 1000000);
        addHolder(u"sdd/sdd1"_s, u"dm-0"_s);
        addHolder(u"sde"_s, u"md127"_s);
        addDisk(u"loop0"_s, "7:0", 4096);
        put(QFileInfo(sys() + u"/block/loop0"_s).canonicalFilePath() + u"/loop/backing_file"_s, "/tmp/x.img\n");
        addDisk(u"loop1"_s, "7:1", 0);
        addDisk(u"zram0"_s, "252:0", 8000000);
        addDisk(u"ram0"_s, "1:0", 8000000);
        addDisk(u"vdb"_s, "253:16", 2000000, u"virtual"_s, "0x1af4", "");

        const QByteArray d = dev().toUtf8();
        put(m_dir.filePath(u"mountinfo"_s),
            "22 1 8:1 / / rw,relatime shared:1 - ext4 " + d +
                "/sda1 rw\n"
                "23 22 0:21 / /proc rw shared:2 - proc proc rw\n"
                "24 22 8:17 / /media/me/my\\040stick rw,nosuid shared:3 - vfat " +
                d +
                "/sdb1 rw\n"
                "25 22 254:0 / /srv/data rw shared:4 - xfs " +
                d +
                "/mapper/data rw\n"
                "26 22 0:45 /@home /home rw shared:5 - btrfs " +
                d +
                "/sdi1 rw,subvol=/@home\n"
                "27 22 259:1 / /boot/efi rw shared:6 - vfat " +
                d + "/nvme0n1p1 rw\n");
        put(m_dir.filePath(u"swaps"_s),
            "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n" + d + "/sda2  partition\t8388604\t0\t-2\n");
    }

    void listsWholeDisksOnly()
    {
        DiskEnumerator e = enumerator();
        QStringList names;
        for (const BlockDevice &disk : e.disks())
            names << disk.name;
        QCOMPARE(names,
            QStringList({u"dm-0"_s, u"md127"_s, u"nvme0n1"_s, u"sda"_s, u"sdb"_s, u"sdc"_s, u"sdd"_s, u"sde"_s,
                u"sdf"_s, u"sdg"_s, u"sdh"_s, u"sdi"_s, u"vdb"_s}));
        names.clear();
        for (const BlockDevice &disk : e.disks(true))
            names << disk.name;
        QVERIFY(names.contains(u"loop0"_s)); // bound to a file
        QVERIFY(!names.contains(u"loop1"_s)); // unbound
        QVERIFY(e.error().isEmpty());
    }

    void describesDisks()
    {
        DiskEnumerator e = enumerator();
        const QList<BlockDevice> disks = e.disks();
        const BlockDevice sdb = find(disks, u"sdb"_s);
        QCOMPARE(sdb.path, dev() + u"/sdb"_s);
        QCOMPARE(sdb.size, qint64(62521344) * 512);
        QCOMPARE(sdb.model, u"SanDisk Ultra"_s);
        QCOMPARE(sdb.label(), u"SanDisk Ultra"_s); // the vendor is not repeated
        QVERIFY(sdb.removable);
        QVERIFY(sdb.usb);
        QCOMPARE(sdb.partitions, QStringList({u"sdb1"_s}));
        QCOMPARE(sdb.mountPoints(), QStringList({u"/media/me/my stick"_s}));
        const BlockDevice sda = find(disks, u"sda"_s);
        QCOMPARE(sda.label(), u"ATA Samsung SSD 870"_s);
        QVERIFY(!sda.usb);
        QVERIFY(!sda.removable);
        QVERIFY(sda.hasSwap());
        QCOMPARE(find(disks, u"vdb"_s).label(), u"vdb"_s); // no model: the name
        QCOMPARE(find(disks, u"sdd"_s).holders, QStringList({u"dm-0"_s}));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("disk");
        QTest::addColumn<qint64>("imageSize");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("message");
        using R = DiskRefusal::Reason;
        const qint64 mib = 1024 * 1024;
        QTest::newRow("root") << u"sda"_s << mib << int(R::SystemDisk) << u"/sda holds / of the running system"_s;
        QTest::newRow("/boot/efi") << u"nvme0n1"_s << mib << int(R::SystemDisk) << u"holds /boot/efi"_s;
        QTest::newRow("mounted partition") << u"sdb"_s << mib << int(R::Mounted) << u"(/media/me/my stick)"_s;
        QTest::newRow("mounted through device mapper") << u"sdd"_s << mib << int(R::Mounted) << u"/srv/data"_s;
        QTest::newRow("btrfs, by source") << u"sdi"_s << mib << int(R::Mounted) << u"/home"_s;
        QTest::newRow("RAID member") << u"sde"_s << mib << int(R::Held) << u"in use by md127"_s;
        QTest::newRow("read-only") << u"sdf"_s << mib << int(R::ReadOnly) << u"read-only"_s;
        QTest::newRow("no medium") << u"sdg"_s << mib << int(R::NoMedium) << u"no medium"_s;
        QTest::newRow("too small") << u"sdh"_s << 2 * mib << int(R::TooSmall)
                                   << u"too small: 1048576 bytes, the image needs 2097152"_s;
        QTest::newRow("exactly large enough") << u"sdh"_s << qint64(2048 * 512) << int(R::None) << QString();
        QTest::newRow("one byte too small")
            << u"sdh"_s << qint64(2048 * 512 + 1) << int(R::TooSmall) << u"1048576 bytes, the image needs 1048577"_s;
        QTest::newRow("free USB stick") << u"sdc"_s << mib << int(R::None) << QString();
        QTest::newRow("no size rule") << u"sdh"_s << qint64(-1) << int(R::None) << QString();
    }
    void refusals()
    {
        QFETCH(QString, disk);
        QFETCH(qint64, imageSize);
        QFETCH(int, reason);
        QFETCH(QString, message);
        DiskEnumerator e = enumerator();
        const BlockDevice found = find(e.disks(), disk);
        QCOMPARE(found.name, disk);
        const DiskRefusal refusal = e.refusalFor(found, imageSize);
        QCOMPARE(int(refusal.reason()), reason);
        QCOMPARE(refusal.refused(), reason != int(DiskRefusal::Reason::None));
        if (!message.isEmpty())
            QVERIFY2(refusal.message().contains(message), qPrintable(refusal.message()));
        if (refusal.refused())
            QVERIFY2(refusal.message().contains(found.path), qPrintable(refusal.message()));
    }

    void unreadableMountTableRefusesEverything()
    {
        DiskEnumerator e = enumerator(m_dir.filePath(u"no-such-mountinfo"_s));
        const QList<BlockDevice> disks = e.disks();
        QVERIFY(!disks.isEmpty());
        for (const BlockDevice &disk : disks)
            QCOMPARE(e.refusalFor(disk, 1).reason(), DiskRefusal::Reason::Unknown);
    }

    void findsDisksAndPartitionsByNumber()
    {
        DiskEnumerator e = enumerator();
        QString partitionOf;
        const std::optional<BlockDevice> sdc = e.diskByNumber(u"8:32"_s, &partitionOf);
        QVERIFY(sdc);
        QCOMPARE(sdc->name, u"sdc"_s);
        QVERIFY(!e.diskByNumber(u"8:33"_s, &partitionOf));
        QCOMPARE(partitionOf, u"sdc"_s);
        QVERIFY(e.diskByNumber(u"7:0"_s)); // loop devices are found when named
        partitionOf.clear();
        QVERIFY(!e.diskByNumber(u"99:99"_s, &partitionOf));
        QVERIFY(partitionOf.isEmpty());
    }

    void missingSysBlock()
    {
        DiskEnumerator::Paths paths;
        paths.sysRoot = m_dir.filePath(u"nothing"_s);
        DiskEnumerator e(paths);
        QVERIFY(e.disks().isEmpty());
        QVERIFY(e.error().contains(u"nothing/block"_s));
    }

    void unescapesMountInfo()
    {
        QCOMPARE(MountTable::unescape("/a\\040b\\011c\\134d\\012"), u"/a b\tc\\d\n"_s);
        QCOMPARE(MountTable::unescape("/plain\\0"), u"/plain\\0"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiskEnumerator)
#include "tst_diskenumerator.moc"
