// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace CliTest;

// lbpayload extract: all entries or named ones, the importer's last-one-wins rule, and the
// refusals (existing files, names that could escape the folder), which are all decided
// before the first file is written.
class TestCliExtract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    const QList<Entry> m_entries = {{"a.txt", "alpha\n"}, {"empty", ""}, {"b.bin", QByteArray(5000, '\x07')}};

    Result extract(const QStringList &arguments)
    {
        return run(QStringList {QStringLiteral("extract")} + arguments, {m_dir.path()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(path(QStringLiteral("good.img")), image(false, m_entries)));
        QVERIFY(writeFile(path(QStringLiteral("good64.img")), image(true, m_entries)));
        QVERIFY(
            writeFile(path(QStringLiteral("dup.img")), image(false, {{"x", "first"}, {"y", "why"}, {"x", "second"}})));
        QVERIFY(writeFile(path(QStringLiteral("slash.img")), image(false, {{"fine", "1"}, {"../evil", "2"}})));
        QVERIFY(writeFile(path(QStringLiteral("dotdot.img")), image(false, {{"..", "2"}})));
        QVERIFY(writeFile(path(QStringLiteral("none.img")), image(false, {})));
    }

    void all_data()
    {
        QTest::addColumn<QString>("imageName");
        QTest::newRow("u32") << "good.img";
        QTest::newRow("u64") << "good64.img";
    }

    void all()
    {
        QFETCH(QString, imageName);
        const QString out = path(QStringLiteral("all-") + imageName); // does not exist yet
        const Result r = extract({imageName, QStringLiteral("-C"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray("lbpayload: extracted 3 files, 4.9 KiB, into " + QFile::encodeName(out) + '\n'));
        QCOMPARE(
            listFolder(out), (QStringList {QStringLiteral("a.txt"), QStringLiteral("b.bin"), QStringLiteral("empty")}));
        for (const Entry &e : m_entries)
            QCOMPARE(readFile(QDir(out).filePath(QString::fromUtf8(e.name))), e.data);
    }

    void intoCurrentFolder()
    {
        const QString folder = path(QStringLiteral("cwd"));
        QVERIFY(QDir().mkpath(folder));
        const Result r = run({QStringLiteral("extract"), QStringLiteral("-q"), path(QStringLiteral("good.img")),
                                 QStringLiteral("a.txt")},
            {folder});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(listFolder(folder), QStringList {QStringLiteral("a.txt")});
    }

    void named_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one") << QStringList {QStringLiteral("b.bin")} << QStringList {QStringLiteral("b.bin")};
        QTest::newRow("two") << QStringList {QStringLiteral("empty"), QStringLiteral("a.txt")}
                             << QStringList {QStringLiteral("a.txt"), QStringLiteral("empty")};
        QTest::newRow("named twice") << QStringList {QStringLiteral("a.txt"), QStringLiteral("a.txt")}
                                     << QStringList {QStringLiteral("a.txt")};
    }

    void named()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, expected);
        const QString out = path(QStringLiteral("named-") +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        const Result r = extract(QStringList {QStringLiteral("good.img"), QStringLiteral("-C"), out} + names);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(listFolder(out), expected);
    }

    void unknownNameWritesNothing()
    {
        const QString out = path(QStringLiteral("unknown"));
        const Result r = extract({QStringLiteral("good.img"), QStringLiteral("-C"), out, QStringLiteral("a.txt"),
            QStringLiteral("nope"), QStringLiteral("nada")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.startsWith("lbpayload extract: good.img: no entry named \"nope\", \"nada\"\n"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    // Like the importer: a name stored twice ends up with the later entry's data.
    void duplicatesLastWins()
    {
        const QString out = path(QStringLiteral("dup"));
        Result r = extract({QStringLiteral("dup.img"), QStringLiteral("-C"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("x"))), QByteArray("second"));
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("y"))), QByteArray("why"));
        QVERIFY2(r.err.startsWith("lbpayload: warning: dup.img: entry 0 at byte 12: \"x\" is stored again as entry 2"),
            r.err.constData());

        const QString named = path(QStringLiteral("dup-named"));
        r = extract({QStringLiteral("dup.img"), QStringLiteral("-C"), named, QStringLiteral("x")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(QDir(named).filePath(QStringLiteral("x"))), QByteArray("second"));
    }

    void existingFileStopsEverything()
    {
        const QString out = path(QStringLiteral("existing"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(writeFile(QDir(out).filePath(QStringLiteral("b.bin")), "keep me"));
        Result r = extract({QStringLiteral("good.img"), QStringLiteral("-C"), out});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines(),
            QList<QByteArray> {"lbpayload: " + QFile::encodeName(QDir(out).filePath(QStringLiteral("b.bin"))) +
                ": exists; use --force to replace it (entry 2 of good.img)"});
        // Checked before writing: a.txt, which came first, was not written either.
        QCOMPARE(listFolder(out), QStringList {QStringLiteral("b.bin")});
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("b.bin"))), QByteArray("keep me"));

        r = extract({QStringLiteral("good.img"), QStringLiteral("-C"), out, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("b.bin"))), m_entries.at(2).data);
    }

    // A symbolic link where an entry goes counts as an existing file, and --force replaces the
    // link itself, never the file it points to.
    void symlinkIsNotFollowed()
    {
        const QString out = path(QStringLiteral("links"));
        QVERIFY(QDir().mkpath(out));
        const QString victim = path(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(victim, "untouched"));
        QVERIFY(QFile::link(victim, QDir(out).filePath(QStringLiteral("a.txt"))));
        Result r = extract({QStringLiteral("good.img"), QStringLiteral("-C"), out, QStringLiteral("a.txt")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("a.txt: exists"));
        r = extract({QStringLiteral("good.img"), QStringLiteral("-C"), out, QStringLiteral("--force"),
            QStringLiteral("a.txt")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(victim), QByteArray("untouched"));
        QVERIFY(!QFileInfo(QDir(out).filePath(QStringLiteral("a.txt"))).isSymLink());
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("a.txt"))), QByteArray("alpha\n"));
    }

    void refusedNames_data()
    {
        QTest::addColumn<QString>("imageName");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("path separator") << "slash.img"
                                        << QByteArray(
                                               "lbpayload: slash.img: entry 1 at byte 25: \"../evil\" cannot be "
                                               "extracted: The name contains '/'; the importer rejects names with "
                                               "a path separator.\n");
        QTest::newRow("parent folder") << "dotdot.img"
                                       << QByteArray(
                                              "lbpayload: dotdot.img: entry 0 at byte 12: \"..\" cannot be "
                                              "extracted: the name \"..\" would refer to the folder itself or its "
                                              "parent\n");
    }

    void refusedNames()
    {
        QFETCH(QString, imageName);
        QFETCH(QByteArray, message);
        const QString out = path(QStringLiteral("refused"));
        const Result r = extract({imageName, QStringLiteral("-C"), out});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, message);
        // Refused before anything was written, even the acceptable entry before it.
        QVERIFY(!QFileInfo::exists(out) || listFolder(out).isEmpty());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("evil"))));
    }

    void targetIsAFile()
    {
        const Result r = extract({QStringLiteral("good.img"), QStringLiteral("-C"), QStringLiteral("good64.img")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QByteArray("lbpayload: good64.img: exists and is not a folder\n"));
    }

    void emptyImage()
    {
        const QString out = path(QStringLiteral("none"));
        const Result r = extract({QStringLiteral("none.img"), QStringLiteral("-C"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFileInfo::exists(out) || listFolder(out).isEmpty());
    }

    // Ctrl-C in the middle of a large entry: exit code 130, and neither the entry nor a
    // temporary file is left in the folder.
    void interruptLeavesNoPartialFile()
    {
        const QString imagePath = path(QStringLiteral("huge.img"));
        const QByteArray head =
            image(false, {{"small.txt", "small"}}, 2) + field(false, 8) + field(false, 3LL << 30) + "huge.bin";
        QVERIFY(writeFile(imagePath, head));
        {
            QFile file(imagePath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(head.size() + (3LL << 30))); // the entry's data is a hole
        }
        const QString out = path(QStringLiteral("interrupted"));
        QVERIFY(QDir().mkpath(out));
        QProcess process;
        process.start(binary(), {QStringLiteral("extract"), imagePath, QStringLiteral("-C"), out});
        QVERIFY(process.waitForStarted());
        // The big entry is being written once the small one is there and a file is open in the
        // folder: written without a name, it shows only as an open file.
        QElapsedTimer clock;
        clock.start();
        bool started = false;
        while (!started && clock.elapsed() < 30000 && process.state() == QProcess::Running) {
            started = listFolder(out).contains(QStringLiteral("small.txt"))
                && waitUntilWritingInto(process.processId(), out, 100);
            if (!started)
                QTest::qSleep(2);
        }
        QVERIFY2(started, "the copy never started, or finished before it could be interrupted");
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("canceled: 1 of 2 files were extracted, each of them complete"), err.constData());
        // The entry finished before the interruption is there, whole; nothing else is.
        QCOMPARE(listFolder(out), QStringList {QStringLiteral("small.txt")});
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("small.txt"))), QByteArray("small"));
        QFile::remove(imagePath);
    }
};

QTEST_GUILESS_MAIN(TestCliExtract)
#include "tst_cli_extract.moc"
