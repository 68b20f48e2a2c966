// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// Building external.img from a checkout: byte for byte what upstream's generator writes, never
// while a distfile is missing or wrong, never from a source changed since its check, and with
// digests that are read once.
#include "Checkout.h"
#include "CheckoutFixture.h"
#include "CheckoutImageBuilder.h"
#include "DistfileChecker.h"
#include "DistfilePlan.h"
#include "HashCache.h"
#include "PayloadWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using State = DistfileCheck::State;

namespace {
void appendField(QByteArray &out, quint64 value, int width)
{
    for (int i = 0; i < width; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// The image as upstream's generator lays it out, assembled here without the project's writer.
QByteArray expectedImage(const QStringList &sortedNames, int width)
{
    QByteArray image("LBPAYLD1");
    appendField(image, quint64(sortedNames.size()), width);
    for (const QString &name : sortedNames) {
        const QByteArray data = CheckoutFixture::contentOf(name);
        appendField(image, quint64(name.toUtf8().size()), width);
        appendField(image, quint64(data.size()), width);
        image += name.toUtf8() + data;
    }
    return image;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCheckoutImageBuilder : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QTemporaryDir dir;
        CheckoutFixture fixture {dir.path()};
        DistfilePlan plan;
        QString out;
        Setup()
        {
            fixture.writeStandard();
            Checkout checkout;
            // A fixture that does not load fails the test where it fails, with the reason.
            if (!checkout.load(dir.path()))
                qFatal("fixture checkout does not load: %s", qPrintable(checkout.error()));
            if (!plan.build(checkout))
                qFatal("fixture plan does not build: %s", qPrintable(plan.errors().join(QLatin1Char('\n'))));
            out = dir.filePath(QStringLiteral("external.img"));
        }
    };

private Q_SLOTS:
    void buildsUpstreamsBytes_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<bool>("withCache");
        QTest::newRow("u32, no cache") << int(PayloadFormat::Layout::U32) << false;
        QTest::newRow("u32, cache") << int(PayloadFormat::Layout::U32) << true;
        QTest::newRow("u64, no cache") << int(PayloadFormat::Layout::U64) << false;
    }
    void buildsUpstreamsBytes()
    {
        QFETCH(int, layout);
        QFETCH(bool, withCache);
        Setup s;
        HashCache cache(s.dir.filePath(QStringLiteral("cache")));
        CheckoutImageBuilder builder;
        CheckoutBuildOptions options;
        options.layout = PayloadFormat::Layout(layout);
        options.verify = true;
        QVERIFY2(builder.build(s.plan, s.fixture.distfilesDir(), s.out, withCache ? &cache : nullptr, options),
            qPrintable(builder.errorString()));
        const int width = PayloadFormat::fieldSize(options.layout);
        QCOMPARE(readAll(s.out), expectedImage(CheckoutFixture::standardExternalImage(), width));
        QCOMPARE(builder.manifest().entries.size(), 4);
        for (const ManifestEntry &e : builder.manifest().entries)
            QCOMPARE(e.sha256, CheckoutFixture::sha256(CheckoutFixture::contentOf(QString::fromUtf8(e.name))));
        // The digests read while copying are remembered for the next run.
        QCOMPARE(cache.size(), withCache ? 4 : 0);
    }

    void aSecondBuildTrustsTheCacheAndReadsOnlyToCopy()
    {
        Setup s;
        HashCache cache(s.dir.filePath(QStringLiteral("cache")));
        CheckoutImageBuilder builder;
        QVERIFY(builder.build(s.plan, s.fixture.distfilesDir(), s.out, &cache, {}));
        for (const DistfileCheck &c : builder.checks())
            QCOMPARE(c.state, State::Present);
        CheckoutBuildOptions overwrite;
        overwrite.overwrite = true;
        QVERIFY2(builder.build(s.plan, s.fixture.distfilesDir(), s.out, &cache, overwrite),
            qPrintable(builder.errorString()));
        for (const DistfileCheck &c : builder.checks()) {
            QCOMPARE(c.state, State::Ok);
            QVERIFY(c.fromCache);
        }
        QCOMPARE(readAll(s.out), expectedImage(CheckoutFixture::standardExternalImage(), 4));
    }

    void missingOrWrongDistfilesWriteNothing_data()
    {
        QTest::addColumn<bool>("withCache");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("missing") << false << "remove"
                                 << "missing (from https://example.org/src/gamma-3.tar.gz)";
        QTest::newRow("wrong, hashed while copied")
            << false << "rewrite" << CheckoutFixture::sha256("wrong").constData();
        QTest::newRow("wrong, known from the cache")
            << true << "rewrite" << CheckoutFixture::sha256("wrong").constData();
        QTest::newRow("first image's file missing is fine") << false << "first"
                                                            << "";
    }
    void missingOrWrongDistfilesWriteNothing()
    {
        QFETCH(bool, withCache);
        QFETCH(QString, change);
        QFETCH(QString, problemPart);
        Setup s;
        HashCache cache(s.dir.filePath(QStringLiteral("cache")));
        if (change == QLatin1String("remove"))
            QVERIFY(QFile::remove(s.fixture.distfile(QStringLiteral("gamma-3.tar.gz"))));
        else if (change == QLatin1String("rewrite"))
            s.fixture.addDistfile(QStringLiteral("gamma-3.tar.gz"), "wrong");
        else
            QVERIFY(QFile::remove(s.fixture.distfile(QStringLiteral("alpha-1.0.tar.gz"))));
        if (withCache) // the cache learns the wrong file's digest first
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), &cache, DistfileChecker::Mode::Hash);
        CheckoutImageBuilder builder;
        const bool built = builder.build(s.plan, s.fixture.distfilesDir(), s.out, withCache ? &cache : nullptr, {});
        if (problemPart.isEmpty()) {
            QVERIFY2(built, qPrintable(builder.errorString()));
            return;
        }
        QVERIFY(!built);
        QVERIFY(!QFile::exists(s.out));
        QCOMPARE(builder.problems().size(), 1);
        QVERIFY2(builder.problems().constFirst().contains(problemPart), qPrintable(builder.problems().constFirst()));
        if (change == QLatin1String("rewrite")) // found before or while copying: the same words
            QVERIFY(builder.problems().constFirst().contains(QStringLiteral("wrong checksum")));
        // A caller decides by the kind; the summary is one line and the details list the files.
        QCOMPARE(builder.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(!builder.error().summary().contains(QLatin1Char('\n')), qPrintable(builder.errorString()));
        QCOMPARE(builder.error().details(), builder.problems().join(QLatin1Char('\n')));
        // No temporary file is left beside the output either.
        QCOMPARE(QDir(s.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("external")).size(), 0);
    }

