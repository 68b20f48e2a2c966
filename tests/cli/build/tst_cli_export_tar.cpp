// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliArchiveFixture.h"
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace CliTest;

// lbpayload export-tar: an image's entries as a tar in every compression, read
// back with the system's tar; named entries in a folder with a fixed time, a
// name stored twice, and the refusals, none of which writes anything or touches
// the image.
class TestCliExportTar : public QObject
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
        const QString problem = m_kit.helpProblem(QStringLiteral("export-tar"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void exportTar_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("tool");
        QTest::newRow("tar") << "out.tar"
                             << "tar";
        QTest::newRow("gz") << "out.tar.gz"
                            << "gzip";
        QTest::newRow("tgz") << "out.tgz"
                             << "gzip";
        QTest::newRow("bz2") << "out.tar.bz2"
                             << "bzip2";
        QTest::newRow("xz") << "out.tar.xz"
                            << "xz";
        QTest::newRow("zst") << "out.tar.zst"
                             << "zstd";
    }

    void exportTar()
    {
        QFETCH(QString, output);
        QFETCH(QString, tool);
        if (!CliArchiveFixture::haveTool(tool))
            QSKIP(qPrintable(tool + QStringLiteral(" is missing")));
        const QByteArray big = m_kit.data() + m_kit.data();
        QVERIFY(writeFile(m_kit.path(QStringLiteral("export.img")),
            image(false, {{"a.txt", m_kit.hello()}, {"big.bin", big}, {"empty", ""}})));
        QFile::remove(m_kit.path(output));
        const Result r =
            m_kit.lbpayload({QStringLiteral("export-tar"), QStringLiteral("export.img"), QStringLiteral("-o"), output});
        QVERIFY2(r.exitCode == 0, CliArchiveFixture::diagnostic(r).constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QByteArray(output.toLatin1() + ": 3 members")), r.err.constData());
        const QByteArray first = readFile(m_kit.path(output));

        // Read back with the system's tar (which picks the decompressor itself).
        const Result list = m_kit.tar({QStringLiteral("-tf"), output});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.outLines(), (QList<QByteArray> {"a.txt", "big.bin", "empty"}));
        const QString into = m_kit.path(QStringLiteral("unpacked-") + output);
        QVERIFY(QDir().mkpath(into));
        QCOMPARE(m_kit.tar({QStringLiteral("-xf"), output, QStringLiteral("-C"), into}).exitCode, 0);
        QCOMPARE(readFile(into + QStringLiteral("/a.txt")), m_kit.hello());
        QCOMPARE(readFile(into + QStringLiteral("/big.bin")), big);
        QCOMPARE(readFile(into + QStringLiteral("/empty")), QByteArray());

        // Our own test passes it too, and an existing output needs --force.
        QCOMPARE(m_kit.lbpayload({QStringLiteral("test"), output}).exitCode, 0);
        const Result again =
            m_kit.lbpayload({QStringLiteral("export-tar"), QStringLiteral("export.img"), QStringLiteral("-o"), output});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains("use --force"));
        // Replaced with --force, by the same bytes: the same image gives the same
        // export.
        const Result forced = m_kit.lbpayload({QStringLiteral("export-tar"), QStringLiteral("--force"),
            QStringLiteral("export.img"), QStringLiteral("-o"), output});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(readFile(m_kit.path(output)), first);
    }

    void exportTarNamedInFolder()
    {
        QVERIFY(writeFile(m_kit.path(QStringLiteral("export2.img")),
            image(false, {{"a.txt", m_kit.hello()}, {"b.txt", "bee\n"}, {"c.txt", "sea\n"}})));
        const Result r = m_kit.lbpayload({QStringLiteral("export-tar"), QStringLiteral("export2.img"),
            QStringLiteral("-o"), QStringLiteral("named.tar"), QStringLiteral("--folder"), QStringLiteral("distfiles"),
            QStringLiteral("--mtime"), QStringLiteral("0"), QStringLiteral("c.txt"), QStringLiteral("a.txt")});
        QVERIFY2(r.exitCode == 0, CliArchiveFixture::diagnostic(r).constData());
        const Result list = m_kit.tar({QStringLiteral("-tvf"), QStringLiteral("named.tar")});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.outLines();
        // KTar writes the folder first, then the members in the order asked for.
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith("d") && lines.at(0).endsWith(" distfiles/"), list.out.constData());
        QVERIFY2(lines.at(1).endsWith(" distfiles/c.txt") && lines.at(1).contains("1970-01-01"), list.out.constData());
        QVERIFY(lines.at(2).endsWith(" distfiles/a.txt"));
        QVERIFY(lines.at(1).startsWith("-rw-r--r--"));
        QVERIFY2(r.err.contains("named.tar: 2 members"), r.err.constData());
    }

    // Like extract and the importer: a name stored twice is exported once, with
    // the later data.
    void exportTarDuplicatesLastWins()
    {
        QVERIFY(writeFile(
            m_kit.path(QStringLiteral("dup.img")), image(false, {{"x", "first"}, {"y", "why"}, {"x", "second"}})));
        const Result r = m_kit.lbpayload(
            {QStringLiteral("export-tar"), QStringLiteral("dup.img"), QStringLiteral("-o"), QStringLiteral("dup.tar")});
        QVERIFY2(r.exitCode == 0, CliArchiveFixture::diagnostic(r).constData());
        QVERIFY2(r.err.contains("dup.img: entry 0 at byte 12: \"x\" is stored "
                                "again as entry 2; exporting that one"),
            r.err.constData());
        const Result list = m_kit.tar({QStringLiteral("-tf"), QStringLiteral("dup.tar")});
        QCOMPARE(list.outLines(), (QList<QByteArray> {"y", "x"}));
        const Result content = m_kit.tar({QStringLiteral("-xOf"), QStringLiteral("dup.tar"), QStringLiteral("x")});
        QCOMPARE(content.out, QByteArray("second"));

        const Result quiet = m_kit.lbpayload({QStringLiteral("export-tar"), QStringLiteral("--quiet"),
            QStringLiteral("--force"), QStringLiteral("dup.img"), QStringLiteral("-o"), QStringLiteral("dup.tar")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains("stored again"), quiet.err.constData());
    }

    void exportTarErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no -o") << QStringList {QStringLiteral("goodonly.img")} << 2 << QByteArray("-o OUT is required");
        QTest::newRow("bad suffix") << QStringList {QStringLiteral("goodonly.img"), QStringLiteral("-o"),
                                           QStringLiteral("x.zip")}
                                    << 2 << QByteArray("x.zip: the name must end in .tar");
        QTest::newRow("unknown name") << QStringList {QStringLiteral("goodonly.img"), QStringLiteral("-o"),
                                             QStringLiteral("x.tar"), QStringLiteral("nope")}
                                      << 2 << QByteArray("no entry named \"nope\"");
        QTest::newRow("missing image") << QStringList {QStringLiteral("nothere.img"), QStringLiteral("-o"),
                                              QStringLiteral("x.tar")}
                                       << 3 << QByteArray("nothere.img");
        QTest::newRow("bad mtime") << QStringList {QStringLiteral("goodonly.img"), QStringLiteral("-o"),
                                          QStringLiteral("x.tar"), QStringLiteral("--mtime"), QStringLiteral("soon")}
                                   << 2 << QByteArray("--mtime needs seconds");
        QTest::newRow("onto the image") << QStringList {QStringLiteral("image.tar"), QStringLiteral("-o"),
                                               QStringLiteral("image.tar"), QStringLiteral("--force")}
                                        << 2 << QByteArray("cannot be the same file");
    }

    void exportTarErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        // An image named like a tar: told by its magic, and not to be overwritten
        // by its own export.
        QVERIFY(QFile::copy(m_kit.path(QStringLiteral("goodonly.img")), m_kit.path(QStringLiteral("image.tar"))) ||
            QFileInfo::exists(m_kit.path(QStringLiteral("image.tar"))));
        const QByteArray image = readFile(m_kit.path(QStringLiteral("image.tar")));
        const Result r = m_kit.lbpayload(QStringList {QStringLiteral("export-tar")} + arguments);
        QCOMPARE(readFile(m_kit.path(QStringLiteral("image.tar"))), image);
        QVERIFY2(r.exitCode == exitCode, CliArchiveFixture::diagnostic(r).constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_kit.path(QStringLiteral("x.tar"))));
    }
};

QTEST_GUILESS_MAIN(TestCliExportTar)
#include "tst_cli_export_tar.moc"
