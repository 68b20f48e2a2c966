// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ImporterRules.h"

#include <QTest>

class TestImporterRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("bash-5.2.tar.gz") << true;
        QTest::newRow("two-byte") << QByteArray("gr\xc3\xbc\xc3\x9f" "e") << true;
        QTest::newRow("three-byte") << QByteArray("\xe2\x82\xac") << true;
        QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("truncated sequence") << QByteArray("ok\xe2\x82") << false;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("0xff") << QByteArray("\xff") << false;
        // Long ASCII runs are passed over a word at a time: what follows them is still checked.
        QTest::newRow("eight ASCII bytes") << QByteArray("abcdefgh") << true;
        QTest::newRow("0xff after eight ASCII bytes") << QByteArray("abcdefgh\xff") << false;
        QTest::newRow("0xff inside the second word") << QByteArray("abcdefghijk\xffmnop") << false;
        QTest::newRow("euro sign after sixteen ASCII bytes") << QByteArray("0123456789abcdef\xe2\x82\xac") << true;
        QTest::newRow("truncated after a word") << QByteArray("abcdefgh\xe2\x82") << false;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(ImporterRules::isValidUtf8(bytes), valid);
    }

    void names_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QByteArray("gcc-13.2.0.tar.xz") << true;
        QTest::newRow("1024 bytes") << QByteArray(1024, 'a') << true;
        QTest::newRow("1025 bytes") << QByteArray(1025, 'a') << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("slash") << QByteArray("a/b") << false;
        QTest::newRow("backslash") << QByteArray("a\\b") << false;
        QTest::newRow("invalid UTF-8 is only a warning") << QByteArray("\xff") << true;
        QTest::newRow("space is fine for the importer") << QByteArray("a b") << true;
    }

    void names()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, accepted);
        QCOMPARE(ImporterRules::isAcceptedName(name), accepted);
    }

    void countLimit()
    {
        QVERIFY(ImporterRules::checkCount(200000).isEmpty());
        const ImporterFindings f = ImporterRules::checkCount(200001);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().code, ImporterFinding::Code::CountTooLarge);
        QCOMPARE(f.first().offset, 8);
    }

    void duplicatesPointAtTheEarlierEntry()
    {
        const ImporterFindings f = ImporterRules::checkDuplicates({"a", "b", "a", "a"}, {12, 30, 50, 70});
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).entryIndex, 2);
        QCOMPARE(f.at(0).offset, 50);
        QVERIFY(f.at(0).message.contains(QLatin1String("entry 0")));
        QCOMPARE(f.at(1).entryIndex, 3);
    }
};

QTEST_GUILESS_MAIN(TestImporterRules)
#include "tst_importerrules.moc"
