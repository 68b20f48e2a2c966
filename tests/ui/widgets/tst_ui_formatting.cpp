// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "widgets/meters/FillMeter.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/summaries/PayloadStatusWidget.h"

#include <QLocale>

using namespace Qt::StringLiterals;

// Numbers, percentages and core messages as the GUI writes them, in several locales, and the
// status bar's fill meter that shows one.
class TestFormatting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void count_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English, seven") << u"en_US"_s << qint64(7) << u"7"_s;
        QTest::newRow("English, thousands") << u"en_US"_s << qint64(960240) << u"960,240"_s;
        QTest::newRow("German, thousands") << u"de_DE"_s << qint64(960240) << u"960.240"_s;
        QTest::newRow("German, millions") << u"de_DE"_s << qint64(1234567) << u"1.234.567"_s;
    }

    void count()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, n);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(Formatting::count(n), expected);
    }

    void percent_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << u"en_US"_s << 64.94 << 1 << u"64.9%"_s;
        QTest::newRow("English, whole") << u"en_GB"_s << 100.0 << 0 << u"100%"_s;
        QTest::newRow("German") << u"de_DE"_s << 64.94 << 1 << u"64,9\u00a0%"_s;
        QTest::newRow("French") << u"fr_FR"_s << 5.24 << 1 << u"5,2\u00a0%"_s;
    }

    void percent()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(Formatting::percent(value, decimals), expected);
    }

    void sentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lower case") << u"member escapes the folder"_s << u"Member escapes the folder"_s;
        QTest::newRow("capital already") << u"The name says gzip"_s << u"The name says gzip"_s;
        QTest::newRow("number first") << u"43 zero bytes follow"_s << u"43 zero bytes follow"_s;
        QTest::newRow("umlaut") << u"über die Grenze"_s << u"Über die Grenze"_s;
        QTest::newRow("one word") << u"truncated"_s << u"Truncated"_s;
        QTest::newRow("word and colon") << u"member: ../x"_s << u"Member: ../x"_s;
        QTest::newRow("file name") << u"page.tar.gz is named like a gzip"_s << u"page.tar.gz is named like a gzip"_s;
        QTest::newRow("path") << u"../escape.txt would land outside"_s << u"../escape.txt would land outside"_s;
        QTest::newRow("hyphenated name") << u"musl-1.2.4 is missing"_s << u"musl-1.2.4 is missing"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void sentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Formatting::sentence(text), expected);
    }

    void statusBarFill_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << u"en_US"_s << u"50.0% full"_s;
        QTest::newRow("German") << u"de_DE"_s << u"50,0\u00a0% full"_s;
    }

    // The target disk's fill, as the status bar writes it: 128 MiB on a 256 MiB disk.
    void statusBarFill()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        PayloadStatusWidget status;
        status.setTargetDiskBytes(qint64(256) << 20);
        status.setFacts(1, qint64(128) << 20, qint64(128) << 20, PayloadFormat::Layout::U32, 0, 0, 0);
        const FillMeter *fill = status.findChild<FillMeter *>();
        QVERIFY(fill);
        QCOMPARE(fill->format(), expected);
    }

    void durationGroupsLargeNumbers()
    {
        QLocale::setDefault(QLocale(u"de_DE"_s));
        QCOMPARE(Formatting::duration(12), u"12 s"_s);
        QCOMPARE(Formatting::duration(1234 * 3600 + 60), u"1.234 h 1 min"_s);
    }
};

QTEST_MAIN(TestFormatting)
#include "tst_ui_formatting.moc"
