// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Checkout.h"
#include "CheckoutFixture.h"
#include "DistfilePlan.h"
#include "FirstImageFormat.h"
#include "SrcfsPlan.h"

#include <QTemporaryDir>
#include <QTest>

using Part = SrcfsPlan::Part;
using Code = FirstImageFinding::Code;

namespace {

// A small checkout whose prepared folder the test knows record by record: each put() of a file
// that arrives adds its size to the expected totals of its part; files that must be left out
// are written big, so that counting one would show.
struct Prepared
{
    QTemporaryDir dir;
    CheckoutFixture fixture {dir.path() + QStringLiteral("/lb")};
    int files[SrcfsPlan::PartCount] = {};
    qint64 bytes[SrcfsPlan::PartCount] = {};

    void file(Part part, const QString &relative, const QByteArray &data)
    {
        fixture.put(relative, data);
        ++files[int(part)];
        bytes[int(part)] += data.size();
    }
    void folder(Part part, const QString &relative)
    {
        QDir().mkpath(fixture.root() + QLatin1Char('/') + relative);
        ++files[int(part)];
    }
    void leftOut(const QString &relative) { fixture.put(relative, QByteArray(100000, 'x')); }

    Prepared()
    {
        // seed/stage0-posix: its entries but bootstrap-seeds, at the top; nothing with ".git".
        folder(Part::Seed, QStringLiteral("seed/stage0-posix/x86"));
        file(Part::Seed, QStringLiteral("seed/stage0-posix/x86/hex0_x86.hex0"), QByteArray(700, 'h'));
        file(Part::Seed, QStringLiteral("seed/stage0-posix/x86/kaem-minimal.hex0"), QByteArray(300, 'k'));
        folder(Part::Seed, QStringLiteral("seed/stage0-posix/x86/deep"));
        file(Part::Seed, QStringLiteral("seed/stage0-posix/x86/deep/a.M1"), QByteArray(40, 'a'));
        folder(Part::Seed, QStringLiteral("seed/stage0-posix/AMD64")); // empty: still a folder record
        file(Part::Seed, QStringLiteral("seed/stage0-posix/kaem.x86"), QByteArray(90, 'c'));
        leftOut(QStringLiteral("seed/stage0-posix/bootstrap-seeds/POSIX/x86/hex0-seed"));
        leftOut(QStringLiteral("seed/stage0-posix/.git"));
        leftOut(QStringLiteral("seed/stage0-posix/.gitmodules"));
        leftOut(QStringLiteral("seed/stage0-posix/x86/.github/workflow.yml"));
        // seed/'s regular files (not its folders), at the top.
        file(Part::Seed, QStringLiteral("seed/seed.kaem"), QByteArray(30, 's'));
        file(Part::Seed, QStringLiteral("seed/script-generator.c"), QByteArray(400, 'g'));
        leftOut(QStringLiteral("seed/.gitignore"));

        // steps/: the manifest, sources, Fiwix's script, bootstrap.cfg.
        folder(Part::Steps, QStringLiteral("steps"));
        const QByteArray manifest = "build: pkg-a\nimprove: import_payload\nbuild: pkg-b\n";
        file(Part::Steps, QStringLiteral("steps/manifest"), manifest);
        folder(Part::Steps, QStringLiteral("steps/pkg-a"));
        file(Part::Steps, QStringLiteral("steps/pkg-a/sources"),
            CheckoutFixture::fLine(QStringLiteral("alpha-1.0.tar.gz")) +
                CheckoutFixture::fLine(QStringLiteral("beta-2.tar.xz")));
        folder(Part::Steps, QStringLiteral("steps/pkg-a/files"));
        file(Part::Steps, QStringLiteral("steps/pkg-a/files/fix.patch"), QByteArray(5000, 'p'));
        leftOut(QStringLiteral("steps/pkg-a/files/x.github"));
        folder(Part::Steps, QStringLiteral("steps/pkg-b"));
        file(Part::Steps, QStringLiteral("steps/pkg-b/sources"),
            CheckoutFixture::fLine(QStringLiteral("gamma-3.tar.gz")));
        folder(Part::Steps, QStringLiteral("steps/jump"));
        fixture.setFiwix(1381376);
        files[int(Part::Steps)] += 1;
        bytes[int(Part::Steps)] += QFileInfo(fixture.root() + QStringLiteral("/steps/jump/fiwix.sh")).size();
        file(Part::Steps, QStringLiteral("steps/bootstrap.cfg"), "ARCH=x86\n");

        // The first half's distfiles; gamma (after the split) and extras in distfiles/ are not.
        files[int(Part::Distfiles)] += 2; // external, external/distfiles
        for (const QString &name : {QStringLiteral("alpha-1.0.tar.gz"), QStringLiteral("beta-2.tar.xz")}) {
            fixture.addDistfile(name, CheckoutFixture::contentOf(name));
            ++files[int(Part::Distfiles)];
            bytes[int(Part::Distfiles)] += CheckoutFixture::contentOf(name).size();
        }
        fixture.addDistfile(QStringLiteral("gamma-3.tar.gz"), QByteArray(200000, 'z'));

        // The root `src 0 .` and the fixed tail: 3 folders, 3 hex0 outputs (the last command
        // takes no file slot).
        files[int(Part::Fixed)] = 1 + 6;
    }

