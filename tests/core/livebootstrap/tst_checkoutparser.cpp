// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// The manifest and sources parsers read a checkout as upstream's generator does, and report
// what upstream would crash on or misread with its file and line instead.
#include "Checkout.h"
#include "CheckoutFixture.h"
#include "SourcesFile.h"
#include "StepManifest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray ShaA = QByteArray(64, 'a');
const QByteArray ShaB = QByteArray(64, 'b');
} // namespace

class TestCheckoutParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manifestStepNames_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("directive");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("predicate");
        QTest::newRow("plain build") << QByteArray("build: make-3.82") << "build" << "make-3.82" << "";
        QTest::newRow("predicate") << QByteArray("build: fiwix-1.5.0-lb1 ( BUILD_FIWIX == True )") << "build"
                                   << "fiwix-1.5.0-lb1" << "BUILD_FIWIX == True";
        QTest::newRow("comment after name") << QByteArray("build: foo-1.0#note") << "build" << "foo-1.0" << "";
        QTest::newRow("comment after space") << QByteArray("build: foo-1.0 # note ( X )") << "build" << "foo-1.0" << "";
        QTest::newRow("improve") << QByteArray("improve: get_network ( CHROOT == False )") << "improve"
                                 << "get_network" << "CHROOT == False";
        QTest::newRow("define") << QByteArray("define: JOBS = 1 ( KERNEL_BOOTSTRAP == True )") << "define" << "JOBS"
                                << "KERNEL_BOOTSTRAP == True";
        QTest::newRow("crlf") << QByteArray("jump: fiwix\r") << "jump" << "fiwix" << "";
    }
    void manifestStepNames()
    {
        QFETCH(QByteArray, line);
        CheckoutFindings findings;
        const QList<ManifestStep> steps = StepManifest::parse(line + '\n', QStringLiteral("steps/manifest"), &findings);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).text()));
        QCOMPARE(steps.size(), 1);
        QTEST(steps.constFirst().directive, "directive");
        QTEST(steps.constFirst().name, "name");
        QTEST(steps.constFirst().predicate, "predicate");
        QCOMPARE(steps.constFirst().line, 1);
    }

    void manifestSkipsCommentsAndBlankLines()
    {
        CheckoutFindings findings;
        const QList<ManifestStep> steps = StepManifest::parse(
            "# header\n\n   \nbuild: a\n# build: commented-out\nbuild: b\n", QStringLiteral("m"), &findings);
        QVERIFY(findings.isEmpty());
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(1).name, QStringLiteral("b"));
        QCOMPARE(steps.at(1).line, 6);
    }

    void manifestFindings_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown directive") << QByteArray("compile: foo") << false << "not a directive";
        QTest::newRow("no colon") << QByteArray("build foo") << false << "not a directive";
        QTest::newRow("indented") << QByteArray("  build: foo") << false << "indented";
        QTest::newRow("no space after colon") << QByteArray("build:foo") << false << "no space";
        QTest::newRow("no name") << QByteArray("build: ") << true << "names no step";
        QTest::newRow("name with slash") << QByteArray("build: ../etc") << true << "not a folder name";
    }
    void manifestFindings()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, isError);
        QFETCH(QString, messagePart);
        CheckoutFindings findings;
        const QList<ManifestStep> steps =
            StepManifest::parse("build: ok\n" + line + "\n", QStringLiteral("steps/manifest"), &findings);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().line, 2);
        QCOMPARE(findings.constFirst().file, QStringLiteral("steps/manifest"));
        QCOMPARE(findings.constFirst().severity == CheckoutFinding::Severity::Error, isError);
        QVERIFY2(findings.constFirst().message.contains(messagePart), qPrintable(findings.constFirst().message));
        QVERIFY(findings.constFirst().text().startsWith(QStringLiteral("steps/manifest:2: ")));
    }

    void sourcesLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("gitRef");
        QTest::newRow("f, name from URL") << "f https://x.org/a/b-1.tar.gz " + ShaA << "https://x.org/a/b-1.tar.gz"
                                          << "b-1.tar.gz" << "";
        QTest::newRow("f, explicit name") << "f https://x.org/dl?id=3 " + ShaA + " c-2.zip" << "https://x.org/dl?id=3"
                                          << "c-2.zip" << "";
        QTest::newRow("g with URL") << "g https://git.x/r.git~v1 https://x.org/r-v1.tar.gz " + ShaA
                                    << "https://x.org/r-v1.tar.gz" << "r-v1.tar.gz" << "https://git.x/r.git~v1";
        QTest::newRow("g with _ and name") << "g https://git.x/gnulib.git~8f4538a5 _ " + ShaA + " gnulib-8f4538a5.tar.gz"
                                           << "" << "gnulib-8f4538a5.tar.gz" << "https://git.x/gnulib.git~8f4538a5";
        QTest::newRow("crlf") << "f https://x.org/d.txt " + ShaA + "\r" << "https://x.org/d.txt" << "d.txt" << "";
    }
    void sourcesLines()
    {
        QFETCH(QByteArray, line);
        CheckoutFindings findings;
        const QList<DistfileSource> sources =
            SourcesFile::parse(line + '\n', QStringLiteral("steps/p/sources"), QStringLiteral("p"), &findings);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).text()));
        QCOMPARE(sources.size(), 1);
        const DistfileSource &s = sources.constFirst();
        QTEST(s.url, "url");
        QTEST(s.fileName, "fileName");
        QTEST(s.gitRef, "gitRef");
        QCOMPARE(s.sha256, ShaA);
        QCOMPARE(s.step, QStringLiteral("p"));
        QCOMPARE(s.location(), QStringLiteral("steps/p/sources:1"));
    }

    void sourcesFindings_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("blank") << QByteArray("") << false << "blank line";
        QTest::newRow("spaces only") << QByteArray("   ") << false << "blank line";
        QTest::newRow("f without checksum") << QByteArray("f https://x.org/a.tar.gz") << false << "needs a URL and a SHA-256";
        QTest::newRow("g too short") << "g repo~ref " + ShaA << false << "needs a repository~ref";
        QTest::newRow("unknown kind") << "x https://x.org/a.tar.gz " + ShaA << false << "not a kind of source";
        QTest::newRow("short checksum") << QByteArray("f https://x.org/a.tar.gz abc") << false << "is not a SHA-256";
        QTest::newRow("upper-case checksum") << "f https://x.org/a.tar.gz " + ShaA.toUpper() << false << "is not a SHA-256";
        QTest::newRow("_ without name") << "f _ " + ShaA << false << "no file name";
        QTest::newRow("URL ends in slash") << "f https://x.org/dir/ " + ShaA << false << "cannot be a distfile's name";
        QTest::newRow("name with slash") << "f https://x.org/a " + ShaA + " ../a" << false << "cannot be a distfile's name";
        QTest::newRow("extra fields") << "f https://x.org/a.tar.gz " + ShaA + " a.tar.gz extra" << true << "ignored";
        QTest::newRow("double space") << "f  https://x.org/a.tar.gz " + ShaA << true << "more than one space";
    }
    void sourcesFindings()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, kept);
        QFETCH(QString, messagePart);
        CheckoutFindings findings;
        const QByteArray good = "f https://x.org/good.tar.gz " + ShaB + "\n";
        const QList<DistfileSource> sources =
            SourcesFile::parse(good + line + '\n' + good, QStringLiteral("steps/p/sources"), QStringLiteral("p"), &findings);
        QCOMPARE(sources.size(), kept ? 3 : 2);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().line, 2);
        QVERIFY2(findings.constFirst().message.contains(messagePart), qPrintable(findings.constFirst().message));
    }

    void sourcesCommentsAreSkipped()
    {
        CheckoutFindings findings;
        const QList<DistfileSource> sources = SourcesFile::parse(
            "# pinned\nf https://x.org/a.tar.gz " + ShaA + "\n", QStringLiteral("s"), QStringLiteral("p"), &findings);
        QVERIFY(findings.isEmpty());
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.constFirst().line, 2);
    }

    void checkoutLoadsStepsAndSkipsMissingSources()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        Checkout checkout;
        QVERIFY2(checkout.load(dir.path()), qPrintable(checkout.error()));
        QVERIFY(checkout.findings().isEmpty());
        QStringList names;
        for (const BuildStepSources &s : checkout.buildSteps())
            names << s.step.name + (s.hasSourcesFile ? QString() : QStringLiteral("(none)"));
        QCOMPARE(names, QStringList({u"pkg-a"_s, u"pkg-b"_s, u"pkg-c"_s, u"pkg-nosources(none)"_s, u"pkg-d"_s, u"pkg-e"_s}));
        QCOMPARE(checkout.improveSteps(), QStringList({u"setup"_s, u"import_payload"_s, u"get_network"_s}));
        QCOMPARE(checkout.defaultDistfilesDir(), dir.path() + QStringLiteral("/distfiles"));
    }

    void checkoutWithoutManifestFails()
    {
        QTemporaryDir dir;
        Checkout checkout;
        QVERIFY(!checkout.load(dir.path()));
        QVERIFY2(checkout.error().contains(QStringLiteral("not a live-bootstrap checkout")), qPrintable(checkout.error()));
        QVERIFY(!checkout.load(dir.path() + QStringLiteral("/nowhere")));
        QVERIFY(checkout.error().contains(QStringLiteral("not a folder")));
    }

    void guixIsReadOnlyWhenAsked()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        Checkout checkout;
        QVERIFY(!checkout.load(dir.path(), true));
        QVERIFY(checkout.error().contains(QStringLiteral("Guix")));
        fixture.setManifest("build: guile-3\n", true);
        fixture.setSources(QStringLiteral("guile-3"), CheckoutFixture::fLine(QStringLiteral("guile-3.tar.xz")), true);
        QVERIFY2(checkout.load(dir.path(), true), qPrintable(checkout.error()));
        QCOMPARE(checkout.guixSteps().size(), 1);
        QVERIFY(checkout.buildSteps().constLast().guix);
        QVERIFY(checkout.buildSteps().constLast().sources.constFirst().guix);
        QVERIFY(checkout.load(dir.path(), false));
        QVERIFY(checkout.guixSteps().isEmpty());
    }

    void findingsCarryTheirSourcesFile()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.writeStandard();
        fixture.setSources(QStringLiteral("pkg-e"), "\nf https://x.org/z " + ShaA + "\n");
        Checkout checkout;
        QVERIFY(checkout.load(dir.path()));
        QCOMPARE(checkout.findings().size(), 1);
        QCOMPARE(checkout.findings().constFirst().file, dir.path() + QStringLiteral("/steps/pkg-e/sources"));
        QCOMPARE(checkout.findings().constFirst().line, 1);
    }
};

QTEST_GUILESS_MAIN(TestCheckoutParser)
#include "tst_checkoutparser.moc"
