// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntryHasher.h"
#include "PayloadReader.h"
#include "PayloadVerifier.h"
#include "Sha256.h"
#include "TestImage.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using TestImage::Entry;

class TestPayloadVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString image(const QList<Entry> &entries)
    {
        const QString path = m_dir.filePath(QStringLiteral("v.img"));
        TestImage::writeFile(path, TestImage::assemble(true, entries));
        return path;
    }

    static Manifest manifestOf(const QList<Entry> &entries)
    {
        Manifest m;
        for (const Entry &e : entries)
            m.entries.append({e.name, e.data.size(), -1, Sha256::hexOf(e.data)});
        return m;
    }

private Q_SLOTS:
    void hashesEveryEntryOnAllCores()
    {
        QList<Entry> entries;
        for (int i = 0; i < 20; ++i)
            entries.append({"e" + QByteArray::number(i), QByteArray(i * 70000, char('a' + i))});
        PayloadReader reader;
        QVERIFY(reader.open(image(entries)));
        QString error;
        const QList<QByteArray> digests = EntryHasher::hash(reader, {}, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(digests.at(i), Sha256::hexOf(entries.at(i).data));
        QCOMPARE(Sha256::hexOf(""), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void soundImageWithMatchingManifestIsOk()
    {
        const QList<Entry> entries = TestImage::sample();
        const VerifyReport report = PayloadVerifier::verify(image(entries), manifestOf(entries));
        QVERIFY(report.ok());
        QCOMPARE(report.hashesChecked, 3);
        QCOMPARE(report.layout, PayloadFormat::Layout::U64);
    }

    void mismatchesAreNamed_data()
    {
        QTest::addColumn<QList<Entry>>("manifestEntries");
        QTest::addColumn<QString>("expected");
        const QList<Entry> s = TestImage::sample();
        QTest::newRow("changed bytes") << QList<Entry>{s.at(0), s.at(1), {s.at(2).name, QByteArray(300, 'y')}}
                                       << QStringLiteral("SHA-256");
        QTest::newRow("missing from image") << QList<Entry>{s.at(0), s.at(1), s.at(2), {"extra.txt", "x"}}
                                            << QStringLiteral("missing from the image");
        QTest::newRow("not in manifest") << QList<Entry>{s.at(0), s.at(1)} << QStringLiteral("not in the manifest");
        QTest::newRow("other size") << QList<Entry>{{s.at(0).name, "Hello"}, s.at(1), s.at(2)} << QStringLiteral("size 13");
    }

    void mismatchesAreNamed()
    {
        QFETCH(QList<Entry>, manifestEntries);
        QFETCH(QString, expected);
        const VerifyReport report = PayloadVerifier::verify(image(TestImage::sample()), manifestOf(manifestEntries));
        QVERIFY(report.opened);
        QVERIFY(!report.ok());
        QVERIFY2(report.mismatches.join(QLatin1Char('\n')).contains(expected), qPrintable(report.mismatches.join(QLatin1Char('\n'))));
    }

    void importerRejectionFailsVerification()
    {
        const VerifyReport report = PayloadVerifier::verify(image({{"a/b", "x"}}), std::nullopt);
        QVERIFY(report.opened);
        QVERIFY(!report.importerAccepts());
        QVERIFY(!report.ok());
    }

    void brokenStructureFailsVerification()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.img"));
        TestImage::writeFile(path, TestImage::assemble(false, TestImage::sample()).left(30));
        const VerifyReport report = PayloadVerifier::verify(path, std::nullopt);
        QVERIFY(!report.opened);
        QVERIFY(report.structureError.startsWith(path));
    }

    void verifiesStreams()
    {
        const QList<Entry> entries = TestImage::sample();
        QByteArray bytes = TestImage::assemble(true, entries);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        VerifyReport report = PayloadVerifier::verifyStream(&buffer, QStringLiteral("<stdin>"), manifestOf(entries));
        QVERIFY(report.ok());
        QCOMPARE(report.hashesChecked, 3);

        QList<Entry> other = entries;
        other[0].data = "Hello, World\n";
        buffer.seek(0);
        report = PayloadVerifier::verifyStream(&buffer, QStringLiteral("<stdin>"), manifestOf(other));
        QVERIFY(!report.ok());
        QCOMPARE(report.mismatches.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPayloadVerifier)
#include "tst_payloadverifier.moc"
