// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntryHasher.h"
#include "FirstImageFixture.h"
#include "FirstImageHasher.h"
#include "FirstImageReader.h"
#include "PayloadReader.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

// FirstImageHasher: one digest per File record, checked against QCryptographicHash (not the
// core's OpenSSL wrapper); other records and cut-off files get none; a cancel stops it.
class TestFirstImageHasher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray sha(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }
    static QByteArray pattern(qsizetype size, int seed)
    {
        QByteArray data(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            data[i] = char((i * 7 + seed) ^ (i >> 9));
        return data;
    }
    bool open(FirstImageReader &reader, const FirstImageFixture &image, const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        return image.write(path) && reader.open(path);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hashesEveryFile_data()
    {
        QTest::addColumn<int>("files");
        QTest::addColumn<int>("size");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one byte") << 1 << 1;
        QTest::newRow("many small") << 40 << 300;
        QTest::newRow("few large") << 3 << 3 * 1024 * 1024 + 5;
    }

    void hashesEveryFile()
    {
        QFETCH(int, files);
        QFETCH(int, size);
        FirstImageFixture image;
        image.folder(".").folder("./d");
        QList<QByteArray> data;
        for (int i = 0; i < files; ++i) {
            data << pattern(size + i, i);
            image.file("./d/f" + QByteArray::number(i), data.last());
        }
        image.hex0("/x86/hex0_x86.hex0", "/bootstrap-seeds/POSIX/x86/hex0-seed").command("/init", "/kaem.x86");
        FirstImageReader reader;
        QVERIFY(open(reader, image, "hash.img"));
        QString error;
        bool canceled = true;
        const QList<QByteArray> digests = FirstImageHasher::hash(reader, {}, {}, &error, &canceled);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!canceled);
        QCOMPARE(digests.size(), reader.records().size());
        QVERIFY(digests.at(0).isEmpty()); // folders have no digest
        QVERIFY(digests.at(1).isEmpty());
        for (int i = 0; i < files; ++i)
            QCOMPARE(digests.at(2 + i), sha(data.at(i)));
        QVERIFY(digests.at(2 + files).isEmpty()); // hex0
        QVERIFY(digests.at(3 + files).isEmpty()); // command
    }

    void hashesOnlyTheAskedFiles()
    {
        FirstImageFixture image;
        image.folder(".").file("./a", "alpha").file("./b", "beta").file("./c", "gamma");
        FirstImageReader reader;
        QVERIFY(open(reader, image, "some.img"));
        QString error;
        // Record 0 is a folder: asked for, it is skipped, not an error.
        const QList<QByteArray> digests = FirstImageHasher::hash(reader, {0, 2}, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(digests.size(), 4);
        QVERIFY(digests.at(0).isEmpty());
        QVERIFY(digests.at(1).isEmpty());
        QCOMPARE(digests.at(2), sha("beta"));
        QVERIFY(digests.at(3).isEmpty());
    }

    void skipsAFileTheImageCutsOff()
    {
        FirstImageFixture image;
        image.folder(".")
            .file("./whole", "complete")
            .raw("src 100 ./cut\nonly this")
            .setTerminated(false)
            .setMiBPadding(false);
        FirstImageReader reader;
        QVERIFY(open(reader, image, "cut.img"));
        QCOMPARE(reader.scriptEndKind(), FirstImageReader::ScriptEnd::TruncatedRecord);
        QString error;
        const QList<QByteArray> digests = FirstImageHasher::hash(reader, {}, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(digests.value(1), sha("complete"));
        QVERIFY(digests.value(2).isEmpty());
    }

    void reportsProgressAndStopsOnCancel()
    {
        FirstImageFixture image;
        image.folder(".");
        for (int i = 0; i < 4; ++i)
            image.file("./big" + QByteArray::number(i), pattern(4 * 1024 * 1024, i));
        FirstImageReader reader;
        QVERIFY(open(reader, image, "cancel.img"));

        std::atomic<bool> stop {true};
        QString error;
        bool canceled = false;
        const QList<QByteArray> none =
            FirstImageHasher::hash(reader, {}, JobControl::fromFlag(stop), &error, &canceled);
        QVERIFY(none.isEmpty());
        QVERIFY(canceled);
        QVERIFY(error.contains(QLatin1String("canceled")));

        qint64 last = -1, total = -1;
        JobControl control;
        control.progress = [&](qint64 done, qint64 all, const QString &) {
            last = done;
            total = all;
        };
        const QList<QByteArray> all = FirstImageHasher::hash(reader, {}, control, &error, &canceled);
        QVERIFY(!canceled);
        QCOMPARE(all.size(), 5);
        QCOMPARE(total, 4 * 4 * 1024 * 1024);
        QCOMPARE(last, total);
    }

    void namesTheRecordOnAReadError()
    {
        FirstImageFixture image;
        image.folder(".").file("./a", pattern(10000, 1));
        const QString path = m_dir.filePath(QStringLiteral("shrinks.img"));
        QVERIFY(image.write(path));
        FirstImageReader reader;
        QVERIFY(reader.open(path));
        // The image shrinks after it was read: the file's data is gone.
        QVERIFY(QFile::resize(path, reader.records().at(1).dataOffset + 10));
        QString error;
        const QList<QByteArray> digests = FirstImageHasher::hash(reader, {}, {}, &error);
        QVERIFY(digests.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("record 1 \"./a\" at byte %1").arg(reader.records().at(1).offset)),
            qPrintable(error));
    }

    void entryHasherStillAgrees()
    {
        // EntryHasher became a user of RangeHasher; an image's entries hash as before.
        QByteArray bytes = "LBPAYLD1";
        const auto u32 = [](quint32 v) {
            QByteArray b(4, '\0');
            for (int i = 0; i < 4; ++i)
                b[i] = char(v >> (8 * i));
            return b;
        };
        bytes += u32(2);
        bytes += u32(1) + u32(3) + "a" + "abc";
        bytes += u32(1) + u32(0) + "b";
        const QString path = m_dir.filePath(QStringLiteral("external.img"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        PayloadReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        QString error;
        const QList<QByteArray> digests = EntryHasher::hash(reader, {}, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(digests, (QList<QByteArray> {sha("abc"), sha("")}));
    }
};

QTEST_GUILESS_MAIN(TestFirstImageHasher)
#include "tst_firstimage_hasher.moc"
