// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiskWriter.h"
#include "LoopDevice.h"
#include "TestImage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>

using namespace Qt::StringLiterals;

// The writer against loop devices over sparse files (skipped with a message where they cannot
// be made) and regular files: what is written reads back as the image, the rules refuse a
// mounted or small device, a cancel leaves the promised state and a byte changed between
// writing and verifying is found.
class TestDiskWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_image; // three entries over several write chunks, u32
    QString m_imagePath;
    static constexpr qint64 MiB = 1024 * 1024;

    // Bytes that differ from chunk to chunk, so that a misplaced chunk cannot read back right.
    static QByteArray pattern(qint64 size, int seed)
    {
        QByteArray out(size, '\0');
        quint32 x = 2463534242u + quint32(seed);
        for (qint64 i = 0; i < size; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            out[i] = char(x);
        }
        return out;
    }

    QString writeImage(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!TestImage::writeFile(path, bytes))
            return {};
        return path;
    }

    static JobControl cancelAfter(std::atomic<bool> &flag, qint64 bytes)
    {
        JobControl control;
        control.isCanceled = [&flag] {
            return flag.load();
        };
        control.progress = [&flag, bytes](qint64 done, qint64, const QString &) {
            if (done >= bytes)
                flag = true;
        };
        return control;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = TestImage::assemble(false,
            {{"first.tar.gz", pattern(9 * MiB + 123, 1)}, {"empty.bin", {}},
                {QByteArray("gr\xc3\xbc\xc3\x9f"
                            "e.tar.xz"),
                    pattern(7 * MiB + 5, 2)}});
        m_imagePath = writeImage(u"external.img"_s, m_image);
        QVERIFY(!m_imagePath.isEmpty());
    }

    void writesAndVerifies_data()
    {
        QTest::addColumn<bool>("u64");
        QTest::addColumn<bool>("zeroTail");
        QTest::newRow("u32") << false << false;
        QTest::newRow("u32, zero tail") << false << true;
        QTest::newRow("u64, zero tail") << true << true;
    }
    void writesAndVerifies()
    {
        QFETCH(bool, u64);
        QFETCH(bool, zeroTail);
        const QByteArray bytes =
            u64 ? TestImage::assemble(true, {{"a", pattern(5 * MiB + 1, 3)}, {"b", "bee"}}) : m_image;
        const QString image = writeImage(u"image-%1.img"_s.arg(u64), bytes);
        // Old data everywhere, so both the image and the zeros after it must really be written.
        LoopDevice loop(m_dir.filePath(u"disk.raw"_s), 32 * MiB, char(0xAA), 32 * MiB);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        DiskWriter::Options options;
        options.zeroToMiB = zeroTail;
        DiskWriter writer(image, loop.path(), options);
        QList<DiskWriter::Phase> phases;
        qint64 lastDone = 0;
        JobControl control;
        control.progress = [&](qint64 done, qint64 total, const QString &) {
            QVERIFY(done <= total);
            lastDone = done;
        };
        QVERIFY2(writer.run(control, [&](DiskWriter::Phase p) { phases << p; }), qPrintable(writer.result().error));
        const DiskWriteResult &r = writer.result();
        QCOMPARE(r.outcome, DiskWriteResult::Outcome::Written);
        QVERIFY(r.verified);
        QVERIFY(r.directIo);
        QVERIFY(r.verifyBypassedCache);
        QCOMPARE(r.entriesChecked, u64 ? 2 : 3);
        QVERIFY(r.mismatches.isEmpty());
        QCOMPARE(phases, QList<DiskWriter::Phase>({DiskWriter::Phase::Writing, DiskWriter::Phase::Verifying}));
        const qint64 end = zeroTail ? (bytes.size() + MiB - 1) / MiB * MiB : bytes.size();
        QCOMPARE(lastDone, end);
        QCOMPARE(r.bytesWritten, end);
        QCOMPARE(r.zeroedBytes, end - bytes.size());
        QVERIFY(r.diskState.contains(u"holds the image"_s));
        QCOMPARE(loop.read(0, bytes.size()), bytes);
        QCOMPARE(loop.read(bytes.size(), end - bytes.size()), QByteArray(end - bytes.size(), '\0'));
        QCOMPARE(loop.read(end, 512), QByteArray(512, char(0xAA))); // nothing beyond
    }

    void regularFileNeedsConsent()
    {
        const QString target = writeImage(u"vm-disk.raw"_s, QByteArray(64, 'x'));
        DiskWriter refused(m_imagePath, target);
        QVERIFY(!refused.prepare());
        QCOMPARE(refused.result().outcome, DiskWriteResult::Outcome::Refused);
        QCOMPARE(refused.result().refusal.reason(), DiskRefusal::Reason::NotBlockDevice);
        QVERIFY(refused.result().error.contains(target));

        DiskWriter::Options options;
        options.allowRegularFile = true;
        DiskWriter writer(m_imagePath, target, options);
        QVERIFY2(writer.run({}), qPrintable(writer.result().error));
        QVERIFY(writer.result().verified);
        QCOMPARE(TestImage::readFile(target), m_image);

        DiskWriter itself(m_imagePath, m_imagePath, options);
        QVERIFY(!itself.prepare());
        QVERIFY(itself.result().error.contains(u"the image itself"_s));
    }

    void refusesWhatIsNoDisk_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("reason");
        QTest::newRow("missing") << m_dir.filePath(u"no-such-disk"_s) << int(DiskRefusal::Reason::NotFound);
        QTest::newRow("folder") << m_dir.path() << int(DiskRefusal::Reason::NotBlockDevice);
        QTest::newRow("character device") << u"/dev/null"_s << int(DiskRefusal::Reason::NotBlockDevice);
    }
    void refusesWhatIsNoDisk()
    {
        QFETCH(QString, target);
        QFETCH(int, reason);
        DiskWriter writer(m_imagePath, target);
        QVERIFY(!writer.run({}));
        QCOMPARE(int(writer.result().refusal.reason()), reason);
        QVERIFY(writer.result().diskState.contains(u"nothing was written"_s));
    }

    void refusesBrokenImage()
    {
        const QString broken = writeImage(u"broken.img"_s, m_image.left(100));
        DiskWriter writer(broken, m_dir.filePath(u"x"_s));
        QVERIFY(!writer.prepare());
        QCOMPARE(writer.result().outcome, DiskWriteResult::Outcome::Failed);
        QVERIFY(writer.result().error.contains(broken));
    }

    void refusesSmallDevice()
    {
        LoopDevice loop(m_dir.filePath(u"small.raw"_s), 8 * MiB, char(0x55), 4096);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        DiskWriter writer(m_imagePath, loop.path());
        QVERIFY(!writer.run({}));
        QCOMPARE(writer.result().refusal.reason(), DiskRefusal::Reason::TooSmall);
        QVERIFY(writer.result().error.contains(u"too small"_s));
        QCOMPARE(loop.read(0, 4096), QByteArray(4096, char(0x55))); // untouched
    }

    void refusesMountedDevice_data()
    {
        QTest::addColumn<bool>("fileSystem");
        // A real file system on the device: mounted, and held by the kernel (O_EXCL fails too).
        QTest::newRow("file system on it") << true;
        // A mount that names the device only as its source, as btrfs subvolumes and bind
        // mounts do (here a tmpfs): found in mountinfo by source, which the kernel does not hold.
        QTest::newRow("named as the source") << false;
    }
    void refusesMountedDevice()
    {
        QFETCH(bool, fileSystem);
        LoopDevice loop(m_dir.filePath(u"mounted.raw"_s), 32 * MiB);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        QStringList mountArguments {loop.path()};
        if (fileSystem) {
            QString mkfs;
            for (const QString &name : {u"mkfs.ext2"_s, u"mke2fs"_s, u"mkfs.vfat"_s, u"mkfs.fat"_s}) {
                mkfs = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s});
                if (!mkfs.isEmpty())
                    break;
            }
            if (mkfs.isEmpty())
                QSKIP("no mkfs.ext2, mke2fs or mkfs.vfat here to make a file system to mount");
            QCOMPARE(QProcess::execute(mkfs, {loop.path()}), 0);
        } else {
            mountArguments.prepend(u"tmpfs"_s);
            mountArguments.prepend(u"-t"_s);
        }
        const QString mountPoint = m_dir.filePath(u"mnt"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (QProcess::execute(u"mount"_s, mountArguments << mountPoint) != 0)
            QSKIP("cannot mount here (needs CAP_SYS_ADMIN)");
        DiskWriter writer(m_imagePath, loop.path());
        const bool ran = writer.run({});
        QProcess::execute(u"umount"_s, {mountPoint});
        QVERIFY(!ran);
        QCOMPARE(writer.result().refusal.reason(), DiskRefusal::Reason::Mounted);
        QVERIFY2(writer.result().error.contains(mountPoint), qPrintable(writer.result().error));
    }

    void refusesSwapDevice()
    {
        LoopDevice loop(m_dir.filePath(u"swap.raw"_s), 32 * MiB);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        if (QProcess::execute(u"mkswap"_s, {u"-q"_s, loop.path()}) != 0)
            QSKIP("mkswap is not installed");
        if (QProcess::execute(u"swapon"_s, {loop.path()}) != 0)
            QSKIP("cannot turn swap on here (needs CAP_SYS_ADMIN)");
        // Swap is the whole machine's: off again however the test ends.
        struct SwapOff
        {
            QString path;
            ~SwapOff() { QProcess::execute(u"swapoff"_s, {path}); }
        } swapOff {loop.path()};
        DiskWriter writer(m_imagePath, loop.path());
        QVERIFY(!writer.run({}));
        QCOMPARE(writer.result().refusal.reason(), DiskRefusal::Reason::Swap);
        QVERIFY2(writer.result().error.contains(u"swap area in use"_s), qPrintable(writer.result().error));
        QVERIFY(loop.read(4086, 10) == QByteArray("SWAPSPACE2")); // untouched
    }

    void refusesPartition()
    {
        // A master boot record with one Linux partition from sector 2048, 4096 sectors long.
        QByteArray mbr(512, '\0');
        mbr[446 + 4] = char(0x83);
        qToLittleEndian<quint32>(2048, mbr.data() + 446 + 8);
        qToLittleEndian<quint32>(4096, mbr.data() + 446 + 12);
        mbr[510] = char(0x55);
        mbr[511] = char(0xAA);
        LoopDevice loop(m_dir.filePath(u"parted.raw"_s), 32 * MiB, '\0', 0, mbr);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        const QString partition = loop.path() + u"p1"_s;
        if (!QTest::qWaitFor([&] { return QFileInfo::exists(partition); }, 3000))
            QSKIP("the kernel made no partition of the loop device (no MBR partition support?)");
        DiskWriter writer(m_imagePath, partition);
        QVERIFY(!writer.run({}));
        QCOMPARE(writer.result().refusal.reason(), DiskRefusal::Reason::Partition);
        QVERIFY2(
            writer.result().error.contains(u"importer reads whole disks only"_s), qPrintable(writer.result().error));
        QVERIFY(writer.result().error.contains(QFileInfo(loop.path()).fileName()));
        QCOMPARE(loop.read(0, 512), mbr);
    }

    void cancelLeavesThePromisedState()
    {
        LoopDevice loop(m_dir.filePath(u"cancel.raw"_s), 32 * MiB);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        // Old magic on the disk: after the cancel the importer must not find any.
        QVERIFY(loop.write(0, m_image.left(4096)));
        std::atomic<bool> stop {false};
        DiskWriter writer(m_imagePath, loop.path());
        QVERIFY(!writer.run(cancelAfter(stop, 8 * MiB)));
        const DiskWriteResult &r = writer.result();
        QCOMPARE(r.outcome, DiskWriteResult::Outcome::Canceled);
        QVERIFY(r.bytesWritten >= 8 * MiB && r.bytesWritten < m_image.size());
        const QString written = QLocale::c().toString(r.bytesWritten);
        QVERIFY2(r.diskState.contains(u"the first %1 bytes were written"_s.arg(written)), qPrintable(r.diskState));
        QVERIFY2(r.diskState.contains(u"the disk does not hold a valid image"_s), qPrintable(r.diskState));
        QVERIFY(r.error.contains(loop.path()));
        QCOMPARE(loop.read(0, 4096), QByteArray(4096, '\0'));
        QCOMPARE(loop.read(4096, r.bytesWritten - 4096), m_image.mid(4096, r.bytesWritten - 4096));
    }

    void corruptionIsCaught_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("expected");
        const qint64 firstData = 8 + 4 + 8 + 12;
        QTest::newRow("in the first entry") << firstData + 5 * MiB << u"entry 0 \"first.tar.gz\""_s;
        QTest::newRow("in the last entry's last byte") << qint64(m_image.size() - 1) << u"entry 2 \"gr"_s;
        QTest::newRow("in a name") << firstData + 9 * MiB + 123 + 8 + 3 << u"header or name byte at byte"_s;
        QTest::newRow("in the magic") << qint64(2) << u"header or name byte at byte 2: 0x"_s;
        QTest::newRow("in the zeros after the image") << qint64(m_image.size() + 10) << u"zero byte after the image"_s;
    }
    void corruptionIsCaught()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, expected);
        LoopDevice loop(m_dir.filePath(u"corrupt.raw"_s), 32 * MiB);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        DiskWriter::Options options;
        options.zeroToMiB = true;
        DiskWriter writer(m_imagePath, loop.path(), options);
        QVERIFY2(writer.prepare(), qPrintable(writer.result().error));
        QVERIFY2(writer.write({}), qPrintable(writer.result().error));
        const QByteArray old = loop.read(offset, 1);
        QCOMPARE(old.size(), 1);
        QVERIFY(loop.write(offset, QByteArray(1, char(old.at(0) ^ 0x01))));
        QVERIFY(!writer.verify({}));
        const DiskWriteResult &r = writer.result();
        QCOMPARE(r.outcome, DiskWriteResult::Outcome::Mismatch);
        QCOMPARE(r.mismatches.size(), 1);
        QVERIFY2(r.mismatches.constFirst().contains(expected), qPrintable(r.mismatches.constFirst()));
        QVERIFY(r.mismatches.constFirst().startsWith(loop.path()));
        QVERIFY(r.diskState.contains(u"do not boot from it"_s));
    }
};

QTEST_GUILESS_MAIN(TestDiskWriter)
#include "tst_diskwriter.moc"
