// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DiskPairCheck.h"
#include "DiskPairFixture.h"

#include <QTemporaryDir>
#include <QTest>

// The pair check as a user meets it: a checkout, the two disks built from it the way upstream
// prepares them (init.img from target/init, external.img from the external half), and what
// the check says once one thing about them is off.
class TestDiskPairCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    using Disks = DiskPairFixture::Disks;
    using Damage = DiskPairFixture::Damage;

    Disks make(Damage damage)
    {
        return DiskPairFixture::make(m_dir.filePath(QStringLiteral("case-%1").arg(++m_case)), damage);
    }

    static DiskPairCheck check(const Disks &disks)
    {
        DiskPairCheck::Request request = DiskPairCheck::Request::fromCheckout(disks.checkout);
        request.firstImage = disks.first;
        request.externalImage = disks.external;
        DiskPairCheck check;
        if (!check.check(request))
            qWarning() << check.error();
        return check;
    }

private Q_SLOTS:
    void disksMadeFromTheCheckoutBelongTogether()
    {
        const Disks disks = make(Damage::None);
        QVERIFY(!disks.first.isEmpty());
        const DiskPairCheck result = check(disks);
        QVERIFY2(result.error().isEmpty(), qPrintable(result.error()));
        QVERIFY2(result.holds(), qPrintable(result.problems().value(0).message));
        QCOMPARE(result.firstHalfChecked(), CheckoutFixture::standardFirstImage().size());
        QCOMPARE(result.externalChecked(), CheckoutFixture::standardExternalImage().size());
        QVERIFY(result.stepFilesChecked() >= 7); // manifest, six sources files, pass1.kaem
        QVERIFY2(result.notes().join(QLatin1Char(' ')).contains(QStringLiteral("u32")),
            qPrintable(result.notes().join(QLatin1Char(' '))));
    }

    void namesWhatIsOff_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("count");
        QTest::newRow("a step changed since") << int(Damage::ChangedStep) << "stale-step"
                                              << "steps/pkg-a/pass1.kaem" << 1;
        QTest::newRow("a step added since") << int(Damage::NewStepInCheckout) << "missing-step"
                                            << "steps/pkg-b/pass1.kaem" << 1;
        QTest::newRow("a step of another checkout") << int(Damage::StepOnlyInImage) << "extra-step"
                                                    << "steps/pkg-old/pass1.kaem" << 1;
        // Both first-half distfiles were given other bytes.
        QTest::newRow("a first-half distfile with other bytes")
            << int(Damage::WrongFirstDistfile) << "checksum-mismatch"
            << "alpha-1.0.tar.gz" << 2;
        QTest::newRow("a first-half distfile on the external disk")
            << int(Damage::FirstDistfileOnExternal) << "misplaced-distfile"
            << "beta-2.tar.xz" << 1;
        // The importer lives under steps/, so its new revision is a changed step file too.
        QTest::newRow("an importer that reads u64") << int(Damage::U64Importer) << "layout-mismatch"
                                                    << "" << 2;
        QTest::newRow("a distfile on neither disk") << int(Damage::MissingExternal) << "missing-distfile"
                                                    << "gamma-3.tar.gz" << 3;
    }

    void namesWhatIsOff()
    {
        QFETCH(int, damage);
        QFETCH(QString, code);
        QFETCH(QString, subject);
        QFETCH(int, count);
        const Disks disks = make(Damage(damage));
        QVERIFY(!disks.first.isEmpty());
        const DiskPairCheck result = check(disks);
        QVERIFY2(result.error().isEmpty(), qPrintable(result.error()));
        QVERIFY(!result.holds());
        QStringList seen;
        bool found = false;
        for (const DiskPairProblem &p : result.problems()) {
            seen << DiskPairProblem::codeKey(p.code) + QLatin1Char(' ') + p.subject;
            found = found || (DiskPairProblem::codeKey(p.code) == code && p.subject == subject);
        }
        QVERIFY2(found, qPrintable(seen.join(QStringLiteral("; "))));
        // Only what was done is reported.
        QCOMPARE(result.problems().size(), count);
    }

    void saysWhenADiskCannotBeRead()
    {
        const Disks disks = make(Damage::None);
        DiskPairCheck::Request request = DiskPairCheck::Request::fromCheckout(disks.checkout);
        request.firstImage = disks.external; // swapped: external.img is no first image
        request.externalImage = disks.first;
        DiskPairCheck result;
        QVERIFY(!result.check(request));
        QVERIFY2(result.error().startsWith(disks.external + QLatin1Char(':')), qPrintable(result.error()));
    }

    void stopsWhenCanceled()
    {
        const Disks disks = make(Damage::None);
        DiskPairCheck::Request request = DiskPairCheck::Request::fromCheckout(disks.checkout);
        request.firstImage = disks.first;
        request.externalImage = disks.external;
        JobControl control;
        control.isCanceled = [] {
            return true;
        };
        DiskPairCheck result;
        QVERIFY(!result.check(request, control));
        QVERIFY(result.wasCanceled());
    }
};

QTEST_GUILESS_MAIN(TestDiskPairCheck)
#include "tst_diskpaircheck.moc"
