// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"
#include "DiskPairFixture.h"

#include <QTemporaryDir>
#include <QTest>

// `lbpayload verify --checkout CHECKOUT INIT EXTERNAL`: the pair check's exit codes and what it
// prints, on disks made from a checkout (DiskPairFixture).
class TestCliVerifyPair : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    DiskPairFixture::Disks make(DiskPairFixture::Damage damage)
    {
        return DiskPairFixture::make(m_dir.filePath(QStringLiteral("case-%1").arg(++m_case)), damage);
    }

private Q_SLOTS:
    void passesForDisksMadeFromTheCheckout()
    {
        const auto disks = make(DiskPairFixture::Damage::None);
        QVERIFY(!disks.first.isEmpty());
        const CliTest::Result r = CliTest::run(
            {QStringLiteral("verify"), QStringLiteral("--checkout"), disks.checkout, disks.first, disks.external});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(": OK, they boot together from"), r.out.constData());
        QVERIFY2(r.out.contains("note: ") && r.out.contains("u32"), r.out.constData());
        // --quiet: nothing on success.
        const CliTest::Result q = CliTest::run({QStringLiteral("verify"), QStringLiteral("-q"),
            QStringLiteral("--checkout"), disks.checkout, disks.first, disks.external});
        QCOMPARE(q.exitCode, 0);
        QCOMPARE(q.out, QByteArray());
    }

    void failsWithEveryProblemNamed()
    {
        const auto disks = make(DiskPairFixture::Damage::ChangedStep);
        const CliTest::Result r = CliTest::run(
            {QStringLiteral("verify"), QStringLiteral("--checkout"), disks.checkout, disks.first, disks.external});
        QCOMPARE(r.exitCode, 1);
        const QByteArray line = disks.first.toUtf8() + ": stale-step: steps/pkg-a/pass1.kaem in ";
        QVERIFY2(r.out.contains(line), r.out.constData());
        QVERIFY2(r.out.contains(": FAILED: 1 problem ("), r.out.constData());
    }

    void saysWhatCannotBeRead_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no checkout") << "checkout" << 3;
        QTest::newRow("first image missing") << "first" << 3;
        QTest::newRow("disks swapped") << "swapped" << 3;
        QTest::newRow("one image only") << "one" << 2;
    }

    void saysWhatCannotBeRead()
    {
        QFETCH(QString, which);
        QFETCH(int, exitCode);
        const auto disks = make(DiskPairFixture::Damage::None);
        QStringList args {QStringLiteral("verify"), QStringLiteral("--checkout"),
            which == QLatin1String("checkout") ? m_dir.filePath(QStringLiteral("nothing")) : disks.checkout};
        if (which == QLatin1String("swapped"))
            args << disks.external << disks.first;
        else if (which == QLatin1String("first"))
            args << m_dir.filePath(QStringLiteral("no-init.img")) << disks.external;
        else if (which == QLatin1String("one"))
            args << disks.first;
        else
            args << disks.first << disks.external;
        const CliTest::Result r = CliTest::run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliVerifyPair)
#include "tst_cli_verify_pair.moc"
