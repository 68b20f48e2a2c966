// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"
#include "LoopDevice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace CliTest;
using namespace Qt::StringLiterals;

// lbpayload write and disks: a regular file only with --file, no writing without --yes when
// there is no terminal to confirm on, the confirmation typed back on a terminal, refusals with
// exit 2, Ctrl-C with 130 and the disk's state, and loop devices written and read back.
class TestCliDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_image;
    static constexpr qint64 MiB = 1024 * 1024;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        QByteArray big(3 * MiB + 7, '\0');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 131 / 7);
        m_image = image(false, {{"a.tar.gz", "alpha\n"}, {"big.bin", big}, {"c.txt", ""}});
        QVERIFY(writeFile(path(u"external.img"_s), m_image));
        QVERIFY(writeFile(path(u"broken.img"_s), m_image.left(40)));
    }

    void writeRefuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("regular file without --file")
            << QStringList {u"write"_s, u"--yes"_s, u"external.img"_s, u"target.raw"_s} << 2
            << QByteArray("target.raw is a regular file, not a disk");
        QTest::newRow("no terminal, no --yes")
            << QStringList {u"write"_s, u"--file"_s, u"external.img"_s, u"target.raw"_s} << 2
            << QByteArray("target.raw: not written: standard input is not a terminal to confirm on; pass --yes");
        QTest::newRow("missing device") << QStringList {u"write"_s, u"--yes"_s, u"external.img"_s, u"/dev/no-such"_s}
                                        << 2 << QByteArray("/dev/no-such: No such file or directory");
        QTest::newRow("character device") << QStringList {u"write"_s, u"--yes"_s, u"external.img"_s, u"/dev/null"_s}
                                          << 2 << QByteArray("/dev/null is not a block device");
        QTest::newRow("broken image") << QStringList {u"write"_s, u"--yes"_s, u"--file"_s, u"broken.img"_s,
                                             u"target.raw"_s}
                                      << 3 << QByteArray("broken.img");
        QTest::newRow("one argument") << QStringList {u"write"_s, u"external.img"_s} << 2 << QByteArray("write");
    }
    void writeRefuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QVERIFY(writeFile(path(u"target.raw"_s), "old contents"));
        const Result r = run(arguments, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readFile(path(u"target.raw"_s)), QByteArray("old contents"));
    }

    void writesRegularFile_data()
    {
        QTest::addColumn<bool>("zeroTail");
        QTest::addColumn<bool>("verify");
        QTest::newRow("verified") << false << true;
        QTest::newRow("zero tail") << true << true;
        QTest::newRow("--no-verify") << false << false;
    }
    void writesRegularFile()
    {
        QFETCH(bool, zeroTail);
        QFETCH(bool, verify);
        // Longer than the image, like a disk: what lies beyond what is written stays.
        QVERIFY(writeFile(path(u"vm.raw"_s), QByteArray(8 * MiB, 'o')));
        QStringList arguments {u"write"_s, u"--yes"_s, u"--file"_s};
        if (zeroTail)
            arguments << u"--zero-tail"_s;
        if (!verify)
            arguments << u"--no-verify"_s;
        const Result r = run(arguments << u"external.img"_s << u"vm.raw"_s, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QByteArray written = readFile(path(u"vm.raw"_s));
        QCOMPARE(written.size(), 8 * MiB);
        QCOMPARE(written.left(m_image.size()), m_image);
        const qint64 zeros = zeroTail ? 4 * MiB - m_image.size() : 0;
        QCOMPARE(written.mid(m_image.size(), zeros), QByteArray(zeros, '\0'));
        QCOMPARE(written.at(m_image.size() + zeros), 'o');
        QVERIFY2(r.out.startsWith("vm.raw: OK: "), r.out.constData());
        // "entr": the plural form comes from the English catalogue.
        QCOMPARE(r.out.contains("written and verified: 3 entr"), verify);
        QCOMPARE(r.out.contains("read back in"), verify);
    }

    // The confirmation on a terminal: script(1) gives lbpayload one.
    void confirmsOnTerminal_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("the name") << QByteArray("term.raw\n") << 0;
        QTest::newRow("something else") << QByteArray("sda\n") << 2;
        QTest::newRow("nothing") << QByteArray("\n") << 2;
    }
    void confirmsOnTerminal()
    {
        QFETCH(QByteArray, typed);
        QFETCH(int, exitCode);
        const QString script = QStandardPaths::findExecutable(u"script"_s);
        if (script.isEmpty())
            QSKIP("script(1) is not installed: no terminal to confirm on");
        QVERIFY(writeFile(path(u"term.raw"_s), QByteArray(16, 'o')));
        const QString command = binary() + u" write --file --no-verify external.img term.raw; echo \"exit=$?\""_s;
        const Result r =
            runProgram(script, {u"-q"_s, u"-e"_s, u"-c"_s, command, u"/dev/null"_s}, RunOptions(m_dir.path(), typed));
        QVERIFY2(r.out.contains("Type the device name (term.raw) to go on:"), r.out.constData());
        QVERIFY2(r.out.contains("erases everything on the file term.raw"), r.out.constData());
        QVERIFY2(r.out.contains(QByteArray(QByteArray("exit=") + QByteArray::number(exitCode))), r.out.constData());
        QCOMPARE(readFile(path(u"term.raw"_s)).startsWith("LBPAYLD1"), exitCode == 0);
        if (exitCode != 0)
            QVERIFY2(r.out.contains("not confirmed; nothing was written"), r.out.constData());
    }

    // Ctrl-C in the middle: 130 and exactly what the target holds.
    void interrupted()
    {
        // A 2 GiB entry of holes: quick to read, seconds to write, so the signal lands mid-way.
        const QByteArray header =
            "LBPAYLD1" + field(false, 1) + field(false, 9) + field(false, 2048 * MiB) + "zeros.bin";
        QFile big(path(u"huge.img"_s));
        QVERIFY(big.open(QIODevice::WriteOnly | QIODevice::Truncate));
        big.write(header);
        QVERIFY(big.resize(header.size() + 2048 * MiB));
        big.close();
        QVERIFY(writeFile(path(u"huge.raw"_s), {}));
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(binary(), {u"write"_s, u"--yes"_s, u"--file"_s, u"huge.img"_s, u"huge.raw"_s});
        QVERIFY(process.waitForStarted());
        QVERIFY2(waitUntilOpen(process.processId(), path(u"huge.raw"_s)), "finished before it could be interrupted");
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 130);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("lbpayload: huge.raw: canceled at byte "), err.constData());
        QVERIFY2(err.contains("the disk does not hold a valid image"), err.constData());
        QVERIFY(!readFile(path(u"huge.raw"_s)).startsWith("LBPAYLD1"));
        QFile::remove(path(u"huge.img"_s));
        QFile::remove(path(u"huge.raw"_s));
    }

    void disksLists()
    {
        const Result r = run({u"disks"_s, u"--json"_s}, RunOptions(m_dir.path()));
        if (r.exitCode == 3 && r.err.contains("/sys/block"))
            QSKIP("/sys/block is not visible here");
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const QJsonValue &disk : doc.object().value(u"disks"_s).toArray()) {
            const QJsonObject o = disk.toObject();
            QVERIFY(o.value(u"path"_s).toString().startsWith(u"/dev/"_s));
            QVERIFY(!o.value(u"loop"_s).toBool()); // only with --loop
            QVERIFY(!o.value(u"name"_s).toString().startsWith(u"zram"_s));
            QCOMPARE(o.value(u"usable"_s).toBool(), o.value(u"reason"_s).isNull());
        }
        const Result text = run({u"disks"_s}, RunOptions(m_dir.path()));
        QCOMPARE(text.exitCode, 0);
        for (const QByteArray &line : text.outLines())
            QVERIFY2(line.contains("can be written to") || line.contains("refused: "), line.constData());
    }

    void writesLoopDevice()
    {
        LoopDevice loop(path(u"loop.raw"_s), 16 * MiB, 'x', 16 * MiB);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        const Result listed = run({u"disks"_s, u"--loop"_s, u"--image"_s, u"external.img"_s}, RunOptions(m_dir.path()));
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QByteArray(loop.path().toUtf8() + ' ')), listed.out.constData());
        const Result r = run({u"write"_s, u"--yes"_s, u"external.img"_s, loop.path()}, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(": OK: written and verified"), r.out.constData());
        QCOMPARE(loop.read(0, m_image.size()), m_image);
        QCOMPARE(loop.read(m_image.size(), 16), QByteArray(16, 'x'));
    }

    void refusesSmallLoopDevice()
    {
        LoopDevice loop(path(u"small.raw"_s), 1 * MiB);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        const Result r = run({u"write"_s, u"--yes"_s, u"external.img"_s, loop.path()}, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is too small: 1048576 bytes, the image needs "), r.err.constData());
        const Result listed = run({u"disks"_s, u"--loop"_s, u"--image"_s, u"external.img"_s}, RunOptions(m_dir.path()));
        QVERIFY2(listed.out.contains(QByteArray("refused: " + loop.path().toUtf8() + " is too small")),
            listed.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDisk)
#include "tst_cli_disk.moc"
