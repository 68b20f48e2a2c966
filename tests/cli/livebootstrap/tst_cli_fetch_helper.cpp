// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;
using namespace Qt::StringLiterals;

// lbpayload hands `fetch` to its helper lbpayload-fetch, the one program that loads Qt Network:
// lbpayload must find the helper where the build (or the package)
// put it, must answer usage errors and help itself, and must say plainly which file it looked
// for when the helper is not there.
class TestCliFetchHelper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_lonely; // a copy of lbpayload with no helper beside it

    // The shared libraries the dynamic loader maps for `program`, without running it.
    static QByteArray loadedLibraries(const QString &program)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LD_TRACE_LOADED_OBJECTS"_s, u"1"_s);
        p.setProcessEnvironment(env);
        p.start(program, {});
        if (!p.waitForFinished(30000))
            return {};
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"bin"_s)));
        m_lonely = m_dir.filePath(u"bin/lbpayload"_s);
        QVERIFY(QFile::copy(binary(), m_lonely));
    }

    // lbpayload itself does not (tst_cli_startup).
    void helperLoadsQtNetwork()
    {
        const QByteArray helper = loadedLibraries(
            QFileInfo(binary()).dir().filePath(QStringLiteral(PAYLOAD_STUDIO_HELPER_DIR "/lbpayload-fetch")));
        QVERIFY2(helper.contains("libQt6Network"), helper.constData());
    }

    void answeredWithoutTheHelper_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("onStdout");
        QTest::newRow("help fetch") << QStringList {u"help"_s, u"fetch"_s} << 0 << QByteArray("--mirror") << true;
        QTest::newRow("fetch --help") << QStringList {u"fetch"_s, u"--help"_s} << 0 << QByteArray("--jobs") << true;
        QTest::newRow("bad --jobs") << QStringList {u"fetch"_s, u"--jobs"_s, u"0"_s, u"lb"_s} << 2
                                    << QByteArray("--jobs needs a number from 1 to 64") << false;
        QTest::newRow("bad --timeout") << QStringList {u"fetch"_s, u"--timeout"_s, u"soon"_s, u"lb"_s} << 2
                                       << QByteArray("--timeout needs a number of seconds") << false;
        QTest::newRow("no checkout") << QStringList {u"fetch"_s} << 2 << QByteArray("missing argument") << false;
        QTest::newRow("bad mirror") << QStringList {u"fetch"_s, u"--mirror"_s, u"file:///x"_s, u"lb"_s} << 2
                                    << QByteArray("--mirror") << false;
    }

    // What lbpayload can answer on its own it answers without starting the helper, so these
    // work from a copy that has none.
    void answeredWithoutTheHelper()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        QFETCH(bool, onStdout);
        const Result r = runProgram(m_lonely, arguments, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((onStdout ? r.out : r.err).contains(expected), r.err.constData());
        QVERIFY2(!r.err.contains("helper program"), r.err.constData());
    }

    void missingHelperIsNamed()
    {
        const Result r = runProgram(m_lonely, {u"fetch"_s, m_dir.filePath(u"lb"_s)}, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, 3);
        const QString expected = QDir::cleanPath(
            m_dir.filePath(u"bin/"_s + QStringLiteral(PAYLOAD_STUDIO_HELPER_DIR) + u"/lbpayload-fetch"_s));
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(QString::fromLocal8Bit(r.errLines().constFirst()),
            u"lbpayload: cannot start the helper program %1: No such file or directory"_s.arg(expected));
    }

    // With its helper, lbpayload fetch is the helper's: an unreadable checkout is its error (3),
    // said as lbpayload.
    void handedToTheHelper()
    {
        const Result r = run({u"fetch"_s, m_dir.filePath(u"no-checkout"_s)}, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(!r.err.contains("helper program"), r.err.constData());
        QVERIFY2(r.err.startsWith("lbpayload"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFetchHelper)
#include "tst_cli_fetch_helper.moc"
