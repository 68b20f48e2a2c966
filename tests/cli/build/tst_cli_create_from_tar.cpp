// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliArchiveFixture.h"
#include "CliTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace CliTest;

// lbpayload create --from-tar on the archives of CliArchiveFixture: entries
// named after the members' file names in tar order, the create options that
// still apply, and the refusals (a name twice, damaged or unsafe archives,
// other inputs, the archive as its own output).
class TestCliCreateFromTar : public QObject
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
        const QString problem = m_kit.helpProblem(QStringLiteral("create"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(
            m_kit.lbpayload({QStringLiteral("create"), QStringLiteral("--help")}).out.contains("--from-tar <ARCHIVE>"));
    }

    void createFromTar_data()
    {
        QTest::addColumn<QString>("archive");
        for (const QString &archive : CliArchiveFixture::goodArchives())
            QTest::newRow(qPrintable(archive)) << archive;
    }

    void createFromTar()
    {
        QFETCH(QString, archive);
        if (!m_kit.has(archive))
            QSKIP(qPrintable(archive + QStringLiteral(" could not be made here (a tool is missing)")));
        const QString output = archive + QStringLiteral(".img");
        QFile::remove(m_kit.path(output));
        const Result r = m_kit.lbpayload(
            {QStringLiteral("create"), QStringLiteral("-o"), output, QStringLiteral("--from-tar"), archive});
        QVERIFY2(r.exitCode == 0, CliArchiveFixture::diagnostic(r).constData());
        QVERIFY2(r.err.contains("skipped 3 members that are not regular files"), r.err.constData());
        // Entries named after the members' file names, in tar order, with their
        // bytes.
        const Result list = m_kit.lbpayload({QStringLiteral("list"), output});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.outLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).endsWith("  6  hello.txt"), list.out.constData());
        QVERIFY(lines.at(1).endsWith(QByteArray("  " + QByteArray::number(m_kit.data().size()) + "  data.bin")));
        const QString into = m_kit.path(QStringLiteral("x-") + archive);
        QCOMPARE(m_kit.lbpayload({QStringLiteral("extract"), output, QStringLiteral("-C"), into}).exitCode, 0);
        QCOMPARE(readFile(into + QStringLiteral("/hello.txt")), m_kit.hello());
        QCOMPARE(readFile(into + QStringLiteral("/data.bin")), m_kit.data());
    }

    void createFromTarOptions()
    {
        const Result r = m_kit.lbpayload({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-o"),
            QStringLiteral("sorted.img"), QStringLiteral("--sort"), QStringLiteral("--layout"), QStringLiteral("u64"),
            QStringLiteral("--pad"), QStringLiteral("1M"), QStringLiteral("--manifest"),
            QStringLiteral("sorted.sha256"), QStringLiteral("--from-tar"), QStringLiteral("good.tar.gz")});
        QVERIFY2(r.exitCode == 0, CliArchiveFixture::diagnostic(r).constData());
        QVERIFY(r.err.isEmpty());
        QCOMPARE(QFileInfo(m_kit.path(QStringLiteral("sorted.img"))).size(), 1024 * 1024);
        const Result info = m_kit.lbpayload({QStringLiteral("info"), QStringLiteral("sorted.img")});
        QVERIFY(info.out.contains("u64"));
        const Result list = m_kit.lbpayload({QStringLiteral("list"), QStringLiteral("sorted.img")});
        QVERIFY(list.outLines().at(0).endsWith("data.bin"));
        QVERIFY(list.outLines().at(1).endsWith("hello.txt"));
        const QByteArray manifest = readFile(m_kit.path(QStringLiteral("sorted.sha256")));
        QVERIFY2(manifest.contains(QByteArray(sha256(m_kit.hello()) + "  hello.txt")), manifest.constData());
        QVERIFY(manifest.contains(QByteArray(sha256(m_kit.data()) + "  data.bin")));
        QCOMPARE(m_kit
                     .lbpayload({QStringLiteral("verify"), QStringLiteral("--manifest"),
                         QStringLiteral("sorted.sha256"), QStringLiteral("sorted.img")})
                     .exitCode,
            0);
    }

    void createFromTarErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString out = QStringLiteral("bad.img");
        QTest::newRow("same file name twice")
            << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"), QStringLiteral("twice.tar")} << 3
            << QByteArray("src/sub/hello.txt");
        QTest::newRow("truncated") << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"),
                                          QStringLiteral("trunc.tar.gz")}
                                   << 3 << QByteArray("trunc.tar.gz");
        QTest::newRow("html") << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"),
                                     QStringLiteral("page.tar.gz")}
                              << 3 << QByteArray("page.tar.gz: is not a tar archive");
        QTest::newRow("missing") << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"),
                                        QStringLiteral("nothere.tar")}
                                 << 3 << QByteArray("nothere.tar: no such file");
        QTest::newRow("with inputs") << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"),
                                            QStringLiteral("good.tar"), QStringLiteral("src/hello.txt")}
                                     << 2 << QByteArray("no other inputs");
        QTest::newRow("onto itself") << QStringList {QStringLiteral("-o"), QStringLiteral("good.tar"),
                                            QStringLiteral("--from-tar"), QStringLiteral("good.tar"),
                                            QStringLiteral("--force")}
                                     << 2 << QByteArray("cannot be the same file");
        QTest::newRow("existing output") << QStringList {QStringLiteral("-o"), QStringLiteral("payload.img"),
                                                QStringLiteral("--from-tar"), QStringLiteral("good.tar")}
                                         << 3 << QByteArray("use --force");
    }

    void createFromTarErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const QByteArray before = readFile(m_kit.path(QStringLiteral("payload.img")));
        const Result r = m_kit.lbpayload(QStringList {QStringLiteral("create")} + arguments);
        QVERIFY2(r.exitCode == exitCode, CliArchiveFixture::diagnostic(r).constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_kit.path(QStringLiteral("bad.img"))));
        QCOMPARE(readFile(m_kit.path(QStringLiteral("payload.img"))), before);
        QVERIFY(QFileInfo(m_kit.path(QStringLiteral("good.tar"))).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCreateFromTar)
#include "tst_cli_create_from_tar.moc"
