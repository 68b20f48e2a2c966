// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutFixture.h"
#include "CliTestSupport.h"
#include "LocalHttpServer.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace CliTest;

// lbpayload fetch against a LocalHttpServer on 127.0.0.1: mirrors tried first and in order, a
// 404, wrong bytes and a stalled transfer each passed over for the next URL, redirects
// followed, Ctrl-C; never a half-downloaded or unverified file under a distfile's name, and
// no temporary file left behind.
class TestCliFetch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cacheHome;
    LocalHttpServer m_server;
    int m_round = 0;

    // A checkout with one build step before the split (first image) and one after (external
    // image), each with one distfile served from the test server under /src/<round>/.
    struct Checkout
    {
        QTemporaryDir dir;
        CheckoutFixture fixture {dir.path() + QStringLiteral("/lb")};
        QString prefix; // "/src/<round>", so that each test has its own hit counts
        QString root() const { return fixture.root(); }
    };
    static QByteArray contentOf(const QString &name) { return CheckoutFixture::contentOf(name); }
    // first.tar.gz (first image), second.tar.xz and third.txt (external image).
    void write(Checkout &c)
    {
        c.prefix = QStringLiteral("/src/%1").arg(++m_round);
        c.fixture.setManifest("build: one\nimprove: import_payload\nbuild: two\n");
        const auto line = [&](const QString &name) {
            return "f " + m_server.url(c.prefix + QLatin1Char('/') + name).toUtf8() + ' ' +
                CheckoutFixture::sha256(contentOf(name)) + '\n';
        };
        c.fixture.setSources(QStringLiteral("one"), line(QStringLiteral("first.tar.gz")));
        c.fixture.setSources(
            QStringLiteral("two"), line(QStringLiteral("second.tar.xz")) + line(QStringLiteral("third.txt")));
    }
    static QStringList names()
    {
        return {QStringLiteral("first.tar.gz"), QStringLiteral("second.tar.xz"), QStringLiteral("third.txt")};
    }
    // Every distfile present, right, and nothing else in the folder.
    static void verifyComplete(const Checkout &c)
    {
        QCOMPARE(listFolder(c.fixture.distfilesDir()), names());
        for (const QString &name : names())
            QCOMPARE(readFile(c.fixture.distfile(name)), contentOf(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_cacheHome.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cacheHome.path()));
        // The test server is local: no proxy must stand in between.
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
        QVERIFY(m_server.start());
    }

    void fetchFromOwnUrls()
    {
        Checkout c;
        write(c);
        for (const QString &name : names())
            m_server.serve(c.prefix + QLatin1Char('/') + name, contentOf(name));
        const Result r = run({QStringLiteral("fetch"), c.root()});
        QVERIFY2(r.exitCode == 0, r.err);
        verifyComplete(c);
        for (const QString &name : names())
            QVERIFY2(r.out.contains(QByteArray(name.toUtf8() + ": OK")), r.out);
        // Nothing left to do: nothing is requested again.
        const Result again = run({QStringLiteral("fetch"), c.root()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.isEmpty());
        for (const QString &name : names())
            QCOMPARE(m_server.hits(c.prefix + QLatin1Char('/') + name), 1);
        QCOMPARE(run({QStringLiteral("plan"), c.root()}).exitCode, 0);
    }

    // The mirror has nothing (404), the distfile's own URL has it.
    void mirror404ThenUrl()
    {
        Checkout c;
        write(c);
        for (const QString &name : names())
            m_server.serve(c.prefix + QLatin1Char('/') + name, contentOf(name));
        const QString mirror = m_server.url(QStringLiteral("/empty-mirror/%1").arg(m_round));
        const Result r = run({QStringLiteral("fetch"), QStringLiteral("--mirror"), mirror, c.root()});
        QVERIFY2(r.exitCode == 0, r.err);
        verifyComplete(c);
        for (const QString &name : names()) {
            QCOMPARE(m_server.hits(QStringLiteral("/empty-mirror/%1/").arg(m_round) + name), 1);
            QCOMPARE(m_server.hits(c.prefix + QLatin1Char('/') + name), 1);
        }
    }

    // The first mirror serves other bytes: they never take the name; the second one is right.
    void wrongBytesThenNextMirror()
    {
        Checkout c;
        write(c);
        const QString bad = QStringLiteral("/bad/%1").arg(m_round), good = QStringLiteral("/good/%1").arg(m_round);
        for (const QString &name : names()) {
            m_server.serve(bad + QLatin1Char('/') + name, "not the distfile\n");
            m_server.serve(good + QLatin1Char('/') + name, contentOf(name));
        }
        const Result r = run({QStringLiteral("fetch"), QStringLiteral("--jobs"), QStringLiteral("1"),
            QStringLiteral("--mirror"), m_server.url(bad), QStringLiteral("--mirror"), m_server.url(good), c.root()});
        QVERIFY2(r.exitCode == 0, r.err);
        verifyComplete(c);
        for (const QString &name : names()) {
            QCOMPARE(m_server.hits(bad + QLatin1Char('/') + name), 1);
            QCOMPARE(m_server.hits(good + QLatin1Char('/') + name), 1);
            QCOMPARE(m_server.hits(c.prefix + QLatin1Char('/') + name), 0);
        }
    }

    void redirect()
    {
        Checkout c;
        write(c);
        for (const QString &name : names()) {
            m_server.redirect(
                c.prefix + QLatin1Char('/') + name, m_server.url(QStringLiteral("/moved%1/").arg(m_round) + name), 301);
            m_server.redirect(
                QStringLiteral("/moved%1/").arg(m_round) + name, QStringLiteral("/final%1/").arg(m_round) + name);
            m_server.serve(QStringLiteral("/final%1/").arg(m_round) + name, contentOf(name));
        }
        const Result r = run({QStringLiteral("fetch"), c.root()});
        QVERIFY2(r.exitCode == 0, r.err);
        verifyComplete(c);
    }

    // Nothing works: the wrong file stays as it was, the missing ones stay missing, and no
    // temporary file is left.
    void everythingFails()
    {
        Checkout c;
        write(c);
        QVERIFY(writeFile(c.fixture.distfile(QStringLiteral("second.tar.xz")), "old, wrong\n"));
        QVERIFY(writeFile(c.fixture.distfile(QStringLiteral("notes.txt")), "extra\n"));
        const QString bad = QStringLiteral("/bad-only/%1").arg(m_round);
        for (const QString &name : names()) {
            m_server.serve(bad + QLatin1Char('/') + name, QByteArray(contentOf(name).size(), 'x'));
            m_server.fail(c.prefix + QLatin1Char('/') + name, 500);
        }
        const Result r = run({QStringLiteral("fetch"), QStringLiteral("--mirror"), m_server.url(bad), c.root()});
        QCOMPARE(r.exitCode, 1);
        for (const QString &name : names()) {
            QVERIFY2(r.out.contains(QByteArray(name.toUtf8() + ": FAILED")), r.out);
            QVERIFY2(r.err.contains(m_server.url(c.prefix + QLatin1Char('/') + name).toUtf8()), r.err);
        }
        QCOMPARE(listFolder(c.fixture.distfilesDir()),
            (QStringList {QStringLiteral("notes.txt"), QStringLiteral("second.tar.xz")}));
        QCOMPARE(readFile(c.fixture.distfile(QStringLiteral("second.tar.xz"))), QByteArray("old, wrong\n"));
        QCOMPARE(run({QStringLiteral("plan"), c.root()}).exitCode, 1);
    }

    // A mirror that sends part of the file and then nothing is given up after --timeout.
    void stalledMirrorTimesOut()
    {
        Checkout c;
        write(c);
        const QString slow = QStringLiteral("/slow/%1").arg(m_round);
        for (const QString &name : names()) {
            m_server.stall(slow + QLatin1Char('/') + name, contentOf(name).left(100), contentOf(name).size());
            m_server.serve(c.prefix + QLatin1Char('/') + name, contentOf(name));
        }
        const Result r = run({QStringLiteral("fetch"), QStringLiteral("--timeout"), QStringLiteral("1"),
            QStringLiteral("--mirror"), m_server.url(slow), c.root()});
        QVERIFY2(r.exitCode == 0, r.err);
        verifyComplete(c);
        for (const QString &name : names())
            QCOMPARE(m_server.hits(slow + QLatin1Char('/') + name), 1);
    }

    // Ctrl-C during a stalled transfer: exit 130, no temporary file, no distfile.
    void interrupted()
    {
        Checkout c;
        write(c);
        for (const QString &name : names())
            m_server.stall(c.prefix + QLatin1Char('/') + name, contentOf(name).left(100), contentOf(name).size());
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(
            binary(), {QStringLiteral("fetch"), QStringLiteral("--timeout"), QStringLiteral("600"), c.root()});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.hits(c.prefix + QStringLiteral("/third.txt")) == 1 &&
                m_server.hits(c.prefix + QStringLiteral("/first.tar.gz")) == 1,
            30000);
        QTest::qWait(300); // the first bytes are written to the temporary files
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QCOMPARE(listFolder(c.fixture.distfilesDir()), QStringList {});
    }

    // A `_` URL can only come from a mirror.
    void noUrl()
    {
        Checkout c;
        write(c);
        for (const QString &name : names())
            m_server.serve(c.prefix + QLatin1Char('/') + name, contentOf(name));
        c.fixture.setSources(QStringLiteral("two"),
            "g https://git.example.org/x.git~abc _ " +
                CheckoutFixture::sha256(contentOf(QStringLiteral("snap.tar.gz"))) + " snap.tar.gz\n");
        Result r = run({QStringLiteral("fetch"), c.root()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("snap.tar.gz: no URL"), r.err);
        QCOMPARE(listFolder(c.fixture.distfilesDir()), QStringList {QStringLiteral("first.tar.gz")});
        const QString mirror = QStringLiteral("/snap-mirror/%1").arg(m_round);
        m_server.serve(mirror + QStringLiteral("/snap.tar.gz"), contentOf(QStringLiteral("snap.tar.gz")));
        r = run({QStringLiteral("fetch"), QStringLiteral("--mirror"), m_server.url(mirror), c.root()});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(listFolder(c.fixture.distfilesDir()),
            (QStringList {QStringLiteral("first.tar.gz"), QStringLiteral("snap.tar.gz")}));
    }

    void malformedCheckout()
    {
        QTemporaryDir dir;
        const Result r = run({QStringLiteral("fetch"), dir.path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("steps/manifest"));
    }
};

QTEST_GUILESS_MAIN(TestCliFetch)
#include "tst_cli_fetch.moc"