    void aSourceChangedSinceItsCheckFailsTheBuild()
    {
        Setup s;
        // The check (as the GUI does it) first...
        const QList<PlannedDistfile> &external = s.plan.externalImage();
        const DistfileCheckReport report =
            DistfileChecker::check(external, s.fixture.distfilesDir(), nullptr, DistfileChecker::Mode::Hash);
        // ...then the same bytes written again: same size, same content, but a new ctime.
        QTest::qWait(20);
        s.fixture.addDistfile(QStringLiteral("zeta-6.txt"), CheckoutFixture::contentOf(QStringLiteral("zeta-6.txt")));
        BuildOptions options;
        options.sortByName = true;
        BuildPlan plan(CheckoutImageBuilder::entriesFor(external, report.checks), options);
        PayloadWriter writer;
        QVERIFY(!writer.write(plan, s.out));
        QVERIFY2(writer.error().contains(QStringLiteral("changed since it was checked")), qPrintable(writer.error()));
        QVERIFY2(writer.error().contains(QStringLiteral("zeta-6.txt")), qPrintable(writer.error()));
        QVERIFY(!QFile::exists(s.out));
    }

    void entriesCarryKnownOrExpectedDigests()
    {
        Setup s;
        const QList<PlannedDistfile> &external = s.plan.externalImage();
        DistfileCheckReport report =
            DistfileChecker::check(external, s.fixture.distfilesDir(), nullptr, DistfileChecker::Mode::Hash);
        report.checks[1].state = State::Present;
        const QList<BuildEntry> entries = CheckoutImageBuilder::entriesFor(external, report.checks);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).knownSha256, external.at(0).sha256);
        QVERIFY(entries.at(0).expectedSha256.isEmpty());
        QVERIFY(entries.at(1).knownSha256.isEmpty());
        QCOMPARE(entries.at(1).expectedSha256, external.at(1).sha256);
        QVERIFY(entries.at(1).identity.has_value());
    }
};

QTEST_GUILESS_MAIN(TestCheckoutImageBuilder)
#include "tst_checkoutimagebuilder.moc"