    // Loads the checkout, splits it at import_payload and counts.
    bool count(SrcfsPlan *plan)
    {
        Checkout checkout;
        DistfilePlan split;
        if (!checkout.load(fixture.root()) || !split.build(checkout))
            return false;
        plan->count(checkout, split, fixture.distfilesDir());
        return true;
    }
    int totalFiles() const { return files[0] + files[1] + files[2] + files[3]; }
    qint64 totalBytes() const { return bytes[0] + bytes[1] + bytes[2] + bytes[3]; }
};

// The findings' stable keys, e.g. "too-many-files".
QStringList codes(const SrcfsPlan &plan)
{
    QStringList out;
    for (const FirstImageFinding &f : plan.findings())
        out << FirstImageFinding::codeKey(f.code);
    return out;
}

QString key(Code code)
{
    return FirstImageFinding::codeKey(code);
}

} // namespace

// The first image's budget for a split, counted from the checkout and the distfiles folder as
// upstream's generator would fill target/init (FIRST-IMAGE.md, "What the prepared folder holds").
class TestSrcfsPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsExactly()
    {
        Prepared p;
        SrcfsPlan plan;
        QVERIFY(p.count(&plan));
        for (const Part part : {Part::Seed, Part::Steps, Part::Distfiles, Part::Fixed}) {
            QCOMPARE(plan.totals(part).files, p.files[int(part)]);
            QCOMPARE(plan.totals(part).bytes, p.bytes[int(part)]);
        }
        const FirstImageBudget &b = plan.budget();
        QCOMPARE(b.filesUsed, p.totalFiles());
        QCOMPARE(b.bytesUsed, p.totalBytes());
        QCOMPARE(b.filesLimit, FirstImageFormat::MaxFiles);
        QCOMPARE(b.bytesLimit, FirstImageFormat::MaxBytes);
        QVERIFY(plan.fits());
        QCOMPARE(codes(plan), QStringList {});
        QVERIFY(!plan.stage0PosixMissing());
        QVERIFY(!plan.bootstrapCfgAssumed());
        QVERIFY(plan.missingDistfiles().isEmpty());

        // The Fiwix figure is the checkout's; what it leaves is the rest of the file area.
        QVERIFY(b.fiwix);
        QCOMPARE(b.fiwix->initrdKiB, qint64(1381376));
        QCOMPARE(b.fiwix->line, 3);
        QCOMPARE(b.leftBeforeFiwix(), FirstImageFormat::MaxBytes - 1381376LL * 1024 - p.totalBytes());
    }

    void largestFiles()
    {
        Prepared p;
        SrcfsPlan plan;
        QVERIFY(p.count(&plan));
        QStringList paths;
        for (const SrcfsPlan::Contributor &c : plan.largest())
            paths << c.path + QLatin1Char(' ') + QString::number(c.size);
        // Largest first; nothing left out shows up (they are written 100,000 bytes large).
        const qint64 alpha = CheckoutFixture::contentOf(QStringLiteral("alpha-1.0.tar.gz")).size();
        const qint64 beta = CheckoutFixture::contentOf(QStringLiteral("beta-2.tar.xz")).size();
        QCOMPARE(paths.first(), QStringLiteral("./steps/pkg-a/files/fix.patch 5000"));
        QVERIFY(paths.contains(QStringLiteral("./external/distfiles/alpha-1.0.tar.gz %1").arg(alpha)));
        QVERIFY(paths.contains(QStringLiteral("./external/distfiles/beta-2.tar.xz %1").arg(beta)));
        QVERIFY(paths.contains(QStringLiteral("./x86/hex0_x86.hex0 700")));
        QCOMPARE(paths.size(), SrcfsPlan::LargestCount);
        for (const QString &path : paths) {
            QVERIFY2(!path.contains(QLatin1String(".git")), qPrintable(path));
            QVERIFY2(!path.contains(QLatin1String("bootstrap-seeds")), qPrintable(path));
            QVERIFY2(!path.contains(QLatin1String("gamma")), qPrintable(path));
        }
    }

    // One listing serves every split: the counts equal count()'s, split by split, and only the
    // distfiles differ (gamma-3.tar.gz, 200,000 bytes, joins when the split moves past pkg-b).
    void oneTreeForEverySplit()
    {
        Prepared p;
        p.fixture.setManifest("build: pkg-a\nimprove: import_payload\nbuild: pkg-b\nimprove: get_network\n");
        Checkout checkout;
        QVERIFY(checkout.load(p.fixture.root()));
        const SrcfsPlan::Tree tree = SrcfsPlan::Tree::list(checkout.root());
        QVERIFY(tree.size() > 10);
        qint64 previousBytes = 0;
        int previousFiles = 0;
        for (const QString &step : checkout.improveSteps()) {
            DistfilePlan split;
            QVERIFY(split.build(checkout, step));
            SrcfsPlan direct;
            direct.count(checkout, split, p.fixture.distfilesDir());
            SrcfsPlan reused;
            reused.count(tree, split, p.fixture.distfilesDir());
            QCOMPARE(reused.budget().filesUsed, direct.budget().filesUsed);
            QCOMPARE(reused.budget().bytesUsed, direct.budget().bytesUsed);
            QCOMPARE(reused.budget().leftBeforeFiwix(), direct.budget().leftBeforeFiwix());
            QCOMPARE(codes(reused), codes(direct));
            QCOMPARE(reused.largest().size(), direct.largest().size());
            for (const Part part : {Part::Seed, Part::Steps, Part::Distfiles, Part::Fixed})
                QCOMPARE(reused.totals(part).files, direct.totals(part).files);
            if (step == QLatin1String("get_network")) {
                QCOMPARE(reused.budget().filesUsed, previousFiles + 1);
                QCOMPARE(reused.budget().bytesUsed, previousBytes + 200000);
            }
            previousFiles = reused.budget().filesUsed;
            previousBytes = reused.budget().bytesUsed;
        }
    }

    void stage0PosixMissing_data()
    {
        QTest::addColumn<bool>("keepEmptyFolder");
        QTest::newRow("no folder") << false;
        QTest::newRow("submodule not checked out: empty folder") << true;
    }

    void stage0PosixMissing()
    {
        QFETCH(bool, keepEmptyFolder);
        Prepared p;
        const QString stage0 = p.fixture.root() + QStringLiteral("/seed/stage0-posix");
        QVERIFY(QDir(stage0).removeRecursively());
        if (keepEmptyFolder)
            QVERIFY(QDir().mkpath(stage0));
        SrcfsPlan plan;
        QVERIFY(p.count(&plan));
        QVERIFY(plan.stage0PosixMissing());
        QVERIFY2(
            plan.stage0PosixNote().contains(QLatin1String("seed/stage0-posix")), qPrintable(plan.stage0PosixNote()));
        // seed/'s own files are still counted.
        QCOMPARE(plan.totals(Part::Seed).files, 2);
        QCOMPARE(plan.totals(Part::Seed).bytes, qint64(430));
    }

    void unknownSizes()
    {
        Prepared p;
        QVERIFY(QFile::remove(p.fixture.distfile(QStringLiteral("beta-2.tar.xz"))));
        QVERIFY(QFile::remove(p.fixture.root() + QStringLiteral("/steps/bootstrap.cfg")));
        SrcfsPlan plan;
        QVERIFY(p.count(&plan));
        // Each still takes its file slot; neither adds bytes.
        QCOMPARE(plan.missingDistfiles(), QStringList {QStringLiteral("beta-2.tar.xz")});
        QVERIFY(plan.bootstrapCfgAssumed());
        QCOMPARE(plan.budget().filesUsed, p.totalFiles());
        QCOMPARE(plan.budget().bytesUsed,
            p.totalBytes() - CheckoutFixture::contentOf(QStringLiteral("beta-2.tar.xz")).size() - 9);
        QCOMPARE(codes(plan), QStringList {}); // a file of unknown size is not an empty file
    }

    void tooManyFiles()
    {
        Prepared p;
        // Enough small files in one step's folder to pass builder-hex0's 14,332 slots.
        const QString many = p.fixture.root() + QStringLiteral("/steps/pkg-b/files");
        QVERIFY(QDir().mkpath(many));
        for (int i = 0; i < FirstImageFormat::MaxFiles; ++i) {
            QFile f(many + QStringLiteral("/f%1").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        SrcfsPlan plan;
        QVERIFY(p.count(&plan));
        QCOMPARE(plan.budget().filesUsed, p.totalFiles() + 1 + FirstImageFormat::MaxFiles);
        QVERIFY(!plan.fits());
        QVERIFY(codes(plan).contains(key(Code::TooManyFiles)));
    }

    void fiwixImageDoesNotFit()
    {
        Prepared p;
        // The whole file area for the ext2 image leaves nothing for the srcfs.
        p.fixture.setFiwix(FirstImageFormat::MaxBytes / 1024);
        SrcfsPlan plan;
        QVERIFY(p.count(&plan));
        QVERIFY(plan.budget().leftBeforeFiwix() < 0);
        QVERIFY(!plan.fits());
        QCOMPARE(codes(plan), QStringList {key(Code::FiwixInitrdDoesNotFit)});
    }

    void noFiwixScript()
    {
        Prepared p;
        QVERIFY(QFile::remove(p.fixture.root() + QStringLiteral("/steps/jump/fiwix.sh")));
        SrcfsPlan plan;
        QVERIFY(p.count(&plan));
        QVERIFY(!plan.budget().fiwix);
        QVERIFY(plan.fits());
    }

    void realFiwixScript()
    {
        const QString real = QStringLiteral(PAYLOAD_STUDIO_SOURCE_DIR "/tests/data/live-bootstrap/steps/jump/fiwix.sh");
        QVERIFY2(QFile::exists(real), qPrintable(real));
        Prepared p;
        const QString path = p.fixture.root() + QStringLiteral("/steps/jump/fiwix.sh");
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(real, path));
        SrcfsPlan plan;
        QVERIFY(p.count(&plan));
        QVERIFY(plan.budget().fiwix);
        QCOMPARE(plan.budget().fiwix->initrdKiB, qint64(1381376)); // FIRST-IMAGE.md, "The Fiwix hand-off"
    }
};

QTEST_GUILESS_MAIN(TestSrcfsPlan)
#include "tst_srcfsplan.moc"
