// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliArchiveFixture.h"
#include "CliTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace CliTest;

// lbpayload test on the archives of CliArchiveFixture and on images holding
// them: one line per distfile in the order given (also with several jobs), the
// JSON results, the exit codes, and Ctrl-C in the middle of a large stream.
class TestCliTestArchive : public QObject
{
    Q_OBJECT

private:
    CliArchiveFixture m_kit;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QString problem;
        bool missingTools = false;
        const bool made = m_kit.make(&problem, &missingTools);
        if (missingTools)
            QSKIP("tar and gzip are needed to make the test archives");
        QVERIFY2(made, qPrintable(problem));
    }

    void help()
    {
        const QString problem = m_kit.helpProblem(QStringLiteral("test"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void testFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("line"); // the start of its line on standard output
        QTest::newRow("tar") << "good.tar" << 0 << QByteArray("good.tar: OK (tar, 5 members)");
        QTest::newRow("tar.gz") << "good.tar.gz" << 0 << QByteArray("good.tar.gz: OK (tar.gz, 5 members)");
        QTest::newRow("tar.bz2") << "good.tar.bz2" << 0 << QByteArray("good.tar.bz2: OK (tar.bz2, 5 members)");
        QTest::newRow("tar.xz") << "good.tar.xz" << 0 << QByteArray("good.tar.xz: OK (tar.xz, 5 members)");
        QTest::newRow("tar.zst") << "good.tar.zst" << 0 << QByteArray("good.tar.zst: OK (tar.zst, 5 members)");
        QTest::newRow("truncated") << "trunc.tar.gz" << 1 << QByteArray("trunc.tar.gz: truncated: ");
        QTest::newRow("corrupt") << "corrupt.tar.gz" << 1 << QByteArray("corrupt.tar.gz: corrupt: ");
        QTest::newRow("html") << "page.tar.gz" << 1 << QByteArray("page.tar.gz: mismatch: ");
        QTest::newRow("absolute") << "absolute.tar" << 1 << QByteArray("absolute.tar: unsafe: ");
        QTest::newRow("dot-dot") << "dotdot.tar" << 1 << QByteArray("dotdot.tar: unsafe: ");
        QTest::newRow("missing") << "nothere.tar" << 3 << QByteArray("nothere.tar: unreadable: ");
    }

    void testFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, line);
        if (file != QLatin1String("nothere.tar") && !m_kit.has(file))
            QSKIP(qPrintable(file + QStringLiteral(" could not be made here (a tool is missing)")));
        const Result r = m_kit.lbpayload({QStringLiteral("test"), file});
        QVERIFY2(r.exitCode == exitCode, CliArchiveFixture::diagnostic(r).constData());
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY2(r.out.startsWith(line), r.out.constData());
        if (exitCode == 0) {
            QVERIFY(r.err.contains("1 distfile tested, all OK"));
        }
        if (file == QLatin1String("trunc.tar.gz")) {
            // Where it failed: the member and the offset.
            QVERIFY2(r.out.contains("src/sub/data.bin"), r.out.constData());
            QVERIFY(r.out.contains("byte"));
        }

        const Result json = m_kit.lbpayload({QStringLiteral("test"), QStringLiteral("--json"), file});
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject top = CliArchiveFixture::json(json);
        QCOMPARE(top.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(top.value(QStringLiteral("failed")).toInt(), exitCode == 0 ? 0 : 1);
        const QJsonObject result = top.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("passed")).toBool(), exitCode == 0);
        QCOMPARE(result.value(QStringLiteral("source")).toString(), file);
        QVERIFY(!result.contains(QStringLiteral("members"))); // a test does not list
    }

    void testManyInOrder()
    {
        QStringList files = CliArchiveFixture::goodArchives();
        for (const QString &f : CliArchiveFixture::goodArchives())
            if (!QFileInfo::exists(m_kit.path(f)))
                files.removeAll(f);
        files.insert(1, QStringLiteral("trunc.tar.gz"));
        const Result r = m_kit.lbpayload(
            QStringList {QStringLiteral("test"), QStringLiteral("--jobs"), QStringLiteral("2")} + files);
        QVERIFY2(r.exitCode == 1, CliArchiveFixture::diagnostic(r).constData());
        const QList<QByteArray> lines = r.outLines();
        QCOMPARE(lines.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(QByteArray(files.at(i).toLatin1() + ": ")), r.out.constData());
        QVERIFY(lines.at(1).startsWith("trunc.tar.gz: truncated: "));
        QVERIFY2(r.err.contains(QByteArray(QByteArray::number(files.size()) +
                     " distfiles tested: " + QByteArray::number(files.size() - 1) + " OK, 1 failed")),
            r.err.constData());

        const Result good = m_kit.lbpayload(
            {QStringLiteral("test"), QStringLiteral("-q"), QStringLiteral("good.tar"), QStringLiteral("good.tar.gz")});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.err.isEmpty());
    }

    void testImage()
    {
        const Result r = m_kit.lbpayload({QStringLiteral("test"), QStringLiteral("payload.img")});
        QVERIFY2(r.exitCode == 1, CliArchiveFixture::diagnostic(r).constData());
        const QList<QByteArray> lines = r.outLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY2(
            lines.at(0).startsWith("payload.img, entry 0 \"good.tar.gz\": OK (tar.gz, 5 members)"), r.out.constData());
        QVERIFY(lines.at(1).startsWith("payload.img, entry 1 \"trunc.tar.gz\": truncated: "));
        QVERIFY(lines.at(2).startsWith("payload.img, entry 2 \"page.tar.gz\": mismatch: "));
        QVERIFY(lines.at(3).startsWith("payload.img, entry 3 \"notes.txt\": OK (data)"));

        const Result json =
            m_kit.lbpayload({QStringLiteral("test"), QStringLiteral("--json"), QStringLiteral("payload.img")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject top = CliArchiveFixture::json(json);
        QCOMPARE(top.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(top.value(QStringLiteral("failed")).toInt(), 2);
        const QJsonArray results = top.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        QStringList statuses;
        for (const QJsonValue &v : results) {
            statuses << v.toObject().value(QStringLiteral("status")).toString();
            QCOMPARE(v.toObject().value(QStringLiteral("image")).toString(), QStringLiteral("payload.img"));
        }
        QCOMPARE(statuses,
            (QStringList {
                QStringLiteral("ok"), QStringLiteral("truncated"), QStringLiteral("mismatch"), QStringLiteral("ok")}));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("entry")).toInt(), 1);

        const Result clean = m_kit.lbpayload({QStringLiteral("test"), QStringLiteral("goodonly.img")});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.outLines().size(), 2);
    }

    void testErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no argument") << QStringList {} << 2 << QByteArray("missing argument");
        QTest::newRow("jobs 0") << QStringList {QStringLiteral("-j"), QStringLiteral("0"), QStringLiteral("good.tar")}
                                << 2 << QByteArray("--jobs needs a number");
        QTest::newRow("standard input") << QStringList {QStringLiteral("-")} << 2 << QByteArray("random access");
        QTest::newRow("broken image") << QStringList {QStringLiteral("broken.img")} << 3 << QByteArray("broken.img");
    }

    void testErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QVERIFY(writeFile(m_kit.path(QStringLiteral("broken.img")), image(false, {{"a", "x"}}, 5)));
        const Result r = m_kit.lbpayload(QStringList {QStringLiteral("test")} + arguments);
        QVERIFY2(r.exitCode == exitCode, CliArchiveFixture::diagnostic(r).constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    // Ctrl-C while a large stream is decompressed: exit 130 and the canceled
    // count.
    void testInterrupted()
    {
        // 2 GiB of zeros compress to a few MiB but take seconds to decompress. Made
        // directly, not by running gzip over 2 GiB.
        QVERIFY(writeFile(m_kit.path(QStringLiteral("zeros.gz")), gzipOfZeros(2147483648LL)));
        QProcess process;
        process.setWorkingDirectory(m_kit.folder());
        process.start(binary(), {QStringLiteral("test"), QStringLiteral("zeros.gz"), QStringLiteral("good.tar")});
        QVERIFY(process.waitForStarted());
        // The signal handler is in place before any distfile is opened: once the
        // stream is open, Ctrl-C lands in the middle of its decompression, however
        // loaded the machine.
        QVERIFY2(waitUntilOpen(process.processId(), m_kit.path(QStringLiteral("zeros.gz"))),
            "the test finished before it could be interrupted");
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("canceled: ") && err.contains(" of 2 distfiles tested"), err.constData());
        // The small tar may have finished before the signal; the big stream never
        // does.
        QVERIFY(!process.readAllStandardOutput().contains("zeros.gz"));
        QFile::remove(m_kit.path(QStringLiteral("zeros.gz")));
    }
};

QTEST_GUILESS_MAIN(TestCliTestArchive)
#include "tst_cli_test_archive.moc"
