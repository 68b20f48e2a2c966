// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutCliSupport.h"

#include <QTest>

using namespace CliTest;
using namespace CheckoutCli;

// lbpayload build from a live-bootstrap checkout written by CheckoutFixture: images compared
// byte for byte with ones assembled here from the fixture's files, manifests, nothing written
// while a distfile is missing or wrong, and a hash cache that never trusts a changed file.
// The cache is kept in a temporary XDG_CACHE_HOME, never the developer's.
class TestCliCheckoutBuild : public QObject
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

    void buildByteExact_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("u64");
        QTest::newRow("u32") << QStringList {} << false;
        QTest::newRow("u64") << QStringList {QStringLiteral("--layout"), QStringLiteral("u64")} << true;
        QTest::newRow("no cache") << QStringList {QStringLiteral("--no-cache")} << false;
        QTest::newRow("verify") << QStringList {QStringLiteral("--verify")} << false;
        QTest::newRow("verify, no cache, u64")
            << QStringList {QStringLiteral("--verify"), QStringLiteral("--no-cache"), QStringLiteral("--layout=u64")}
            << true;
    }

    void buildByteExact()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, u64);
        Standard s;
        const QString out = s.path(QStringLiteral("external.img"));
        const QStringList arguments =
            QStringList {QStringLiteral("build"), QStringLiteral("-o"), out} + options + QStringList {s.root()};
        const Result r = run(arguments);
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(readFile(out), expectedImage(u64));
        // Built a second time, from what the cache now knows (or not, with --no-cache).
        QCOMPARE(run(arguments).exitCode, 3); // OUT exists
        QCOMPARE(readFile(out), expectedImage(u64));
        QCOMPARE(run(arguments + QStringList {QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(readFile(out), expectedImage(u64));
        QCOMPARE(listFolder(s.dir.path()), (QStringList {QStringLiteral("external.img"), QStringLiteral("lb")}));
    }

    void buildManifest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("sha256 by extension") << "external.sha256" << QStringList {};
        QTest::newRow("sha256 by option")
            << "SUMS" << QStringList {QStringLiteral("--manifest-format"), QStringLiteral("sha256")};
    }

    void buildManifest()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        Standard s;
        const QString out = s.path(QStringLiteral("external.img"));
        const QString manifest = s.path(file);
        const Result r = run(
            QStringList {QStringLiteral("build"), QStringLiteral("-o"), out, QStringLiteral("--manifest"), manifest} +
            options + QStringList {s.root()});
        QVERIFY2(r.exitCode == 0, r.err);
        QByteArray expected;
        for (const QString &name : CheckoutFixture::standardExternalImage())
            expected += sha256(CheckoutFixture::contentOf(name)) + "  " + name.toUtf8() + '\n';
        QCOMPARE(readFile(manifest), expected);
    }

    void buildJsonManifest()
    {
        Standard s;
        const QString manifest = s.path(QStringLiteral("external.json"));
        const Result r = run({QStringLiteral("build"), QStringLiteral("-o"), s.path(QStringLiteral("external.img")),
            QStringLiteral("--manifest"), manifest, s.root()});
        QVERIFY2(r.exitCode == 0, r.err);
        const QJsonArray entries =
            QJsonDocument::fromJson(readFile(manifest)).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString name = CheckoutFixture::standardExternalImage().at(i);
            QCOMPARE(entries.at(i).toObject().value(QStringLiteral("name")).toString(), name);
            QCOMPARE(entries.at(i).toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
                sha256(CheckoutFixture::contentOf(name)));
        }
    }

    void buildRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("named");
        const QByteArray gamma = CheckoutFixture::contentOf(QStringLiteral("gamma-3.tar.gz"));
        QTest::newRow("missing") << "remove"
                                 << "delta-4.tar.bz2" << QStringList {QStringLiteral("delta-4.tar.bz2: missing")};
        QTest::newRow("wrong checksum") << "rewrite"
                                        << "gamma-3.tar.gz"
                                        << QStringList {QStringLiteral("gamma-3.tar.gz"),
                                               QString::fromLatin1(sha256(gamma)),
                                               QString::fromLatin1(sha256("other bytes\n"))};
        QTest::newRow("folder") << "folder"
                                << "zeta-6.txt" << QStringList {QStringLiteral("zeta-6.txt")};
    }

    void buildRefused()
    {
        QFETCH(QString, change);
        QFETCH(QString, file);
        QFETCH(QStringList, named);
        // Found while copying (not in the cache), with --no-cache, and known from the cache
        // after a plan has hashed it.
        for (const QString &mode : {QStringLiteral("cache"), QStringLiteral("no-cache"), QStringLiteral("planned")}) {
            Standard s;
            const QString path = s.fixture.distfile(file);
            QVERIFY(QFile::remove(path));
            if (change == QLatin1String("rewrite"))
                QVERIFY(writeFile(path, "other bytes\n"));
            else if (change == QLatin1String("folder"))
                QVERIFY(QDir().mkpath(path));
            const QStringList before = listFolder(s.fixture.distfilesDir());
            QStringList arguments = {QStringLiteral("build"), QStringLiteral("-o"),
                s.path(QStringLiteral("external.img")), QStringLiteral("--manifest"),
                s.path(QStringLiteral("external.sha256")), s.root()};
            if (mode == QLatin1String("no-cache"))
                arguments.insert(1, QStringLiteral("--no-cache"));
            if (mode == QLatin1String("planned"))
                QCOMPARE(run({QStringLiteral("plan"), s.root()}).exitCode, 1);
            const Result r = run(arguments);
            QCOMPARE(r.exitCode, 1);
            for (const QString &text : named)
                QVERIFY2(r.err.contains(text.toUtf8()),
                    qPrintable(text + QLatin1String(" not in:\n") + QString::fromUtf8(r.err)));
            QCOMPARE(listFolder(s.dir.path()), QStringList {QStringLiteral("lb")});
            QCOMPARE(listFolder(s.fixture.distfilesDir()), before);
        }
    }

    // A digest in the cache answers only for the file's unchanged identity: new bytes of the
    // same size, with the old mtime put back, are hashed again.
    void cacheSeesChangedFile()
    {
        Standard s;
        const QString out = s.path(QStringLiteral("external.img"));
        QCOMPARE(run({QStringLiteral("build"), QStringLiteral("-o"), out, s.root()}).exitCode, 0);
        QCOMPARE(
            run({QStringLiteral("build"), QStringLiteral("--force"), QStringLiteral("-o"), out, s.root()}).exitCode, 0);
        QVERIFY(QFile::exists(m_cacheHome.filePath(QStringLiteral("payload-studio/sha256-cache"))));
        QCOMPARE(run({QStringLiteral("plan"), s.root()}).exitCode, 0);

        const QString path = s.fixture.distfile(QStringLiteral("gamma-3.tar.gz"));
        QByteArray bytes = readFile(path);
        const QDateTime mtime = QFileInfo(path).lastModified();
        bytes[0] = bytes.at(0) == 'X' ? 'Y' : 'X';
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite)); // in place: same inode, same size
            QCOMPARE(f.write(bytes), qint64(bytes.size()));
            f.close();
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        }
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
        QCOMPARE(QFileInfo(path).size(), qint64(bytes.size()));

        QJsonObject plan;
        QCOMPARE(planJson({s.root()}, &plan).exitCode, 1);
        QVERIFY(!plan.isEmpty());
        const QJsonObject gamma = distfile(plan, QStringLiteral("gamma-3.tar.gz"));
        QCOMPARE(gamma.value(QStringLiteral("status")).toString(), QStringLiteral("wrong-checksum"));
        QCOMPARE(gamma.value(QStringLiteral("actualSha256")).toString().toLatin1(), sha256(bytes));
        QCOMPARE(
            run({QStringLiteral("build"), QStringLiteral("--force"), QStringLiteral("-o"), out, s.root()}).exitCode, 1);
        QCOMPARE(readFile(out), expectedImage(false)); // the old image stays
    }

    void buildExistingOutput()
    {
        Standard s;
        const QString out = s.path(QStringLiteral("external.img"));
        QVERIFY(writeFile(out, "keep me"));
        const Result r = run({QStringLiteral("build"), QStringLiteral("-o"), out, s.root()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("--force"));
        QCOMPARE(readFile(out), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(TestCliCheckoutBuild)
#include "tst_cli_checkout_build.moc"
