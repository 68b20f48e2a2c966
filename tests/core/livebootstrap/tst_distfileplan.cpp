// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// The plan splits a checkout's distfiles as upstream's generator does: the build steps before
// the split step feed the first image, every other distfile goes to external.img, once per
// name and sorted.
#include "Checkout.h"
#include "CheckoutFixture.h"
#include "DistfilePlan.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList namesOf(const QList<PlannedDistfile> &list)
{
    QStringList names;
    for (const PlannedDistfile &d : list)
        names << d.fileName;
    return names;
}

// The real step data committed as test data (tests/data/live-bootstrap/README.md).
QString realCheckout()
{
    return QStringLiteral(PAYLOAD_STUDIO_SOURCE_DIR "/tests/data/live-bootstrap");
}
} // namespace

class TestDistfilePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardCheckoutSplitsAtImportPayload()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        Checkout checkout;
        QVERIFY(checkout.load(dir.path()));
        DistfilePlan plan;
        QVERIFY2(plan.build(checkout), qPrintable(plan.errors().join(QLatin1Char('\n'))));
        QCOMPARE(plan.splitStep(), QStringLiteral("import_payload"));
        QCOMPARE(plan.splitLine(), 6);
        QCOMPARE(namesOf(plan.firstImage()), CheckoutFixture::standardFirstImage());
        // alpha is listed after the split too, but the same tuple stays in the first image only.
        QCOMPARE(namesOf(plan.externalImage()), CheckoutFixture::standardExternalImage());
        QCOMPARE(plan.all().size(), 6);
        QCOMPARE(plan.fileNames(), CheckoutFixture::standardNames());

        const PlannedDistfile &gamma = plan.externalImage().at(1);
        QCOMPARE(gamma.fileName, QStringLiteral("gamma-3.tar.gz"));
        QCOMPARE(gamma.origins.size(), 2); // listed by pkg-c and pkg-d: one entry
        QCOMPARE(gamma.origins.at(0).step, QStringLiteral("pkg-c"));
        QCOMPARE(gamma.origins.at(1).step, QStringLiteral("pkg-d"));
        QCOMPARE(gamma.urls, QStringList({u"https://example.org/src/gamma-3.tar.gz"_s}));
        QCOMPARE(gamma.half, PlannedDistfile::Half::ExternalImage);
        QVERIFY(plan.externalImage().at(2).urls.isEmpty()); // the g line's `_`
    }

    void otherSplitSteps_data()
    {
        QTest::addColumn<QString>("split");
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("external");
        QTest::newRow("setup") << "setup" << QStringList {u"alpha-1.0.tar.gz"_s, u"beta-2.tar.xz"_s}
                               << CheckoutFixture::standardExternalImage();
        QTest::newRow("get_network") << "get_network"
                                     << QStringList {u"alpha-1.0.tar.gz"_s, u"beta-2.tar.xz"_s, u"gamma-3.tar.gz"_s,
                                            u"delta-4.tar.bz2"_s, u"gnulib-abc.tar.gz"_s}
                                     << QStringList {u"zeta-6.txt"_s};
    }
    void otherSplitSteps()
    {
        QFETCH(QString, split);
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        Checkout checkout;
        QVERIFY(checkout.load(dir.path()));
        DistfilePlan plan;
        QVERIFY(plan.build(checkout, split));
        QTEST(namesOf(plan.firstImage()), "first");
        QTEST(namesOf(plan.externalImage()), "external");
    }

    void missingSplitStepNamesTheImproveSteps()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        Checkout checkout;
        QVERIFY(checkout.load(dir.path()));
        DistfilePlan plan;
        QVERIFY(!plan.build(checkout, QStringLiteral("no_such_step")));
        QCOMPARE(plan.errors().size(), 1);
        const QString error = plan.errors().constFirst();
        QVERIFY2(error.contains(QStringLiteral("improve: no_such_step")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("setup, import_payload, get_network")), qPrintable(error));
        QVERIFY(plan.externalImage().isEmpty());
    }

    void sameNameWithTwoChecksumsIsAnError()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        fixture.setSources(
            QStringLiteral("pkg-e"), "f https://mirror.example.org/gamma-3.tar.gz " + QByteArray(64, 'c') + "\n");
        Checkout checkout;
        QVERIFY(checkout.load(dir.path()));
        DistfilePlan plan;
        QVERIFY(!plan.build(checkout));
        QCOMPARE(plan.errors().size(), 1);
        const QString error = plan.errors().constFirst();
        QVERIFY2(error.contains(QStringLiteral("gamma-3.tar.gz")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("pkg-c/sources:1 (step pkg-c)")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("pkg-e/sources:1 (step pkg-e)")), qPrintable(error));
    }

    void sameFileFromTwoUrlsBecomesOneEntryWithBoth()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        const QByteArray sha = CheckoutFixture::sha256(CheckoutFixture::contentOf(QStringLiteral("zeta-6.txt")));
        fixture.setSources(QStringLiteral("pkg-e"),
            CheckoutFixture::fLine(QStringLiteral("zeta-6.txt")) + "f https://other.example.org/zeta-6.txt " + sha +
                "\n");
        Checkout checkout;
        QVERIFY(checkout.load(dir.path()));
        DistfilePlan plan;
        QVERIFY(plan.build(checkout));
        QCOMPARE(plan.externalImage().size(), 4);
        QCOMPARE(plan.externalImage().constLast().urls,
            QStringList({u"https://example.org/src/zeta-6.txt"_s, u"https://other.example.org/zeta-6.txt"_s}));
    }

    void guixGoesToTheExternalImageOnly()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        fixture.setManifest("build: guile-3\nbuild: pkg-a\n", true);
        fixture.setSources(QStringLiteral("guile-3"), CheckoutFixture::fLine(QStringLiteral("aaa-guile.tar.xz")), true);
        fixture.setSources(
            QStringLiteral("pkg-a"), CheckoutFixture::fLine(QStringLiteral("beta-2.tar.xz"), true), true);
        Checkout checkout;
        QVERIFY(checkout.load(dir.path(), true));
        DistfilePlan plan;
        QVERIFY(plan.build(checkout));
        QCOMPARE(namesOf(plan.firstImage()), CheckoutFixture::standardFirstImage());
        QCOMPARE(namesOf(plan.externalImage()),
            QStringList({u"aaa-guile.tar.xz"_s, u"delta-4.tar.bz2"_s, u"gamma-3.tar.gz"_s, u"gnulib-abc.tar.gz"_s,
                u"zeta-6.txt"_s}));
    }

    void externalNamesSortByCodePoint()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.setManifest("improve: import_payload\nbuild: p\n");
        QByteArray lines;
        for (const char *name : {"b.tar", "B.tar", "a_b.tar", "a-b.tar", "\xc3\xa9.tar", "z.tar"})
            lines += CheckoutFixture::fLine(QString::fromUtf8(name));
        fixture.setSources(QStringLiteral("p"), lines);
        Checkout checkout;
        QVERIFY(checkout.load(dir.path()));
        DistfilePlan plan;
        QVERIFY(plan.build(checkout));
        QCOMPARE(namesOf(plan.externalImage()),
            QStringList(
                {u"B.tar"_s, u"a-b.tar"_s, u"a_b.tar"_s, u"b.tar"_s, u"z.tar"_s, QString::fromUtf8("\xc3\xa9.tar")}));
    }

    // The real step data of a live-bootstrap checkout, split where this snapshot can be.
    void realCheckoutAtGetNetwork()
    {
        const QString root = realCheckout();
        QVERIFY2(QFileInfo::exists(root + QStringLiteral("/steps/manifest")), qPrintable(root));
        Checkout checkout;
        QVERIFY2(checkout.load(root), qPrintable(checkout.error()));
        QVERIFY2(checkout.findings().isEmpty(), qPrintable(checkout.findings().value(0).text()));
        DistfilePlan plan;
        QVERIFY(!plan.build(checkout)); // this snapshot predates import_payload
        QVERIFY(plan.errors().constFirst().contains(QStringLiteral("get_network")));
        QVERIFY2(
            plan.build(checkout, QStringLiteral("get_network")), qPrintable(plan.errors().join(QLatin1Char('\n'))));
        QCOMPARE(plan.splitLine(), 141);
        QCOMPARE(plan.firstImage().size(), 73);
        QCOMPARE(plan.externalImage().size(), 239);

        int gitSnapshots = 0;
        int namedFromUrl = 0;
        int repeated = 0;
        QSet<QString> names;
        for (const PlannedDistfile &d : plan.externalImage()) {
            QVERIFY(!names.contains(d.fileName));
            names.insert(d.fileName);
            const DistfileSource &s = d.origins.constFirst();
            gitSnapshots += s.kind == DistfileSource::Kind::GitSnapshot ? 1 : 0;
            namedFromUrl += !s.url.isEmpty() && s.url.endsWith(QLatin1Char('/') + d.fileName) ? 1 : 0;
            repeated += d.origins.size() > 1 ? 1 : 0;
        }
        QVERIFY(gitSnapshots > 0);
        QVERIFY(namedFromUrl > 100);
        QVERIFY(repeated > 0); // the same distfile listed by several packages counts once
        for (int i = 1; i < plan.externalImage().size(); ++i)
            QVERIFY(plan.externalImage().at(i - 1).fileName.toUtf8() < plan.externalImage().at(i).fileName.toUtf8());
    }

    void candidateUrlsTryMirrorsFirst()
    {
        PlannedDistfile d;
        d.fileName = u"gcc 4.tar.gz"_s;
        d.urls = {u"https://ftp.gnu.org/gcc 4.tar.gz"_s};
        QCOMPARE(d.candidateUrls({u"http://m1/distfiles/"_s, u"http://m2"_s}),
            QStringList({u"http://m1/distfiles/gcc%204.tar.gz"_s, u"http://m2/gcc%204.tar.gz"_s,
                u"https://ftp.gnu.org/gcc 4.tar.gz"_s}));
        QCOMPARE(d.candidateUrls({}), d.urls);
    }
};

QTEST_GUILESS_MAIN(TestDistfilePlan)
#include "tst_distfileplan.moc"
