// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// A distfile cut short in a checkout's distfiles folder: the check says "cut short" beside
// its checksum state (what the checkout tab and `lbpayload plan` show) for xz, zip and 7z
// files whose trailer is missing, whether the file was hashed, found in the cache or only
// looked at; a whole file, a file without a trailer rule and a file whose checksum is right
// are not judged.
#include "Checkout.h"
#include "CheckoutFixture.h"
#include "DistfileChecker.h"
#include "DistfilePlan.h"
#include "HashCache.h"

#include <K7Zip>
#include <KCompressionDevice>
#include <KZip>

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using State = DistfileCheck::State;
using Mode = DistfileChecker::Mode;

Q_DECLARE_METATYPE(DistfileChecker::Mode)

namespace {

QByteArray noise(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (char &c : out)
        c = char(random.generate() & 0xff);
    return out;
}

// A real archive of `format` ("xz", "gz", "zip", "7z") holding 200 KB of noise.
QByteArray archive(const QString &format)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    const QByteArray data = noise(200000);
    if (format == QLatin1String("zip") || format == QLatin1String("7z")) {
        std::unique_ptr<KArchive> a;
        if (format == QLatin1String("zip"))
            a = std::make_unique<KZip>(&buffer);
        else
            a = std::make_unique<K7Zip>(&buffer);
        if (!a->open(QIODevice::WriteOnly) || !a->writeFile(QStringLiteral("pkg/blob.bin"), data) || !a->close())
            return {};
        return buffer.data();
    }
    KCompressionDevice device(
        &buffer, false, format == QLatin1String("xz") ? KCompressionDevice::Xz : KCompressionDevice::GZip);
    if (!device.open(QIODevice::WriteOnly) || device.write(data) != data.size())
        return {};
    device.close();
    return buffer.data();
}

} // namespace

class TestDistfileCutShort : public QObject
{
    Q_OBJECT

    // The standard checkout with pkg-b's distfile `name` holding `content`; the sources line
    // pins `pinned` (the content of a good download).
    struct Setup
    {
        QTemporaryDir dir;
        CheckoutFixture fixture {dir.path()};
        DistfilePlan plan;
        int row = -1;
        Setup(const QString &name, const QByteArray &content, const QByteArray &pinned)
        {
            fixture.writeStandard();
            fixture.setSources(QStringLiteral("pkg-b"),
                "f https://example.org/src/" + name.toUtf8() + ' ' + CheckoutFixture::sha256(pinned) + ' ' +
                    name.toUtf8() + '\n');
            QFile::remove(fixture.distfile(QStringLiteral("beta-2.tar.xz")));
            fixture.addDistfile(name, content);
            Checkout checkout;
            // A fixture that fails to load stops the run where it fails (a constructor cannot QVERIFY).
            if (!checkout.load(dir.path()))
                qFatal("the checkout fixture does not load: %s", qPrintable(checkout.error()));
            if (!plan.build(checkout))
                qFatal("the checkout fixture does not split: %s", qPrintable(plan.errors().join(u"; ")));
            const QList<PlannedDistfile> all = plan.all();
            for (int i = 0; i < all.size(); ++i)
                if (all.at(i).fileName == name)
                    row = i;
        }
    };

private Q_SLOTS:
    void cutShortBesideTheChecksum_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("cut");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<bool>("cutShort");
        QTest::addColumn<QString>("says");
        for (const Mode mode : {Mode::Hash, Mode::StatOnly}) {
            const char *m = mode == Mode::Hash ? "hashed" : "stat only";
            QTest::addRow("xz cut, %s", m) << "xz"
                                           << "beta-2.tar.xz" << true << mode << true << "xz stream footer";
            QTest::addRow("zip cut, %s", m) << "zip"
                                            << "beta-2.zip" << true << mode << true << "central directory";
            QTest::addRow("7z cut, %s", m) << "7z"
                                           << "beta-2.7z" << true << mode << true << "7-Zip header";
            QTest::addRow("xz whole, %s", m) << "xz"
                                             << "beta-2.tar.xz" << false << mode << false << "";
            QTest::addRow("zip whole, %s", m) << "zip"
                                              << "beta-2.zip" << false << mode << false << "";
            QTest::addRow("gz cut (no rule), %s", m) << "gz"
                                                     << "beta-2.tar.gz" << true << mode << false << "";
        }
    }
    void cutShortBesideTheChecksum()
    {
        QFETCH(QString, format);
        QFETCH(QString, name);
        QFETCH(bool, cut);
        QFETCH(Mode, mode);
        QFETCH(bool, cutShort);
        QFETCH(QString, says);
        const QByteArray whole = archive(format);
        QVERIFY(!whole.isEmpty());
        const QByteArray content = cut ? whole.left(whole.size() / 2) : whole;
        // The sources line pins another file: the checksum is wrong in every row.
        Setup s(name, content, whole + "other");
        QVERIFY(s.row >= 0);
        const DistfileCheckReport report =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), nullptr, mode);
        const DistfileCheck &check = report.checks.at(s.row);
        const State state = mode == Mode::Hash ? State::WrongChecksum : State::Present;
        QCOMPARE(check.state, state);
        QCOMPARE(!check.cutShort.isEmpty(), cutShort);
        if (!cutShort) {
            QCOMPARE(check.statusText(), DistfileCheck::stateName(state));
            return;
        }
        QVERIFY2(check.cutShort.contains(says), qPrintable(check.cutShort));
        QVERIFY2(check.cutShort.contains(QString::number(content.size())), qPrintable(check.cutShort));
        QCOMPARE(check.statusText(), DistfileCheck::stateName(state) + QStringLiteral(", cut short"));
        // checkOne(), for a file that changed in a watched folder, says the same.
        const DistfileCheck one =
            DistfileChecker::checkOne(s.plan.all().at(s.row), s.fixture.distfilesDir(), nullptr, mode);
        QCOMPARE(one.cutShort, check.cutShort);
    }

    // A digest from the cache reads nothing for hashing; the look at the end is still made.
    void fromTheCacheToo()
    {
        const QByteArray whole = archive(QStringLiteral("xz"));
        const QByteArray content = whole.left(whole.size() - 100);
        Setup s(QStringLiteral("beta-2.tar.xz"), content, whole);
        HashCache cache(s.dir.filePath(QStringLiteral("cache")));
        DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), &cache, Mode::Hash);
        const DistfileCheckReport second =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), &cache, Mode::Hash);
        const DistfileCheck &check = second.checks.at(s.row);
        QVERIFY(check.fromCache);
        QCOMPARE(check.state, State::WrongChecksum);
        QVERIFY2(check.cutShort.contains(QString::number(content.size())), qPrintable(check.cutShort));
        QCOMPARE(second.bytesHashed, 0);
    }

    // A file whose checksum is the one pinned is what upstream published: never judged.
    void aRightChecksumIsNotJudged()
    {
        const QByteArray whole = archive(QStringLiteral("xz"));
        const QByteArray content = whole.left(whole.size() / 2);
        Setup s(QStringLiteral("beta-2.tar.xz"), content, content);
        const DistfileCheckReport report =
            DistfileChecker::check(s.plan.all(), s.fixture.distfilesDir(), nullptr, Mode::Hash);
        QCOMPARE(report.checks.at(s.row).state, State::Ok);
        QVERIFY(report.checks.at(s.row).cutShort.isEmpty());
        QCOMPARE(report.checks.at(s.row).statusText(), DistfileCheck::stateName(State::Ok));
    }
};

QTEST_GUILESS_MAIN(TestDistfileCutShort)
#include "tst_distfilecutshort.moc"
