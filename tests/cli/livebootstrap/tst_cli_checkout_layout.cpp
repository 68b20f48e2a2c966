// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutCliSupport.h"

#include <QTest>

using namespace CliTest;
using namespace CheckoutCli;

// What lbpayload plan and build make of the layout a checkout's importer reads, and what plan
// says of the first image's budget, on checkouts written by CheckoutFixture. The hash cache is
// kept in a temporary XDG_CACHE_HOME, never the developer's.
class TestCliCheckoutLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cacheHome;

    static constexpr qint64 FiwixKiB = 1381376;

    // The importer and generator a case asks for: "" (none), "u32" or "u64".
    static void writeLayout(const CheckoutFixture &fixture, const QString &importer, const QString &generator)
    {
        if (!importer.isEmpty())
            fixture.setImporter(importer == QLatin1String("u64"));
        if (!generator.isEmpty())
            fixture.setGenerator(generator == QLatin1String("u64"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_cacheHome.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cacheHome.path()));
    }

    void planLayout_data()
    {
        QTest::addColumn<QString>("importer");
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("shown"); // on the text's Layout: line
        QTest::addColumn<QString>("finding"); // a code in the JSON findings, or ""

        const QString importer32 = CheckoutFixture::importerPath() +
            QStringLiteral(":%1: ").arg(CheckoutFixture::lineOf(
                CheckoutFixture::importerSource(false), CheckoutFixture::importerCountLine(false)));
        const QString importer64 = CheckoutFixture::importerPath() +
            QStringLiteral(":%1: ").arg(CheckoutFixture::lineOf(
                CheckoutFixture::importerSource(true), CheckoutFixture::importerCountLine(true)));
        QTest::newRow("the checkout does not say") << ""
                                                   << ""
                                                   << "u32"
                                                   << "default"
                                                   << "u32 (the checkout does not say; u32 assumed)"
                                                   << "";
        QTest::newRow("importer u32") << "u32"
                                      << ""
                                      << "u32"
                                      << "importer" << QStringLiteral("u32 (importer ") + importer32 << "";
        QTest::newRow("importer u64") << "u64"
                                      << ""
                                      << "u64"
                                      << "importer" << QStringLiteral("u64 (importer ") + importer64 << "";
        QTest::newRow("generator only") << ""
                                        << "u64"
                                        << "u64"
                                        << "generator"
                                        << "u64 (generator lib/generator.py:"
                                        << "";
        QTest::newRow("disagreeing: the importer decides")
            << "u64"
            << "u32"
            << "u64"
            << "importer" << QStringLiteral("u64 (importer ") + importer64 << "importer-generator-disagree";
    }

    void planLayout()
    {
        QFETCH(QString, importer);
        QFETCH(QString, generator);
        QFETCH(QString, layout);
        QFETCH(QString, kind);
        QFETCH(QString, shown);
        QFETCH(QString, finding);
        Standard s;
        writeLayout(s.fixture, importer, generator);

        const Result r = run({QStringLiteral("plan"), s.root()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\nLayout:") && r.out.contains(shown.toUtf8()), r.out);
        QCOMPARE(r.err.contains("importer-generator") || r.err.contains("the importer reads"), !finding.isEmpty());

        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 0);
        QCOMPARE(plan.value(QStringLiteral("layout")).toString(), layout);
        const QJsonObject source = plan.value(QStringLiteral("layoutSource")).toObject();
        QCOMPARE(source.value(QStringLiteral("kind")).toString(), kind);
        if (kind == QLatin1String("default")) {
            QVERIFY(source.value(QStringLiteral("file")).isNull());
            QVERIFY(source.value(QStringLiteral("line")).isNull());
        } else {
            QCOMPARE(source.value(QStringLiteral("file")).toString(),
                kind == QLatin1String("importer") ? CheckoutFixture::importerPath()
                                                  : QStringLiteral("lib/generator.py"));
            QVERIFY(source.value(QStringLiteral("line")).toInt() > 0);
        }
        QStringList codes;
        for (const QJsonValue &v : plan.value(QStringLiteral("findings")).toArray())
            codes << v.toObject().value(QStringLiteral("code")).toString();
        QCOMPARE(codes, finding.isEmpty() ? QStringList {} : QStringList {finding});
    }

    void planBudget()
    {
        Standard s;
        s.fixture.setFiwix(FiwixKiB);
        const Result r = run({QStringLiteral("plan"), s.root()});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        for (const QString &text :
            {QStringLiteral("First image budget (target/init, before improve: import_payload):"),
                QStringLiteral("of 14332 builder-hex0 can create"), QStringLiteral("of 1811939328"),
                QStringLiteral("Fiwix hand-off (inferred): its ext2 image takes 1381376 KiB"),
                QStringLiteral("before jump: fiwix (inferred)"), QStringLiteral("largest files:"),
                QStringLiteral("./external/distfiles/alpha-1.0.tar.gz"), QStringLiteral("seed/stage0-posix is missing"),
                QStringLiteral("The first image fits builder-hex0's limits")})
            QVERIFY2(out.contains(text), qPrintable(text + QLatin1String(" not in:\n") + out));

        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 0);
        const QJsonObject budget =
            plan.value(QStringLiteral("firstImage")).toObject().value(QStringLiteral("budget")).toObject();
        QVERIFY(!budget.isEmpty());
        QCOMPARE(budget.value(QStringLiteral("fits")).toBool(), true);
        const QJsonObject files = budget.value(QStringLiteral("files")).toObject();
        const QJsonObject bytes = budget.value(QStringLiteral("bytes")).toObject();
        QCOMPARE(files.value(QStringLiteral("limit")).toInt(), 14332);
        QCOMPARE(bytes.value(QStringLiteral("limit")).toInteger(), qint64(1811939328));
        QVERIFY(files.value(QStringLiteral("used")).toInt() > 7);
        qint64 distfiles = 0;
        for (const QString &name : CheckoutFixture::standardFirstImage())
            distfiles += CheckoutFixture::contentOf(name).size();
        const qint64 used = bytes.value(QStringLiteral("used")).toInteger();
        QVERIFY(used > distfiles);
        const QJsonObject fiwix = budget.value(QStringLiteral("fiwix")).toObject();
        QCOMPARE(fiwix.value(QStringLiteral("initrdKiB")).toInteger(), FiwixKiB);
        QCOMPARE(fiwix.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(fiwix.value(QStringLiteral("inferred")).toBool(), true);
        QCOMPARE(
            fiwix.value(QStringLiteral("leftBeforeFiwix")).toInteger(), qint64(1811939328) - FiwixKiB * 1024 - used);
        QCOMPARE(budget.value(QStringLiteral("stage0PosixMissing")).toBool(), true);
        QCOMPARE(budget.value(QStringLiteral("parts"))
                     .toObject()
                     .value(QStringLiteral("distfiles"))
                     .toObject()
                     .value(QStringLiteral("bytes"))
                     .toInteger(),
            distfiles);
    }

    void planWithoutFiwixScript()
    {
        Standard s;
        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 0);
        const QJsonObject budget =
            plan.value(QStringLiteral("firstImage")).toObject().value(QStringLiteral("budget")).toObject();
        QVERIFY(budget.contains(QStringLiteral("fiwix")));
        QVERIFY(budget.value(QStringLiteral("fiwix")).isNull());
    }

    // A split builder-hex0 cannot take exits 1, as a missing distfile does.
    void planDoesNotFit_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("code");
        QTest::newRow("the Fiwix image leaves no room") << "fiwix"
                                                        << "fiwix-initrd-does-not-fit";
        QTest::newRow("more files than builder-hex0 has slots") << "files"
                                                                << "too-many-files";
    }

    void planDoesNotFit()
    {
        QFETCH(QString, cause);
        QFETCH(QString, code);
        Standard s;
        if (cause == QLatin1String("fiwix")) {
            s.fixture.setFiwix(1811939328 / 1024); // the whole file area for the ext2 image
        } else {
            s.fixture.setFiwix(FiwixKiB);
            const QString many = s.root() + QStringLiteral("/steps/pkg-e/files");
            QVERIFY(QDir().mkpath(many));
            for (int i = 0; i < 14332; ++i)
                QVERIFY(writeFile(many + QStringLiteral("/f%1").arg(i), "x"));
        }
        const Result r = run({QStringLiteral("plan"), s.root()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("The first image does not fit builder-hex0's limits"), r.out);
        QVERIFY2(r.out.contains("Every distfile of the external image is present and right."), r.out);
        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 1);
        QCOMPARE(plan.value(QStringLiteral("externalComplete")).toBool(), true);
        const QJsonObject budget =
            plan.value(QStringLiteral("firstImage")).toObject().value(QStringLiteral("budget")).toObject();
        QCOMPARE(budget.value(QStringLiteral("fits")).toBool(), false);
        const QJsonArray findings = budget.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(
            budget.value(QStringLiteral("fiwix")).toObject().value(QStringLiteral("leftBeforeFiwix")).toInteger() < 0,
            cause == QLatin1String("fiwix"));
    }

    void buildLayout_data()
    {
        QTest::addColumn<QString>("importer");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("u64"); // the image written
        QTest::addColumn<bool>("warns");
        QTest::newRow("no importer: u32") << "" << QStringList {} << false << false;
        QTest::newRow("u64 importer: u64 by default") << "u64" << QStringList {} << true << false;
        QTest::newRow("u32 importer: u32 by default") << "u32" << QStringList {} << false << false;
        QTest::newRow("u64 importer, --layout u64")
            << "u64" << QStringList {QStringLiteral("--layout=u64")} << true << false;
        QTest::newRow("u64 importer, --layout u32: allowed, with a warning")
            << "u64" << QStringList {QStringLiteral("--layout"), QStringLiteral("u32")} << false << true;
        QTest::newRow("no importer, --layout u64")
            << "" << QStringList {QStringLiteral("--layout=u64")} << true << false;
    }

    void buildLayout()
    {
        QFETCH(QString, importer);
        QFETCH(QStringList, options);
        QFETCH(bool, u64);
        QFETCH(bool, warns);
        Standard s;
        writeLayout(s.fixture, importer, QString());
        const QString out = s.path(QStringLiteral("external.img"));
        const Result r =
            run(QStringList {QStringLiteral("build"), QStringLiteral("-o"), out} + options + QStringList {s.root()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(out), expectedImage(u64));
        QCOMPARE(r.err.contains("contradicts"), warns);
        if (warns)
            QVERIFY2(r.err.contains(CheckoutFixture::importerPath().toUtf8()), r.err);
    }
};

QTEST_GUILESS_MAIN(TestCliCheckoutLayout)
#include "tst_cli_checkout_layout.moc"
