// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadReader.h"
#include "ReadBackVerifier.h"
#include "Sha256.h"
#include "TestImage.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace {

// Where a row damages the target written after the image.
enum class Damage {
    None,
    EntryData, // one byte of entry 2's data
    NameByte, // one byte of entry 0's name
    Tail, // one byte of the zeros after the image
    EveryEntry, // one data byte of every entry
};

} // namespace

Q_DECLARE_METATYPE(Damage)

// ReadBackVerifier on regular files standing in for disks: a faithful copy passes with every
// entry hashed and every other byte compared, each kind of damage is one located line, the
// number of lines is capped, and what cannot be read (a short or missing target, a missing
// image) or is canceled ends the check with an error.
class TestReadBackVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Image
    {
        QString path;
        QByteArray bytes;
        QList<PayloadEntry> entries;
        QList<QByteArray> digests;
    };

    void makeImage(const QString &name, const QList<TestImage::Entry> &contents, Image *image)
    {
        image->path = m_dir.filePath(name);
        image->bytes = TestImage::assemble(false, contents);
        QVERIFY(TestImage::writeFile(image->path, image->bytes));
        PayloadReader reader;
        QVERIFY(reader.open(image->path));
        image->entries = reader.entries();
        QCOMPARE(image->entries.size(), contents.size());
        for (const TestImage::Entry &e : contents)
            image->digests << Sha256::hexOf(e.data);
    }

    static QList<TestImage::Entry> manyEntries(int count)
    {
        QList<TestImage::Entry> entries;
        for (int i = 0; i < count; ++i)
            entries.append({"e" + QByteArray::number(i), QByteArray(100 + i, char('a' + i % 26))});
        return entries;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void verify_data()
    {
        QTest::addColumn<int>("entryCount"); // 0: TestImage::sample() (an empty entry among them)
        QTest::addColumn<int>("zeroTail");
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<int>("differences");
        QTest::addColumn<QString>("line"); // a part of the first mismatch line

        QTest::newRow("faithful copy") << 0 << 0 << Damage::None << 0 << QString();
        QTest::newRow("faithful copy and zero tail") << 0 << 4096 + 17 << Damage::None << 0 << QString();
        // Past one 4 MiB read-back chunk, so entries straddle chunk boundaries.
        QTest::newRow("tail past a chunk") << 0 << 5 * 1024 * 1024 << Damage::None << 0 << QString();
        QTest::newRow("entry data") << 0 << 0 << Damage::EntryData << 1 << QStringLiteral("entry 2 \"gr");
        QTest::newRow("name byte") << 0 << 0 << Damage::NameByte << 1 << QStringLiteral("header or name byte at byte");
        QTest::newRow("tail byte") << 0 << 512 << Damage::Tail << 1 << QStringLiteral("zero byte after the image");
        QTest::newRow("every entry, reported up to the cap")
            << ReadBackVerifier::MaxReported + 10 << 0 << Damage::EveryEntry << ReadBackVerifier::MaxReported + 10
            << QStringLiteral("entry 0 \"e0\"");
    }

    void verify()
    {
        QFETCH(int, entryCount);
        QFETCH(int, zeroTail);
        QFETCH(Damage, damage);
        QFETCH(int, differences);
        QFETCH(QString, line);

        Image image;
        makeImage(QStringLiteral("verify.img"), entryCount > 0 ? manyEntries(entryCount) : TestImage::sample(), &image);
        QByteArray target = image.bytes + QByteArray(zeroTail, '\0');
        switch (damage) {
        case Damage::None:
            break;
        case Damage::EntryData:
            target[image.entries.at(2).dataOffset + 150] ^= 0x01;
            break;
        case Damage::NameByte:
            target[image.entries.at(0).headerOffset + 8] ^= 0x20;
            break;
        case Damage::Tail:
            target[image.bytes.size() + 100] = 1;
            break;
        case Damage::EveryEntry:
            for (const PayloadEntry &e : std::as_const(image.entries))
                target[e.dataOffset] ^= 0x01;
            break;
        }
        const QString targetPath = m_dir.filePath(QStringLiteral("verify.target"));
        QVERIFY(TestImage::writeFile(targetPath, target));

        ReadBackVerifier verifier(image.path, image.entries, image.digests, image.bytes.size(), zeroTail);
        qint64 lastDone = -1, lastTotal = -1;
        JobControl control;
        control.progress = [&](qint64 done, qint64 total, const QString &) {
            lastDone = done;
            lastTotal = total;
        };
        QVERIFY2(verifier.verify(targetPath, 4096, control), qPrintable(verifier.error()));
        QVERIFY(verifier.error().isEmpty());
        QVERIFY(!verifier.wasCanceled());
        QCOMPARE(verifier.differenceCount(), differences);
        QCOMPARE(verifier.mismatches().size(), std::min(differences, int(ReadBackVerifier::MaxReported)));
        if (!line.isEmpty())
            QVERIFY2(verifier.mismatches().first().contains(line), qPrintable(verifier.mismatches().first()));
        for (const QString &mismatch : verifier.mismatches())
            QVERIFY2(mismatch.startsWith(targetPath + QStringLiteral(": ")), qPrintable(mismatch));
        QCOMPARE(verifier.entriesChecked(), image.entries.size());
        qint64 dataBytes = 0;
        for (const PayloadEntry &e : std::as_const(image.entries))
            dataBytes += e.size;
        // Every byte that is not entry data is compared, the zeros of the tail included.
        QCOMPARE(verifier.bytesCompared(), image.bytes.size() + zeroTail - dataBytes);
        QCOMPARE(lastDone, image.bytes.size() + zeroTail);
        QCOMPARE(lastTotal, image.bytes.size() + zeroTail);
    }

    void fails_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("error");
        QTest::newRow("target ends early") << QStringLiteral("short") << QStringLiteral("before the");
        QTest::newRow("no target") << QStringLiteral("no target") << QStringLiteral("cannot open for reading back");
        QTest::newRow("no image") << QStringLiteral("no image") << QStringLiteral("gone.img: cannot open: ");
        QTest::newRow("canceled") << QStringLiteral("cancel") << QStringLiteral("canceled at byte 0");
    }

    void fails()
    {
        QFETCH(QString, what);
        QFETCH(QString, error);
        Image image;
        makeImage(QStringLiteral("fails.img"), TestImage::sample(), &image);
        const int zeroTail = 4096;
        const QString targetPath = m_dir.filePath(QStringLiteral("fails.target"));
        QByteArray target = image.bytes + QByteArray(zeroTail, '\0');
        if (what == QLatin1String("short"))
            target.chop(1);
        QFile::remove(targetPath);
        if (what != QLatin1String("no target"))
            QVERIFY(TestImage::writeFile(targetPath, target));
        const QString imagePath =
            what == QLatin1String("no image") ? m_dir.filePath(QStringLiteral("gone.img")) : image.path;

        std::atomic<bool> cancel {what == QLatin1String("cancel")};
        ReadBackVerifier verifier(imagePath, image.entries, image.digests, image.bytes.size(), zeroTail);
        QVERIFY(!verifier.verify(targetPath, 4096, JobControl::fromFlag(cancel)));
        QVERIFY2(verifier.error().contains(error), qPrintable(verifier.error()));
        QCOMPARE(verifier.wasCanceled(), what == QLatin1String("cancel"));
    }
};

QTEST_GUILESS_MAIN(TestReadBackVerifier)
#include "tst_readbackverifier.moc"
