// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageExtractor.h"
#include "FirstImageFixture.h"
#include "FirstImageReader.h"
#include "SentinelFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

// FirstImageExtractor: the srcfs tree recreated, folders too; hostile paths ("..", absolute)
// land inside the target; a link planted in the target is never followed; existing files kept
// unless asked; hex0 and program records not extracted; a cancel leaves no partial file.
class TestFirstImageExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString fresh(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name) + QString::number(++m_count));
        QDir(path).removeRecursively();
        return path;
    }
    bool open(FirstImageReader &reader, const FirstImageFixture &image)
    {
        const QString path = m_dir.filePath(QStringLiteral("image%1.img").arg(++m_count));
        return image.write(path) && reader.open(path);
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }
    // Every path under `root`, relative, folders with a trailing '/', sorted.
    static QStringList tree(const QString &root)
    {
        QStringList out;
        QDirIterator it(
            root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            out << QDir(root).relativeFilePath(info.filePath()) +
                    (info.isDir() && !info.isSymLink() ? u"/"_s : QString());
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recreatesTheTree()
    {
        FirstImageFixture image;
        image.folder(".")
            .folder("./steps")
            .folder("./steps/empty")
            .file("./steps/a.txt", "alpha\n")
            .folder("./steps/sub")
            .file("./steps/sub/b.bin", QByteArray(70000, 'b'))
            .folder("/bootstrap-seeds")
            .hex0("/x86/hex0_x86.hex0", "/bootstrap-seeds/hex0-seed")
            .command("/bootstrap-seeds/kaem-optional-seed", "/kaem.x86");
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        const QString target = fresh("tree");
        FirstImageExtractor extractor;
        QVERIFY2(extractor.extract(reader, target, {}), qPrintable(extractor.error()));
        QCOMPARE(tree(target),
            (QStringList {u"bootstrap-seeds/"_s, u"steps/"_s, u"steps/a.txt"_s, u"steps/empty/"_s, u"steps/sub/"_s,
                u"steps/sub/b.bin"_s}));
        QCOMPARE(read(target + u"/steps/a.txt"_s), QByteArray("alpha\n"));
        QCOMPARE(read(target + u"/steps/sub/b.bin"_s), QByteArray(70000, 'b'));
        QCOMPARE(extractor.written().size(), 2);
        QCOMPARE(extractor.foldersMade(), 4); // "." is the target itself
    }

    void hostilePathsLandInside_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("landsAt");
        QTest::newRow("parent") << QByteArray("../x") << u"x"_s;
        QTest::newRow("parents") << QByteArray("./../../../x") << u"x"_s;
        QTest::newRow("absolute") << QByteArray("/etc/x") << u"etc/x"_s;
        QTest::newRow("inner parent") << QByteArray("./a/../../etc/x") << u"etc/x"_s;
        QTest::newRow("double slash") << QByteArray("//etc//x") << u"etc/x"_s;
    }

    void hostilePathsLandInside()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, landsAt);
        QTemporaryDir root;
        SentinelFolder sentinel(root.path());
        sentinel.snapshot();
        FirstImageFixture image;
        image.folder(".").folder("./a").folder("/etc").file(path, "evil");
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        FirstImageExtractor extractor;
        QVERIFY2(extractor.extract(reader, sentinel.target(), {}), qPrintable(extractor.error()));
        QCOMPARE(read(sentinel.target() + u'/' + landsAt), QByteArray("evil"));
        QCOMPARE(sentinel.changesOutsideTarget(), QString());
        QCOMPARE(FirstImageExtractor::targetPath(path), landsAt.toUtf8());
    }

    void plantedLinksAreNotFollowed_data()
    {
        QTest::addColumn<int>("plant");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("overwrite");
        QTest::newRow("link to a file, as the file")
            << int(SentinelFolder::Plant::LinkToSentinelFile) << QByteArray("./planted") << false;
        QTest::newRow("link to a file, overwritten")
            << int(SentinelFolder::Plant::LinkToSentinelFile) << QByteArray("./planted") << true;
        QTest::newRow("link to a folder, as a folder")
            << int(SentinelFolder::Plant::LinkToSentinelFolder) << QByteArray("./planted/x") << false;
        QTest::newRow("link to a folder, overwritten")
            << int(SentinelFolder::Plant::LinkToSentinelFolder) << QByteArray("./planted/x") << true;
    }

    void plantedLinksAreNotFollowed()
    {
        QFETCH(int, plant);
        QFETCH(QByteArray, path);
        QFETCH(bool, overwrite);
        QTemporaryDir root;
        SentinelFolder sentinel(root.path());
        QVERIFY(sentinel.plant(SentinelFolder::Plant(plant)));
        sentinel.snapshot();
        FirstImageFixture image;
        image.folder(".");
        if (path.count('/') > 1)
            image.folder("./planted");
        image.file(path, "evil");
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        FirstImageExtractor extractor;
        FirstImageExtractor::Options options;
        options.overwrite = overwrite;
        const bool ok = extractor.extract(reader, sentinel.target(), options);
        // Refused, or the link itself replaced: never written through.
        QCOMPARE(sentinel.changesOutsideTarget(), QString());
        if (!ok)
            QVERIFY2(extractor.error().contains(QLatin1String("record")) ||
                    extractor.error().contains(QLatin1String("exists")),
                qPrintable(extractor.error()));
        else
            QVERIFY(!QFileInfo(sentinel.planted()).isSymLink());
    }

    void keepsExistingFilesUnlessAsked()
    {
        FirstImageFixture image;
        image.folder(".").file("./kept.txt", "new");
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        const QString target = fresh("exists");
        QVERIFY(QDir().mkpath(target));
        QFile old(target + u"/kept.txt"_s);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        FirstImageExtractor extractor;
        QVERIFY(!extractor.extract(reader, target, {}));
        QVERIFY2(extractor.error().contains(QLatin1String("exists; not overwritten (record 1 of")),
            qPrintable(extractor.error()));
        QCOMPARE(read(target + u"/kept.txt"_s), QByteArray("old"));
        FirstImageExtractor::Options options;
        options.overwrite = true;
        QVERIFY2(extractor.extract(reader, target, options), qPrintable(extractor.error()));
        QCOMPARE(read(target + u"/kept.txt"_s), QByteArray("new"));
    }

    void anExistingFileStopsBeforeAnythingIsWritten()
    {
        FirstImageFixture image;
        image.folder(".").folder("./d").file("./d/first", "1").file("./d/second", "2");
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        const QString target = fresh("early");
        QVERIFY(QDir().mkpath(target + u"/d"_s));
        QFile old(target + u"/d/second"_s);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        FirstImageExtractor extractor;
        QVERIFY(!extractor.extract(reader, target, {}));
        QVERIFY2(extractor.error().contains(QLatin1String("(record 3 of")), qPrintable(extractor.error()));
        QVERIFY(!QFileInfo::exists(target + u"/d/first"_s));
    }

    void theLastRecordOfAPathWins()
    {
        FirstImageFixture image;
        image.folder(".").file("./twice", "first").file("twice", "second");
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        QCOMPARE(FirstImageExtractor::defaultSelection(reader), (QList<int> {0, 2}));
        const QString target = fresh("twice");
        FirstImageExtractor extractor;
        QVERIFY2(extractor.extract(reader, target, {}), qPrintable(extractor.error()));
        QCOMPARE(read(target + u"/twice"_s), QByteArray("second"));
    }

    void aFileInTheWayOfAFolderIsAnError()
    {
        FirstImageFixture image;
        image.folder(".").file("./f", "file").file("./f/inner", "x");
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        FirstImageExtractor extractor;
        QVERIFY(!extractor.extract(reader, fresh("inway"), {}));
        QVERIFY2(extractor.error().contains(QStringLiteral("record 2 at byte %1").arg(reader.records().at(2).offset)),
            qPrintable(extractor.error()));
    }

    void refusesACutOffFileBeforeWriting()
    {
        FirstImageFixture image;
        image.folder(".").file("./whole", "w").raw("src 50 ./cut\nshort").setTerminated(false).setMiBPadding(false);
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        const QString target = fresh("cut");
        FirstImageExtractor extractor;
        QVERIFY(!extractor.extract(reader, target, {}));
        QVERIFY2(extractor.error().contains(QLatin1String("record 2 at byte")), qPrintable(extractor.error()));
        QVERIFY(!QFileInfo::exists(target + u"/whole"_s));
    }

    void cancelLeavesNoPartialFile()
    {
        FirstImageFixture image;
        image.folder(".").file("./a", QByteArray(3 * 1024 * 1024, 'a'));
        FirstImageReader reader;
        QVERIFY(open(reader, image));
        const QString target = fresh("cancel");
        std::atomic<bool> stop {false};
        JobControl control = JobControl::fromFlag(stop);
        control.progress = [&](qint64, qint64, const QString &) {
            stop = true;
        };
        FirstImageExtractor extractor;
        QVERIFY(!extractor.extract(reader, target, {}, control));
        QVERIFY(extractor.wasCanceled());
        QCOMPARE(tree(target), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFirstImageExtractor)
#include "tst_firstimage_extractor.moc"
