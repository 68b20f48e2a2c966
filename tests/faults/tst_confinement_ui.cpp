// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// The GUI's extraction (ExtractJob, behind Entries > Extract and dragging entries out) against
// hostile images, proven with a sentinel folder as in tst_cli_confinement: nothing outside the
// target folder may appear, change or disappear.

#include "PayloadReader.h"
#include "SentinelFolder.h"
#include "UiTestSupport.h"
#include "jobs/image/ExtractJob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

using Plant = SentinelFolder::Plant;

QByteArray u32(quint32 value)
{
    QByteArray out(4, '\0');
    qToLittleEndian<quint32>(value, out.data());
    return out;
}

QByteArray imageOf(const QList<QByteArray> &names)
{
    QByteArray out = "LBPAYLD1" + u32(quint32(names.size()));
    for (const QByteArray &name : names) {
        const QByteArray data = "hostile data for " + name;
        out += u32(quint32(name.size())) + u32(quint32(data.size())) + name + data;
    }
    return out;
}

QStringList visibleNames(const QString &folder)
{
    QStringList out = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    out.sort();
    return out;
}

} // namespace

class TestConfinementUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
    }

    void extract_data()
    {
        QTest::addColumn<QList<QByteArray>>("names");
        QTest::addColumn<Plant>("plant");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QStringList>("expected");
        const QByteArray absolute = QFile::encodeName(m_dir.filePath(u"box/absolute-escape"_s));
        const std::pair<const char *, QByteArray> refused[] = {{"dot-dot", "../escape"}, {"dot-dot alone", ".."},
            {"dot alone", "."}, {"slash", "sub/name"}, {"absolute", absolute}, {"backslash", "..\\escape"},
            {"NUL byte", QByteArray("nul\0../escape", 13)}, {"empty name", ""}};
        for (const auto &[row, name] : refused)
            QTest::addRow("%s", row) << QList<QByteArray> {"fine.txt", name} << Plant::Nothing << true << false
                                     << QStringList();
        QTest::addRow("link to the sentinel file, no overwrite")
            << QList<QByteArray> {"planted"} << Plant::LinkToSentinelFile << false << false
            << QStringList {u"planted"_s};
        QTest::addRow("link to the sentinel file, overwrite")
            << QList<QByteArray> {"planted"} << Plant::LinkToSentinelFile << true << true << QStringList {u"planted"_s};
        QTest::addRow("link to the sentinel folder, overwrite")
            << QList<QByteArray> {"planted"} << Plant::LinkToSentinelFolder << true << true
            << QStringList {u"planted"_s};
        QTest::addRow("a folder already, overwrite")
            << QList<QByteArray> {"planted"} << Plant::Folder << true << false << QStringList {u"planted"_s};
        // The job writes every entry it is given, and ExtractController passes all of them: the
        // second "same" is refused (it exists), the first stays, nothing escapes. (The importer
        // and `lbpayload extract` keep the last one instead; see README, "Reliability".)
        QList<QByteArray> same(200000, QByteArray("same"));
        QTest::addRow("200,000 entries of one name")
            << same << Plant::Nothing << false << false << QStringList {u"same"_s};
    }

    void extract()
    {
        QFETCH(QList<QByteArray>, names);
        QFETCH(Plant, plant);
        QFETCH(bool, overwrite);
        QFETCH(bool, succeeds);
        QFETCH(QStringList, expected);

        const QString box = m_dir.filePath(u"box"_s);
        QDir(box).removeRecursively();
        QVERIFY(QDir().mkpath(box));
        SentinelFolder sentinel(box);
        const QString planted = sentinel.planted();
        QVERIFY(sentinel.plant(plant));
        sentinel.snapshot();

        const QString image = m_dir.filePath(u"hostile.img"_s);
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(imageOf(names));
        file.close();
        auto reader = std::make_shared<PayloadReader>();
        QVERIFY2(reader->open(image), qPrintable(reader->errorString()));

        ExtractJob job;
        QSignalSpy finished(&job, &ExtractJob::finished);
        PayloadExtractor::Options options;
        options.overwrite = overwrite;
        job.start(reader, sentinel.target(), options);
        QVERIFY(finished.wait(300000));
        QVERIFY2(job.succeeded() == succeeds, qPrintable(job.error()));
        if (!succeeds)
            QVERIFY(!job.error().isEmpty());
        const QString changes = sentinel.changesOutsideTarget();
        QVERIFY2(changes.isEmpty(), qPrintable(changes));
        QCOMPARE(visibleNames(sentinel.target()), expected);
        if (plant == Plant::Folder)
            QCOMPARE(visibleNames(planted), QStringList {u"kept"_s});
    }
};

QTEST_MAIN(TestConfinementUi)
#include "tst_confinement_ui.moc"
