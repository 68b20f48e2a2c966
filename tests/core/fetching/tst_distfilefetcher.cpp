// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// The fetcher against a server of the test's own on 127.0.0.1: it moves on from a 404, wrong
// bytes and a stalled transfer, follows redirects, can be canceled, and never lets anything
// but a verified file take a distfile's name.
#include "CheckoutFixture.h"
#include "DistfileFetcher.h"
#include "FileIdentity.h"
#include "HashCache.h"
#include "LocalHttpServer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Good = QByteArray("the real distfile\n").repeated(5000);

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Everything in the folder, hidden files included: no temporary file may be left.
QStringList everything(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

class TestDistfileFetcher : public QObject
{
    Q_OBJECT

    LocalHttpServer m_server;

    FetchItem item(const QStringList &paths, const QString &name = u"pkg-1.0.tar.gz"_s)
    {
        FetchItem i;
        i.index = 7;
        i.fileName = name;
        i.sha256 = CheckoutFixture::sha256(Good);
        for (const QString &p : paths)
            i.urls << (p.startsWith(u"http"_s) ? p : m_server.url(p));
        return i;
    }

    // Runs `fetcher` over `items` into `dir` until finished().
    static bool run(DistfileFetcher &fetcher, const QList<FetchItem> &items, const QString &dir)
    {
        QSignalSpy finished(&fetcher, &DistfileFetcher::finished);
        fetcher.start(items, dir);
        return finished.size() == 1 || finished.wait(20000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void movesOnUntilASourceDeliversTheRightBytes_data()
    {
        QTest::addColumn<QString>("firstRoute"); // what the first URL does
        QTest::addColumn<QString>("failurePart");
        QTest::newRow("404") << u"404"_s << u"404"_s;
        QTest::newRow("500") << u"500"_s << u"500"_s;
        QTest::newRow("wrong bytes") << u"wrong"_s << u"SHA-256"_s;
        QTest::newRow("refused connection") << u"refused"_s << u"refused"_s;
    }
    void movesOnUntilASourceDeliversTheRightBytes()
    {
        QFETCH(QString, firstRoute);
        QFETCH(QString, failurePart);
        QTemporaryDir dir;
        const QString first = u"/mirror-"_s + firstRoute + u"/pkg-1.0.tar.gz"_s;
        if (firstRoute == u"wrong"_s)
            m_server.serve(first, "<html>Not Found</html>");
        else if (firstRoute != u"404"_s && firstRoute != u"refused"_s)
            m_server.fail(first, firstRoute.toInt());
        m_server.serve(u"/upstream/pkg-1.0.tar.gz"_s, Good);
        const QString firstUrl =
            firstRoute == u"refused"_s ? u"http://127.0.0.1:1/pkg-1.0.tar.gz"_s : m_server.url(first);

        DistfileFetcher fetcher;
        QVERIFY(run(fetcher, {item({firstUrl, u"/upstream/pkg-1.0.tar.gz"_s})}, dir.path()));
        QVERIFY(fetcher.allOk());
        const FetchOutcome outcome = fetcher.outcomes().value(7);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.url, m_server.url(u"/upstream/pkg-1.0.tar.gz"_s));
        QCOMPARE(outcome.failures.size(), 1);
        QVERIFY2(outcome.failures.constFirst().contains(failurePart, Qt::CaseInsensitive),
            qPrintable(outcome.failures.constFirst()));
        QCOMPARE(readAll(dir.filePath(u"pkg-1.0.tar.gz"_s)), Good);
        QCOMPARE(everything(dir.path()), QStringList {u"pkg-1.0.tar.gz"_s});
    }

    void followsRedirects()
    {
        QTemporaryDir dir;
        m_server.redirect(u"/old/pkg-1.0.tar.gz"_s, m_server.url(u"/moved/pkg-1.0.tar.gz"_s), 301);
        m_server.redirect(u"/moved/pkg-1.0.tar.gz"_s, u"/final/pkg-1.0.tar.gz"_s, 302);
        m_server.serve(u"/final/pkg-1.0.tar.gz"_s, Good);
        DistfileFetcher fetcher;
        QVERIFY(run(fetcher, {item({u"/old/pkg-1.0.tar.gz"_s})}, dir.path()));
        QVERIFY(fetcher.allOk());
        QCOMPARE(readAll(dir.filePath(u"pkg-1.0.tar.gz"_s)), Good);
    }

    void aWrongFileIsReplacedOnlyByAVerifiedOne()
    {
        QTemporaryDir dir;
        CheckoutFixture::sha256(Good);
        QFile wrong(dir.filePath(u"pkg-1.0.tar.gz"_s));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("old wrong bytes");
        wrong.close();
        m_server.serve(u"/bad/pkg-1.0.tar.gz"_s, "other wrong bytes");
        DistfileFetcher fetcher;
        QVERIFY(run(fetcher, {item({u"/bad/pkg-1.0.tar.gz"_s, u"/nothing-here"_s})}, dir.path()));
        QVERIFY(!fetcher.allOk());
        QCOMPARE(fetcher.outcomes().value(7).failures.size(), 2);
        QCOMPARE(readAll(dir.filePath(u"pkg-1.0.tar.gz"_s)), QByteArray("old wrong bytes"));
        QCOMPARE(everything(dir.path()), QStringList {u"pkg-1.0.tar.gz"_s});

        m_server.serve(u"/good/pkg-1.0.tar.gz"_s, Good);
        DistfileFetcher again;
        QVERIFY(run(again, {item({u"/good/pkg-1.0.tar.gz"_s})}, dir.path()));
        QVERIFY(again.allOk());
        QCOMPARE(readAll(dir.filePath(u"pkg-1.0.tar.gz"_s)), Good);
    }

    void aStalledTransferMovesOnAfterTheTimeout()
    {
        QTemporaryDir dir;
        m_server.stall(u"/slow/pkg-1.0.tar.gz"_s, Good.left(100), Good.size());
        m_server.serve(u"/fast/pkg-1.0.tar.gz"_s, Good);
        DistfileFetcher fetcher;
        fetcher.setStallTimeout(300);
        QVERIFY(run(fetcher, {item({u"/slow/pkg-1.0.tar.gz"_s, u"/fast/pkg-1.0.tar.gz"_s})}, dir.path()));
        QVERIFY(fetcher.allOk());
        QCOMPARE(fetcher.outcomes().value(7).failures.size(), 1);
        QCOMPARE(readAll(dir.filePath(u"pkg-1.0.tar.gz"_s)), Good);
    }

    void cancelLeavesNothingBehind()
    {
        QTemporaryDir dir;
        m_server.stall(u"/stall/pkg-1.0.tar.gz"_s, Good.left(1000), Good.size());
        DistfileFetcher fetcher;
        QSignalSpy started(&fetcher, &DistfileFetcher::itemStarted);
        QSignalSpy progress(&fetcher, &DistfileFetcher::progress);
        QSignalSpy finished(&fetcher, &DistfileFetcher::finished);
        fetcher.start({item({u"/stall/pkg-1.0.tar.gz"_s})}, dir.path());
        QVERIFY(fetcher.isRunning());
        // The first bytes arrived and sit in a temporary file.
        QTRY_VERIFY(!progress.isEmpty() && progress.constLast().at(2).toLongLong() == 1000);
        // Nothing has the distfile's name while it downloads (the temporary file may even be
        // unnamed, with O_TMPFILE).
        QVERIFY(!QFile::exists(dir.filePath(u"pkg-1.0.tar.gz"_s)));
        QCOMPARE(started.size(), 1);
        fetcher.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(fetcher.wasCanceled());
        QVERIFY(!fetcher.allOk());
        QVERIFY(!fetcher.isRunning());
        QCOMPARE(everything(dir.path()), QStringList());
    }

    void severalAtOnceAndTheCacheLearnsEachFile()
    {
        QTemporaryDir dir;
        HashCache cache(dir.filePath(u"cache"_s));
        QList<FetchItem> items;
        for (int i = 0; i < 6; ++i) {
            const QString name = u"many-%1.tar.gz"_s.arg(i);
            m_server.serve(u"/many/"_s + name, Good);
            FetchItem it = item({u"/many/"_s + name}, name);
            it.index = i;
            items << it;
        }
        QDir().mkpath(dir.filePath(u"d"_s));
        DistfileFetcher fetcher;
        fetcher.setParallel(3);
        fetcher.setCache(&cache);
        QSignalSpy overall(&fetcher, &DistfileFetcher::progress);
        QVERIFY(run(fetcher, items, dir.filePath(u"d"_s)));
        QVERIFY(fetcher.allOk());
        QCOMPARE(fetcher.outcomes().size(), 6);
        QCOMPARE(overall.constLast().at(0).toInt(), 6);
        QCOMPARE(overall.constLast().at(1).toInt(), 6);
        QCOMPARE(overall.constLast().at(2).toLongLong(), 6 * Good.size());
        QCOMPARE(cache.size(), 6);
        const std::optional<FileIdentity> id = FileIdentity::ofPath(dir.filePath(u"d/many-3.tar.gz"_s));
        QVERIFY(id);
        QCOMPARE(cache.lookup(*id).value_or(QByteArray()), CheckoutFixture::sha256(Good));
    }

    void noUrlIsAFailureAtOnce()
    {
        QTemporaryDir dir;
        DistfileFetcher fetcher;
        QVERIFY(run(fetcher, {item({})}, dir.path()));
        QVERIFY(!fetcher.allOk());
        QCOMPARE(everything(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDistfileFetcher)
#include "tst_distfilefetcher.moc"
