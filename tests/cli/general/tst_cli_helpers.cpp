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

// lbpayload hands some commands to helper programs, so that only they load what those commands
// need: fetch to lbpayload-fetch (Qt Network), inspect, test, export-tar and create --from-tar
// to lbpayload-archive (KArchive). lbpayload must find each where the build (or the package)
// put it, must answer what it can itself (usage errors of fetch and create), and must name the
// file it looked for when a helper is not there.
class TestCliHelpers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_lonely; // a copy of lbpayload with no helpers beside it

    static QString helperPath(const QString &binDir, const QString &helper)
    {
        return QDir::cleanPath(binDir + u"/"_s + QStringLiteral(PAYLOAD_STUDIO_HELPER_DIR) + u"/"_s + helper);
    }

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
        QVERIFY(writeFile(m_dir.filePath(u"a.txt"_s), "a\n"));
    }

    void helpersLoadWhatTheyNeed_data()
    {
        QTest::addColumn<QString>("helper");
        QTest::addColumn<QByteArray>("library");
        QTest::newRow("fetch") << u"lbpayload-fetch"_s << QByteArray("libQt6Network.so");
        QTest::newRow("archive") << u"lbpayload-archive"_s << QByteArray("libKF6Archive.so");
    }

    // And lbpayload does not (tst_cli_startup).
    void helpersLoadWhatTheyNeed()
    {
        QFETCH(QString, helper);
        QFETCH(QByteArray, library);
        const QByteArray loaded = loadedLibraries(helperPath(QFileInfo(binary()).path(), helper));
        QVERIFY2(loaded.contains(library), loaded.constData());
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
        QTest::newRow("fetch, no checkout") << QStringList {u"fetch"_s} << 2 << QByteArray("missing argument") << false;
        QTest::newRow("bad mirror") << QStringList {u"fetch"_s, u"--mirror"_s, u"file:///x"_s, u"lb"_s} << 2
                                    << QByteArray("--mirror") << false;
        QTest::newRow("create --from-tar with inputs")
            << QStringList {u"create"_s, u"-o"_s, u"x.img"_s, u"--from-tar"_s, u"t.tar"_s, u"a.txt"_s} << 2
            << QByteArray("--from-tar takes no other inputs") << false;
        QTest::newRow("help create") << QStringList {u"help"_s, u"create"_s} << 0 << QByteArray("--from-tar") << true;
        QTest::newRow("create from files")
            << QStringList {u"create"_s, u"-q"_s, u"-o"_s, u"x.img"_s, u"a.txt"_s} << 0 << QByteArray() << true;
        QTest::newRow("the list of commands") << QStringList {u"help"_s} << 0 << QByteArray("export-tar") << true;
    }

    // What lbpayload can answer on its own it answers without starting a helper, so these work
    // from a copy that has none.
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

    void missingHelperIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("helper");
        QTest::newRow("fetch") << QStringList {u"fetch"_s, u"lb"_s} << u"lbpayload-fetch"_s;
        QTest::newRow("inspect") << QStringList {u"inspect"_s, u"a.txt"_s} << u"lbpayload-archive"_s;
        QTest::newRow("test") << QStringList {u"test"_s, u"a.txt"_s} << u"lbpayload-archive"_s;
        QTest::newRow("export-tar") << QStringList {u"export-tar"_s, u"x.img"_s} << u"lbpayload-archive"_s;
        QTest::newRow("help inspect") << QStringList {u"help"_s, u"inspect"_s} << u"lbpayload-archive"_s;
        QTest::newRow("create --from-tar")
            << QStringList {u"create"_s, u"-o"_s, u"y.img"_s, u"--from-tar"_s, u"t.tar"_s} << u"lbpayload-archive"_s;
    }

    void missingHelperIsNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, helper);
        const Result r = runProgram(m_lonely, arguments, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(QString::fromLocal8Bit(r.errLines().constFirst()),
            u"lbpayload: cannot start the helper program %1: No such file or directory"_s.arg(
                helperPath(m_dir.filePath(u"bin"_s), helper)));
    }

    void handedToTheHelper_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("onStdout");
        // An unreadable checkout is the helper's error (3), said as lbpayload.
        QTest::newRow("fetch") << QStringList {u"fetch"_s, u"no-checkout"_s} << 3 << QByteArray("lbpayload") << false;
        QTest::newRow("help inspect") << QStringList {u"help"_s, u"inspect"_s} << 0 << QByteArray("--json") << true;
        QTest::newRow("inspect --help") << QStringList {u"inspect"_s, u"--help"_s} << 0 << QByteArray("--json") << true;
        QTest::newRow("inspect") << QStringList {u"inspect"_s, u"a.txt"_s} << 0 << QByteArray("a.txt") << true;
        QTest::newRow("inspect, bad option")
            << QStringList {u"inspect"_s, u"--no-such-option"_s, u"a.txt"_s} << 2 << QByteArray("lbpayload") << false;
    }

    void handedToTheHelper()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        QFETCH(bool, onStdout);
        const Result r = run(arguments, RunOptions(m_dir.path()));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((onStdout ? r.out : r.err).contains(expected), QByteArray(r.out + r.err).constData());
        QVERIFY2(!r.err.contains("helper program"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHelpers)
#include "tst_cli_helpers.moc"
