// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;
using namespace Qt::StringLiterals;

// What lbpayload loads when it starts: every shared library costs every command, `--version`
// included. Qt Network (with libproxy, curl, GnuTLS ...) is its fetch helper's, KArchive (with
// libbz2 and liblzma) its archive helper's (tst_cli_helpers), libcrypto is opened on the first
// digest, and the GUI's libraries are the GUI's.
class TestCliStartup : public QObject
{
    Q_OBJECT

private:
    QByteArray m_libraries;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        // The dynamic loader lists what it maps for the program, without running it.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LD_TRACE_LOADED_OBJECTS"_s, u"1"_s);
        p.setProcessEnvironment(env);
        p.start(binary(), {});
        QVERIFY(p.waitForFinished(30000));
        m_libraries = p.readAllStandardOutput();
    }

    void libraries_data()
    {
        QTest::addColumn<QByteArray>("library");
        QTest::addColumn<bool>("loaded");
        QTest::newRow("Qt Core") << QByteArray("libQt6Core.so") << true;
        QTest::newRow("KArchive") << QByteArray("libKF6Archive.so") << false;
        QTest::newRow("libcrypto") << QByteArray("libcrypto.so") << false;
        QTest::newRow("libbz2") << QByteArray("libbz2.so") << false;
        QTest::newRow("liblzma") << QByteArray("liblzma.so") << false;
        QTest::newRow("Qt Network") << QByteArray("libQt6Network.so") << false;
        QTest::newRow("libproxy") << QByteArray("libproxy.so") << false;
        QTest::newRow("Qt Gui") << QByteArray("libQt6Gui.so") << false;
        QTest::newRow("Qt Widgets") << QByteArray("libQt6Widgets.so") << false;
    }

    void libraries()
    {
        QFETCH(QByteArray, library);
        QFETCH(bool, loaded);
        QVERIFY2(m_libraries.contains(library) == loaded, m_libraries.constData());
    }

    // A digest opens libcrypto in the middle of a run, and comes out right.
    void hashingOpensLibcrypto()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), "abc"));
        const Result created =
            run({u"create"_s, u"-q"_s, u"-o"_s, dir.filePath(u"x.img"_s), u"--manifest"_s, dir.filePath(u"x.sha256"_s),
                    u"--manifest-format"_s, u"sha256"_s, dir.filePath(u"a.txt"_s)},
                RunOptions(dir.path()));
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(readFile(dir.filePath(u"x.sha256"_s))
                     .startsWith("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            readFile(dir.filePath(u"x.sha256"_s)).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliStartup)
#include "tst_cli_startup.moc"
