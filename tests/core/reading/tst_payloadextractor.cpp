// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadExtractor.h"
#include "PayloadReader.h"
#include "TestImage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using TestImage::Entry;

class TestPayloadExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool openImage(PayloadReader &reader, const QList<Entry> &entries)
    {
        const QString path = m_dir.filePath(QStringLiteral("x.img"));
        TestImage::writeFile(path, TestImage::assemble(false, entries));
        return reader.open(path);
    }

    QString freshTarget(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QDir(path).removeRecursively();
        return path;
    }

private Q_SLOTS:
    void extractsEveryEntry()
    {
        PayloadReader reader;
        QVERIFY(openImage(reader, TestImage::sample()));
        const QString target = freshTarget("all");
        PayloadExtractor extractor;
        QVERIFY2(extractor.extract(reader, target, {}), qPrintable(extractor.error()));
        for (const Entry &e : TestImage::sample())
            QCOMPARE(TestImage::readFile(QDir(target).filePath(QString::fromUtf8(e.name))), e.data);
        QCOMPARE(extractor.written().size(), 3);
        // No temporary files are left beside them.
        QCOMPARE(QDir(target).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    void extractsSelectedEntries()
    {
        PayloadReader reader;
        QVERIFY(openImage(reader, TestImage::sample()));
        const QString target = freshTarget("some");
        PayloadExtractor extractor;
        PayloadExtractor::Options options;
        options.indices = {0};
        QVERIFY(extractor.extract(reader, target, options));
        QCOMPARE(QDir(target).entryList(QDir::Files), QStringList{QStringLiteral("hello.txt")});
    }

    void refusesNamesThatEscapeOrThatTheImporterRejects_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("parent") << QByteArray("..");
        QTest::newRow("dot") << QByteArray(".");
        QTest::newRow("path") << QByteArray("../../etc/passwd");
        QTest::newRow("absolute") << QByteArray("/etc/passwd");
        QTest::newRow("backslash") << QByteArray("..\\evil");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too long") << QByteArray(1025, 'a');
    }

    void refusesNamesThatEscapeOrThatTheImporterRejects()
    {
        QFETCH(QByteArray, name);
        PayloadReader reader;
        QVERIFY(openImage(reader, {{"fine.txt", "ok"}, {name, "evil"}}));
        const QString target = freshTarget("refuse");
        PayloadExtractor extractor;
        QVERIFY(!extractor.extract(reader, target, {}));
        QVERIFY2(extractor.error().contains(QLatin1String("entry 1 at byte")), qPrintable(extractor.error()));
        QVERIFY(extractor.error().contains(QLatin1String("refused")));
        // Refused before anything was written.
        QVERIFY(!QFileInfo::exists(QDir(target).filePath(QStringLiteral("fine.txt"))));
    }

    void doesNotOverwriteUnlessAsked()
    {
        PayloadReader reader;
        QVERIFY(openImage(reader, TestImage::sample()));
        const QString target = freshTarget("existing");
        QDir().mkpath(target);
        TestImage::writeFile(QDir(target).filePath(QStringLiteral("hello.txt")), "mine");
        PayloadExtractor extractor;
        QVERIFY(!extractor.extract(reader, target, {}));
        QVERIFY(extractor.error().contains(QLatin1String("not overwritten")));
        QCOMPARE(TestImage::readFile(QDir(target).filePath(QStringLiteral("hello.txt"))), QByteArray("mine"));
        PayloadExtractor::Options options;
        options.overwrite = true;
        QVERIFY(extractor.extract(reader, target, options));
        QCOMPARE(TestImage::readFile(QDir(target).filePath(QStringLiteral("hello.txt"))), QByteArray("Hello, world\n"));
    }

    void neverWritesThroughASymlink()
    {
        PayloadReader reader;
        QVERIFY(openImage(reader, TestImage::sample()));
        const QString target = freshTarget("symlinked");
        QDir().mkpath(target);
        const QString victim = m_dir.filePath(QStringLiteral("victim.txt"));
        TestImage::writeFile(victim, "untouched");
        QVERIFY(QFile::link(victim, QDir(target).filePath(QStringLiteral("hello.txt"))));

        PayloadExtractor extractor;
        QVERIFY(!extractor.extract(reader, target, {})); // the link counts as an existing file
        PayloadExtractor::Options options;
        options.overwrite = true;
        QVERIFY2(extractor.extract(reader, target, options), qPrintable(extractor.error()));
        QCOMPARE(TestImage::readFile(victim), QByteArray("untouched"));
        const QFileInfo replaced(QDir(target).filePath(QStringLiteral("hello.txt")));
        QVERIFY(!replaced.isSymLink());
        QCOMPARE(TestImage::readFile(replaced.filePath()), QByteArray("Hello, world\n"));
    }

    void cancelStopsAndLeavesNoPartialFile()
    {
        PayloadReader reader;
        QVERIFY(openImage(reader, {{"big.bin", QByteArray(20 * 1024 * 1024, 'b')}, {"after.txt", "x"}}));
        const QString target = freshTarget("canceled");
        JobControl control;
        bool stop = false;
        control.progress = [&](qint64, qint64, const QString &) { stop = true; };
        control.isCanceled = [&] { return stop; };
        PayloadExtractor extractor;
        QVERIFY(!extractor.extract(reader, target, {}, control));
        QVERIFY(extractor.wasCanceled());
        QCOMPARE(QDir(target).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPayloadExtractor)
#include "tst_payloadextractor.moc"
