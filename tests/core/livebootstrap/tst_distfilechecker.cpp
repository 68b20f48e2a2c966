// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// Checking a distfiles folder against the plan: every state a distfile can be in, the extra
// files, the hash cache's part, progress and cancel.
#include "Checkout.h"
#include "CheckoutFixture.h"
#include "DistfileChecker.h"
#include "DistfilePlan.h"
#include "HashCache.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

#include <atomic>
#include <unistd.h>

using State = DistfileCheck::State;

class TestDistfileChecker : public QObject
{
    Q_OBJECT

    // A standard checkout in a fresh folder, planned at import_payload.
    struct Setup
    {
        QTemporaryDir dir;
        CheckoutFixture fixture {dir.path()};
        DistfilePlan plan;
        Setup()
        {
            fixture.writeStandard();
            Checkout checkout;
            // A fixture that does not load fails the test where it fails, with the reason.
            if (!checkout.load(dir.path()))
                qFatal("fixture checkout does not load: %s", qPrintable(checkout.error()));
            if (!plan.build(checkout))
                qFatal("fixture plan does not build: %s", qPrintable(plan.errors().join(QLatin1Char('\n'))));
        }
        int indexOf(const QString &name) const
        {
            const QList<PlannedDistfile> all = plan.all();
            for (int i = 0; i < all.size(); ++i)
                if (all.at(i).fileName == name)
                    return i;
            return -1;
        }
    };

private Q_SLOTS:
    void everyStateOfADistfile_data()
    {
        QTest::addColumn<QString>("change"); // what the test does to gamma-3.tar.gz
        QTest::addColumn<int>("state");
        QTest::newRow("untouched") << "none" << int(State::Ok);
        QTest::newRow("other bytes") << "rewrite" << int(State::WrongChecksum);
        QTest::newRow("removed") << "remove" << int(State::Missing);
        QTest::newRow("a folder") << "folder" << int(State::NotRegular);
        QTest::newRow("dangling link") << "dangling" << int(State::Missing);
        QTest::newRow("link to the file") << "link" << int(State::Ok);
        QTest::newRow("no permission") << "chmod" << int(State::Unreadable);
    }
    void everyStateOfADistfile()
    {
        QFETCH(QString, change);
        QFETCH(int, state);
        Setup s;
        const QString path = s.fixture.distfile(QStringLiteral("gamma-3.tar.gz"));
        const QString elsewhere = s.dir.filePath(QStringLiteral("elsewhere"));
        if (change == QLatin1String("rewrite")) {
            s.fixture.addDistfile(QStringLiteral("gamma-3.tar.gz"), "something else");
        } else if (change == QLatin1String("remove")) {
            QVERIFY(QFile::remove(path));
        } else if (change == QLatin1String("folder")) {
            QVERIFY(QFile::remove(path));
            QVERIFY(QDir().mkdir(path));
        } else if (change == QLatin1String("dangling")) {
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::link(elsewhere, path));
        } else if (change == QLatin1String("link")) {
            QVERIFY(QFile::rename(path, elsewhere));
            QVERIFY(QFile::link(elsewhere, path));
        } else if (change == QLatin1String("chmod")) {
            if (::geteuid() == 0)
                QSKIP("root reads any file");
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        }
        const DistfileCheckReport report =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), nullptr, DistfileChecker::Mode::Hash);
        const int row = s.indexOf(QStringLiteral("gamma-3.tar.gz"));
        const DistfileCheck &check = report.checks.at(row);
        QCOMPARE(int(check.state), state);
        QCOMPARE(check.path, path);
        if (check.state == State::WrongChecksum) {
            QCOMPARE(check.actualSha256, CheckoutFixture::sha256("something else"));
            QCOMPARE(check.size, 14);
        }
        if (check.state == State::Unreadable)
            QVERIFY(!check.detail.isEmpty());
        // Every other distfile is unaffected.
        QCOMPARE(report.count(State::Ok), state == int(State::Ok) ? 6 : 5);
        QVERIFY(!report.canceled);
    }

    void extraFilesAreListedButNotHiddenOrPartialOnes()
    {
        Setup s;
        s.fixture.addDistfile(QStringLiteral("unused-1.0.tar.gz"), "x");
        s.fixture.addDistfile(QStringLiteral(".hidden"), "x");
        s.fixture.addDistfile(QStringLiteral(".zeta-6.txt.a1b2c3.part"), "x");
        QVERIFY(QDir().mkdir(s.fixture.distfile(QStringLiteral("a-folder"))));
        const DistfileCheckReport report =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), nullptr, DistfileChecker::Mode::StatOnly);
        QCOMPARE(report.extraFiles, QStringList {u"unused-1.0.tar.gz"_s});
    }

    void statOnlyReadsNothing()
    {
        Setup s;
        const DistfileCheckReport report =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), nullptr, DistfileChecker::Mode::StatOnly);
        QCOMPARE(report.count(State::Present), 6);
        QCOMPARE(report.bytesHashed, 0);
        QCOMPARE(
            report.checks.constFirst().size, CheckoutFixture::contentOf(QStringLiteral("alpha-1.0.tar.gz")).size());
    }

    void theCacheMakesASecondCheckReadNothing()
    {
        Setup s;
        HashCache cache(s.dir.filePath(QStringLiteral("cache")));
        const DistfileCheckReport first =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), &cache, DistfileChecker::Mode::Hash);
        QCOMPARE(first.count(State::Ok), 6);
        QVERIFY(first.bytesHashed > 0);
        QCOMPARE(first.cacheHits, 0);
        QCOMPARE(cache.size(), 6);

        const DistfileCheckReport second =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), &cache, DistfileChecker::Mode::Hash);
        QCOMPARE(second.count(State::Ok), 6);
        QCOMPARE(second.bytesHashed, 0);
        QCOMPARE(second.cacheHits, 6);
        QVERIFY(second.checks.constFirst().fromCache);

        // A rewritten file is read again, and its new digest judged.
        QTest::qWait(10);
        s.fixture.addDistfile(QStringLiteral("zeta-6.txt"), "new bytes");
        const DistfileCheckReport third =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), &cache, DistfileChecker::Mode::Hash);
        QCOMPARE(third.cacheHits, 5);
        QCOMPARE(third.bytesHashed, 9);
        QCOMPARE(third.checks.at(s.indexOf(QStringLiteral("zeta-6.txt"))).state, State::WrongChecksum);
        // A wrong digest from the cache is still wrong.
        const DistfileCheckReport fourth =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), &cache, DistfileChecker::Mode::StatOnly);
        QCOMPARE(fourth.checks.at(s.indexOf(QStringLiteral("zeta-6.txt"))).state, State::WrongChecksum);
        QVERIFY(fourth.checks.at(s.indexOf(QStringLiteral("zeta-6.txt"))).fromCache);
    }

    void everyRowIsReportedOnceWithProgress()
    {
        Setup s;
        QMutex mutex;
        QList<int> rows;
        std::atomic<qint64> lastDone {0};
        JobControl control;
        control.progress = [&](qint64 done, qint64, const QString &) {
            lastDone = done;
        };
        const DistfileCheckReport report = DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), nullptr,
            DistfileChecker::Mode::Hash, control, [&](int row, const DistfileCheck &check) {
                QMutexLocker lock(&mutex);
                rows << row;
                QCOMPARE(check.state, State::Ok);
            });
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, QList<int>({0, 1, 2, 3, 4, 5}));
        QCOMPARE(lastDone.load(), report.bytesHashed);
    }

    void aNameListedTwiceIsReadOnce()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        const QByteArray sha = fixture.addDistfile(QStringLiteral("same.tar"), "same bytes");
        fixture.setManifest("build: a\nbuild: b\nimprove: import_payload\n");
        fixture.setSources(QStringLiteral("a"), "f https://one.example/same.tar " + sha + "\n");
        fixture.setSources(QStringLiteral("b"), "f https://two.example/same.tar " + sha + "\n");
        Checkout checkout;
        QVERIFY(checkout.load(dir.path()));
        DistfilePlan plan;
        QVERIFY(plan.build(checkout));
        QCOMPARE(plan.firstImage().size(), 2); // two tuples, as upstream keeps them
        const DistfileCheckReport report =
            DistfileChecker::check(plan.all(), fixture.distfilesDir(), nullptr, DistfileChecker::Mode::Hash);
        QCOMPARE(report.count(State::Ok), 2);
        QCOMPARE(report.bytesHashed, 10);
    }

    void cancelLeavesUnfinishedRowsUnchecked()
    {
        Setup s;
        // One large distfile, so that the cancel lands while it is read.
        QFile big(s.fixture.distfile(QStringLiteral("delta-4.tar.bz2")));
        QVERIFY(big.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(big.resize(1024ll * 1024 * 1024));
        big.close();
        std::atomic<int> polls {0};
        JobControl control;
        control.isCanceled = [&] {
            return ++polls > 2;
        };
        const DistfileCheckReport report = DistfileChecker::check(
            s.plan.all(), s.fixture.distfilesDir(), nullptr, DistfileChecker::Mode::Hash, control);
        QVERIFY(report.canceled);
        QCOMPARE(report.checks.at(s.indexOf(QStringLiteral("delta-4.tar.bz2"))).state, State::Unchecked);
        QVERIFY(report.bytesHashed < 1024ll * 1024 * 1024);
    }

    void checkOneLooksAtASingleFile()
    {
        Setup s;
        const PlannedDistfile &zeta = s.plan.externalImage().constLast();
        QCOMPARE(DistfileChecker::checkOne(zeta, s.fixture.distfilesDir(), nullptr).state, State::Ok);
        QVERIFY(QFile::remove(s.fixture.distfile(zeta.fileName)));
        QCOMPARE(DistfileChecker::checkOne(zeta, s.fixture.distfilesDir(), nullptr).state, State::Missing);
    }
};

QTEST_GUILESS_MAIN(TestDistfileChecker)
#include "tst_distfilechecker.moc"
