// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutCliSupport.h"

#include <QTest>

using namespace CliTest;
using namespace CheckoutCli;

// lbpayload plan on a live-bootstrap checkout written by CheckoutFixture: the split and its
// order, each distfile's state, --missing-urls, --json, the exit codes and a malformed
// checkout. The hash cache is kept in a temporary XDG_CACHE_HOME, never the developer's.
class TestCliCheckout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cacheHome;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_cacheHome.isValid());
        // Inherited by every lbpayload run (CliTest takes the system environment).
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cacheHome.path()));
    }

    void planStandard()
    {
        Standard s;
        const Result r = run({QStringLiteral("plan"), s.root()});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(
            out.contains(QLatin1String("First image (before improve: import_payload, manifest order): 2 distfile")),
            r.out);
        QVERIFY2(out.contains(QLatin1String("External image (external.img, sorted by name): 4 distfile")), r.out);
        // Every name once, in plan order: first image in manifest order, then sorted.
        qsizetype at = 0;
        for (const QString &name : CheckoutFixture::standardNames()) {
            const qsizetype found = out.indexOf(QLatin1String("  ") + name + QLatin1Char('\n'), at);
            QVERIFY2(found > at, qPrintable(name));
            at = found;
        }
        QVERIFY(out.contains(QLatin1String("Every distfile of the external image is present and right.")));

        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 0);
        QVERIFY(!plan.isEmpty());
        QCOMPARE(names(plan, QStringLiteral("firstImage")), CheckoutFixture::standardFirstImage());
        QCOMPARE(names(plan, QStringLiteral("externalImage")), CheckoutFixture::standardExternalImage());
    }

    void planJsonKeys()
    {
        Standard s;
        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 0);
        QVERIFY(!plan.isEmpty());
        QCOMPARE(plan.value(QStringLiteral("format")).toString(), QStringLiteral("lbpayload-plan"));
        QCOMPARE(plan.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(plan.value(QStringLiteral("splitStep")).toString(), QStringLiteral("import_payload"));
        QCOMPARE(plan.value(QStringLiteral("splitLine")).toInt(), 6);
        QCOMPARE(plan.value(QStringLiteral("externalComplete")).toBool(), true);
        for (const char *key : {"checkout", "distfilesDir", "guix", "mirrors", "extraFiles", "findings"})
            QVERIFY2(plan.contains(QLatin1String(key)), key);
        const QJsonObject external = plan.value(QStringLiteral("externalImage")).toObject();
        QCOMPARE(external.value(QStringLiteral("count")).toInt(), 4);
        QCOMPARE(external.value(QStringLiteral("okCount")).toInt(), 4);
        qint64 bytes = 0;
        for (const QString &name : CheckoutFixture::standardExternalImage())
            bytes += CheckoutFixture::contentOf(name).size();
        QCOMPARE(external.value(QStringLiteral("presentBytes")).toInteger(), bytes);

        const QJsonObject gamma = distfile(plan, QStringLiteral("gamma-3.tar.gz"));
        QCOMPARE(gamma.value(QStringLiteral("sha256")).toString().toLatin1(),
            CheckoutFixture::sha256(CheckoutFixture::contentOf(QStringLiteral("gamma-3.tar.gz"))));
        QCOMPARE(gamma.value(QStringLiteral("size")).toInteger(),
            CheckoutFixture::contentOf(QStringLiteral("gamma-3.tar.gz")).size());
        QCOMPARE(gamma.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(gamma.value(QStringLiteral("urls")).toArray().toVariantList(),
            QVariantList {QStringLiteral("https://example.org/src/gamma-3.tar.gz")});
        QCOMPARE(gamma.value(QStringLiteral("steps")).toArray().toVariantList(),
            (QVariantList {QStringLiteral("pkg-c"), QStringLiteral("pkg-d")}));
        const QJsonObject gnulib = distfile(plan, QStringLiteral("gnulib-abc.tar.gz"));
        QCOMPARE(gnulib.value(QStringLiteral("urls")).toArray().size(), 0);
    }

    void planSplitAtGetNetwork()
    {
        Standard s;
        QJsonObject plan;
        QCOMPARE(planJson({QStringLiteral("--split-at"), QStringLiteral("get_network"), s.root()}, &plan).exitCode, 0);
        QVERIFY(!plan.isEmpty());
        QCOMPARE(plan.value(QStringLiteral("splitStep")).toString(), QStringLiteral("get_network"));
        QCOMPARE(names(plan, QStringLiteral("firstImage")),
            (QStringList {QStringLiteral("alpha-1.0.tar.gz"), QStringLiteral("beta-2.tar.xz"),
                QStringLiteral("gamma-3.tar.gz"), QStringLiteral("delta-4.tar.bz2"),
                QStringLiteral("gnulib-abc.tar.gz")}));
        QCOMPARE(names(plan, QStringLiteral("externalImage")), QStringList {QStringLiteral("zeta-6.txt")});
    }

    void planStates_data()
    {
        QTest::addColumn<QString>("change"); // what is done to the standard checkout
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status"); // in the JSON
        QTest::addColumn<QStringList>("shown"); // in the text output

        const QString sha =
            QString::fromLatin1(CheckoutFixture::sha256(CheckoutFixture::contentOf(QStringLiteral("gamma-3.tar.gz"))));
        const QString other = QString::fromLatin1(CheckoutFixture::sha256("other bytes\n"));
        QTest::newRow("missing") << "remove"
                                 << "delta-4.tar.bz2" << 1 << "missing"
                                 << QStringList {QStringLiteral("missing"),
                                        QStringLiteral("https://example.org/src/delta-4.tar.bz2")};
        QTest::newRow("wrong checksum") << "rewrite"
                                        << "gamma-3.tar.gz" << 1 << "wrong-checksum"
                                        << QStringList {QStringLiteral("wrong checksum"),
                                               QStringLiteral("expected ") + sha, QStringLiteral("actual   ") + other};
        QTest::newRow("folder") << "folder"
                                << "zeta-6.txt" << 1 << "not-regular"
                                << QStringList {QStringLiteral("not a regular file")};
        QTest::newRow("missing, no URL") << "remove"
                                         << "gnulib-abc.tar.gz" << 1 << "missing"
                                         << QStringList {QStringLiteral("no URL")};
        // The exit code speaks of the external image only.
        QTest::newRow("first image missing") << "remove"
                                             << "beta-2.tar.xz" << 0 << "missing"
                                             << QStringList {QStringLiteral("https://example.org/src/beta-2.tar.xz")};
        // An xz stream without its footer: a download cut short, named beside its checksum.
        QTest::newRow("cut short") << "cut"
                                   << "beta-2.tar.xz" << 0 << "wrong-checksum"
                                   << QStringList {QStringLiteral("wrong checksum, cut short"),
                                          QStringLiteral("the xz stream footer is missing")};
    }

    void planStates()
    {
        QFETCH(QString, change);
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QFETCH(QStringList, shown);
        Standard s;
        const QString path = s.fixture.distfile(file);
        QVERIFY(QFile::remove(path));
        if (change == QLatin1String("rewrite"))
            QVERIFY(writeFile(path, "other bytes\n"));
        else if (change == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(path));
        else if (change == QLatin1String("cut"))
            QVERIFY(writeFile(path,
                QByteArray("\xFD"
                           "7zXZ\0\0\x01",
                    8) +
                    "cut here"));

        const Result r = run({QStringLiteral("plan"), s.root()});
        QCOMPARE(r.exitCode, exitCode);
        const QString out = QString::fromUtf8(r.out);
        for (const QString &text : shown)
            QVERIFY2(out.contains(text), qPrintable(text + QLatin1String(" not in:\n") + out));
        QCOMPARE(out.contains(QLatin1String("Missing or wrong in the external image: 1 distfile")), exitCode == 1);
        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, exitCode);
        QVERIFY(!plan.isEmpty());
        QCOMPARE(distfile(plan, file).value(QStringLiteral("status")).toString(), status);
        QCOMPARE(distfile(plan, file).value(QStringLiteral("cutShort")).isString(), change == QLatin1String("cut"));
        QCOMPARE(plan.value(QStringLiteral("externalComplete")).toBool(), exitCode == 0);
    }

    void planExtraFiles()
    {
        Standard s;
        QVERIFY(writeFile(s.fixture.distfile(QStringLiteral("notes.txt")), "not a distfile\n"));
        QVERIFY(writeFile(s.fixture.distfile(QStringLiteral(".hidden")), "x"));
        const Result r = run({QStringLiteral("plan"), s.root()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Extra file, not used by the plan: 1\n  notes.txt\n"), r.out);
        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 0);
        QVERIFY(!plan.isEmpty());
        QCOMPARE(plan.value(QStringLiteral("extraFiles")).toArray().toVariantList(),
            QVariantList {QStringLiteral("notes.txt")});
    }

    void planOtherDistfilesFolder()
    {
        Standard s;
        const QString other = s.path(QStringLiteral("elsewhere"));
        QVERIFY(QDir().rename(s.fixture.distfilesDir(), other));
        QCOMPARE(run({QStringLiteral("plan"), s.root()}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("--distfiles"), other, s.root()}).exitCode, 0);
    }

    void missingUrls_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("warnsGnulib");
        QTest::newRow("own URLs") << QStringList {}
                                  << QByteArray("https://example.org/src/beta-2.tar.xz\n"
                                                "https://example.org/src/delta-4.tar.bz2\n")
                                  << true;
        QTest::newRow("mirror") << QStringList {QStringLiteral("--mirror"), QStringLiteral("http://mirror.example/d/")}
                                << QByteArray("http://mirror.example/d/beta-2.tar.xz\n"
                                              "http://mirror.example/d/delta-4.tar.bz2\n"
                                              "http://mirror.example/d/gnulib-abc.tar.gz\n")
                                << false;
    }

    void missingUrls()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, expected);
        QFETCH(bool, warnsGnulib);
        Standard s;
        QVERIFY(writeFile(s.fixture.distfile(QStringLiteral("delta-4.tar.bz2")), "wrong\n"));
        for (const QString &name : {QStringLiteral("beta-2.tar.xz"), QStringLiteral("gnulib-abc.tar.gz")})
            QVERIFY(QFile::remove(s.fixture.distfile(name)));
        const Result r = run(
            QStringList {QStringLiteral("plan"), QStringLiteral("--missing-urls")} + options + QStringList {s.root()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, expected);
        QCOMPARE(r.err.contains("gnulib-abc.tar.gz"), warnsGnulib);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("named"); // on standard error
        QTest::newRow("no steps/manifest")
            << "empty" << QStringList {} << 3 << QStringList {QStringLiteral("steps/manifest")};
        QTest::newRow("no such folder") << "none" << QStringList {} << 3
                                        << QStringList {QStringLiteral("nothing-here")};
        QTest::newRow("no split step") << "nosplit" << QStringList {} << 3
                                       << QStringList {QStringLiteral("import_payload"), QStringLiteral("setup"),
                                              QStringLiteral("get_network")};
        QTest::newRow("unknown --split-at")
            << "standard" << QStringList {QStringLiteral("--split-at"), QStringLiteral("nosuch")} << 3
            << QStringList {QStringLiteral("nosuch"), QStringLiteral("get_network")};
        QTest::newRow("same name, two checksums")
            << "conflict" << QStringList {} << 3 << QStringList {QStringLiteral("zeta-6.txt"), QStringLiteral("pkg-c")};
        QTest::newRow("--guix without steps-guix")
            << "standard" << QStringList {QStringLiteral("--guix")} << 3 << QStringList {QStringLiteral("steps-guix")};
        QTest::newRow("--json and --missing-urls")
            << "standard" << QStringList {QStringLiteral("--json"), QStringLiteral("--missing-urls")} << 2
            << QStringList {QStringLiteral("--missing-urls")};
        QTest::newRow("empty --split-at") << "standard" << QStringList {QStringLiteral("--split-at=")} << 2
                                          << QStringList {QStringLiteral("--split-at")};
    }

    void malformed()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QStringList, named);
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path() + QStringLiteral("/lb"));
        QString root = fixture.root();
        if (kind == QLatin1String("none"))
            root = dir.filePath(QStringLiteral("nothing-here"));
        if (kind != QLatin1String("empty") && kind != QLatin1String("none"))
            fixture.writeStandard();
        if (kind == QLatin1String("nosplit"))
            fixture.setManifest("build: pkg-a\nimprove: setup\nbuild: pkg-c\nimprove: get_network\nbuild: pkg-e\n");
        if (kind == QLatin1String("conflict"))
            fixture.setSources(QStringLiteral("pkg-c"),
                CheckoutFixture::fLine(QStringLiteral("gamma-3.tar.gz")) + "f https://example.org/other/zeta-6.txt " +
                    CheckoutFixture::sha256("another zeta") + '\n');
        const Result r = run(QStringList {QStringLiteral("plan")} + options + QStringList {root});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        for (const QString &text : named)
            QVERIFY2(r.err.contains(text.toUtf8()),
                qPrintable(text + QLatin1String(" not in:\n") + QString::fromUtf8(r.err)));
    }

    void findingsOnStderr()
    {
        Standard s;
        s.fixture.setSources(QStringLiteral("pkg-e"),
            CheckoutFixture::fLine(QStringLiteral("zeta-6.txt")) + "f https://example.org/short\n");
        const Result r = run({QStringLiteral("plan"), s.root()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("/steps/pkg-e/sources:2: error: "), r.err);
        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 0);
        QVERIFY(!plan.isEmpty());
        const QJsonArray findings = plan.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("plan without CHECKOUT") << QStringList {QStringLiteral("plan")};
        QTest::newRow("plan, two checkouts")
            << QStringList {QStringLiteral("plan"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("build without -o") << QStringList {QStringLiteral("build"), QStringLiteral("lb")};
        QTest::newRow("build, bad layout") << QStringList {QStringLiteral("build"), QStringLiteral("-o"),
            QStringLiteral("x.img"), QStringLiteral("--layout"), QStringLiteral("u16"), QStringLiteral("lb")};
        QTest::newRow("build, bad manifest format") << QStringList {QStringLiteral("build"), QStringLiteral("-o"),
            QStringLiteral("x.img"), QStringLiteral("--manifest"), QStringLiteral("m"),
            QStringLiteral("--manifest-format"), QStringLiteral("xml"), QStringLiteral("lb")};
        QTest::newRow("fetch, --jobs 0") << QStringList {
            QStringLiteral("fetch"), QStringLiteral("--jobs"), QStringLiteral("0"), QStringLiteral("lb")};
        QTest::newRow("fetch, bad mirror") << QStringList {
            QStringLiteral("fetch"), QStringLiteral("--mirror"), QStringLiteral("nowhere"), QStringLiteral("lb")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        Standard s;
        const Result r = run(arguments, RunOptions(s.dir.path() + QStringLiteral("/lb")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--help"));
        QVERIFY(!QFile::exists(s.path(QStringLiteral("lb/x.img"))));
    }
};

QTEST_GUILESS_MAIN(TestCliCheckout)
#include "tst_cli_checkout.moc"
