// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliArchiveFixture.h"
#include "CliTestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace CliTest;

// lbpayload inspect on the archives of CliArchiveFixture: good ones in every
// compression, a truncated one, one with a damaged byte in its compressed
// stream, an HTML page named .tar.gz, tars with absolute and ".." members, and
// images holding them as entries; the report as text and as JSON, an entry
// inspected in place, and the usage and reading errors.
class TestCliInspectArchive : public QObject
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
        const QString problem = m_kit.helpProblem(QStringLiteral("inspect"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void inspectFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("finding"); // a finding code expected in the report, or empty

        QTest::newRow("tar") << "good.tar" << 0 << "tar"
                             << "ok"
                             << "";
        QTest::newRow("tar.gz") << "good.tar.gz" << 0 << "tar.gz"
                                << "ok"
                                << "";
        QTest::newRow("tar.bz2") << "good.tar.bz2" << 0 << "tar.bz2"
                                 << "ok"
                                 << "";
        QTest::newRow("tar.xz") << "good.tar.xz" << 0 << "tar.xz"
                                << "ok"
                                << "";
        QTest::newRow("tar.zst") << "good.tar.zst" << 0 << "tar.zst"
                                 << "ok"
                                 << "";
        QTest::newRow("truncated") << "trunc.tar.gz" << 1 << "tar.gz"
                                   << "truncated"
                                   << "";
        QTest::newRow("corrupt") << "corrupt.tar.gz" << 1 << "tar.gz"
                                 << "corrupt"
                                 << "";
        QTest::newRow("html named .tar.gz") << "page.tar.gz" << 1 << "data"
                                            << "mismatch"
                                            << "name-content-mismatch";
        QTest::newRow("absolute member") << "absolute.tar" << 1 << "tar"
                                         << "ok"
                                         << "absolute-path";
        QTest::newRow("dot-dot member") << "dotdot.tar" << 1 << "tar"
                                        << "ok"
                                        << "parent-component";
    }

    void inspectFile()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        QFETCH(QString, status);
        QFETCH(QString, finding);
        if (!m_kit.has(file))
            QSKIP(qPrintable(file + QStringLiteral(" could not be made here (a tool is missing)")));

        const Result json = m_kit.lbpayload({QStringLiteral("inspect"), QStringLiteral("--json"), file});
        QVERIFY2(json.exitCode == exitCode, CliArchiveFixture::diagnostic(json).constData());
        const QJsonObject top = CliArchiveFixture::json(json);
        QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
        const QJsonObject report = top.value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(report.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(report.value(QStringLiteral("passed")).toBool(), exitCode == 0);
        QCOMPARE(report.value(QStringLiteral("size")).toInteger(), QFileInfo(m_kit.path(file)).size());
        QVERIFY(report.value(QStringLiteral("image")).isNull());
        if (!finding.isEmpty())
            QVERIFY2(CliArchiveFixture::findingCodes(report).contains(finding), json.out.constData());

        const Result text = m_kit.lbpayload({QStringLiteral("inspect"), file});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(text.out.startsWith("File:"), text.out.constData());
        QVERIFY2(text.out.contains(QByteArray("\nKind:  ")), text.out.constData());
        QVERIFY(text.out.contains(QByteArray("  " + kind.toLatin1() + " (")));
        if (exitCode != 0) {
            // A failure is also said on standard error, naming the file.
            QVERIFY2(text.err.contains(file.toLatin1()), text.err.constData());
        }
        if (status == QLatin1String("ok") && finding.isEmpty()) {
            // The listing, like tar -tv: mode, size, time (UTC), path, link target.
            const QStringList paths = CliArchiveFixture::memberPaths(report);
            QVERIFY2(paths.contains(QStringLiteral("src/hello.txt")), json.out.constData());
            QVERIFY(paths.contains(QStringLiteral("src/sub/data.bin")));
            for (const QJsonValue &v : report.value(QStringLiteral("members")).toArray()) {
                const QJsonObject m = v.toObject();
                if (m.value(QStringLiteral("path")) == QStringLiteral("src/link")) {
                    QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("symlink"));
                    QCOMPARE(m.value(QStringLiteral("linkTarget")).toString(), QStringLiteral("hello.txt"));
                }
                if (m.value(QStringLiteral("path")) == QStringLiteral("src/sub/data.bin")) {
                    QCOMPARE(m.value(QStringLiteral("size")).toInteger(), m_kit.data().size());
                    QCOMPARE(m.value(QStringLiteral("mtime")).toInteger(), 1700000000);
                }
            }
            QVERIFY2(text.out.contains("  2023-11-14 22:13:20  src/sub/data.bin\n"), text.out.constData());
            QVERIFY(text.out.contains("     6  2023-11-14 22:13:20  src/hello.txt\n"));
            QVERIFY(text.out.contains("lrwxrwxrwx"));
            QVERIFY(text.out.contains("src/link -> hello.txt\n"));
            QCOMPARE(report.value(QStringLiteral("memberCount")).toInt(),
                5); // src/, src/sub/, 3 more
        }
    }

    void inspectImageKinds()
    {
        const Result r = m_kit.lbpayload({QStringLiteral("inspect"), QStringLiteral("payload.img")});
        // The HTML page named .tar.gz is an error finding.
        QVERIFY2(r.exitCode == 1, CliArchiveFixture::diagnostic(r).constData());
        const QList<QByteArray> lines = r.outLines();
        QVERIFY2(lines.size() >= 6, r.out.constData());
        const auto columns = [](const QByteArray &line) {
            return line.simplified().split(' ');
        };
        QCOMPARE(columns(lines.at(0)),
            (QList<QByteArray> {"0", QByteArray::number(QFileInfo(m_kit.path(QStringLiteral("good.tar.gz"))).size()),
                "tar.gz", "good.tar.gz"}));
        QCOMPARE(columns(lines.at(1)).at(2), QByteArray("tar.gz"));
        QCOMPARE(columns(lines.at(2)), (QList<QByteArray> {"2", columns(lines.at(2)).at(1), "data", "page.tar.gz"}));
        QCOMPARE(columns(lines.at(3)).at(2), QByteArray("data"));
        QCOMPARE(lines.at(4), QByteArray("Findings:"));
        QVERIFY2(lines.at(5).contains("payload.img: entry 2 \"page.tar.gz\" at byte "), lines.at(5).constData());
        QVERIFY(lines.at(5).contains(": error: "));

        const Result json =
            m_kit.lbpayload({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("payload.img")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject top = CliArchiveFixture::json(json);
        QCOMPARE(top.value(QStringLiteral("count")).toInt(), 4);
        const QJsonArray entries = top.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("data"));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("nameMatches")).toBool(), false);
        QCOMPARE(
            entries.at(2).toObject().value(QStringLiteral("contentMimeType")).toString(), QStringLiteral("text/html"));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("nameMatches")).toBool(), true);
        QVERIFY(entries.at(3).toObject().value(QStringLiteral("nameKind")).isNull()); // .txt promises nothing

        const Result clean = m_kit.lbpayload({QStringLiteral("inspect"), QStringLiteral("goodonly.img")});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.outLines().size(), 2);
        QVERIFY(!clean.out.contains("Findings:"));
    }

    void inspectEntryInPlace_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("by name") << "good.tar.gz" << 0 << 0 << "ok";
        QTest::newRow("by index") << "0" << 0 << 0 << "ok";
        QTest::newRow("truncated entry") << "trunc.tar.gz" << 1 << 1 << "truncated";
        QTest::newRow("html entry by index") << "2" << 2 << 1 << "mismatch";
    }

    void inspectEntryInPlace()
    {
        QFETCH(QString, entry);
        QFETCH(int, index);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        const Result r = m_kit.lbpayload(
            {QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("payload.img"), entry});
        QVERIFY2(r.exitCode == exitCode, CliArchiveFixture::diagnostic(r).constData());
        const QJsonObject report = CliArchiveFixture::json(r).value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("entry")).toInt(), index);
        QCOMPARE(report.value(QStringLiteral("image")).toString(), QStringLiteral("payload.img"));
        QCOMPARE(report.value(QStringLiteral("status")).toString(), status);
        if (status == QLatin1String("ok")) {
            QVERIFY(CliArchiveFixture::memberPaths(report).contains(QStringLiteral("src/sub/data.bin")));
            QCOMPARE(report.value(QStringLiteral("size")).toInteger(),
                QFileInfo(m_kit.path(QStringLiteral("good.tar.gz"))).size());
        }
        if (status == QLatin1String("truncated")) {
            // Where it failed: the member being read and the offset.
            QCOMPARE(report.value(QStringLiteral("failedMember")).toString(), QStringLiteral("src/sub/data.bin"));
            QVERIFY(report.value(QStringLiteral("failedInputOffset")).toInteger() > 0);
            const Result text = m_kit.lbpayload({QStringLiteral("inspect"), QStringLiteral("payload.img"), entry});
            QCOMPARE(text.exitCode, 1);
            QVERIFY2(text.err.contains("payload.img, entry 1"), text.err.constData());
            QVERIFY(text.err.contains("src/sub/data.bin"));
            QVERIFY(text.out.startsWith("File:"));
            QVERIFY(text.out.contains("  payload.img, entry 1 \"trunc.tar.gz\"\n"));
        }
    }

    void inspectErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing file") << QStringList {QStringLiteral("nothere.tar.gz")} << 3
                                      << QByteArray("nothere.tar.gz: no such file");
        QTest::newRow("standard input") << QStringList {QStringLiteral("-")} << 2 << QByteArray("random access");
        QTest::newRow("entry of a non-image") << QStringList {QStringLiteral("good.tar"), QStringLiteral("x")} << 2
                                              << QByteArray("good.tar is not an image");
        QTest::newRow("unknown entry") << QStringList {QStringLiteral("payload.img"), QStringLiteral("nope.tar")} << 2
                                       << QByteArray("no entry named \"nope.tar\"");
        QTest::newRow("index out of range")
            << QStringList {QStringLiteral("payload.img"), QStringLiteral("4")} << 2 << QByteArray("from 0 to 3");
        QTest::newRow("too many arguments")
            << QStringList {QStringLiteral("payload.img"), QStringLiteral("0"), QStringLiteral("1")} << 2
            << QByteArray("one too many");
        QTest::newRow("folder") << QStringList {QStringLiteral("src")} << 3 << QByteArray("src: is a folder");
    }

    void inspectErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Result r = m_kit.lbpayload(QStringList {QStringLiteral("inspect")} + arguments);
        QVERIFY2(r.exitCode == exitCode, CliArchiveFixture::diagnostic(r).constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliInspectArchive)
#include "tst_cli_inspect_archive.moc"
