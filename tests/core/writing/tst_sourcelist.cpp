// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SourceList.h"

#include <QTemporaryDir>
#include <QTest>

class TestSourceList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUpstreamLines()
    {
        QList<BuildEntry> entries;
        QString error;
        QVERIFY(SourceList::parse("bash-5.2.tar.gz /srv/distfiles/bash-5.2.tar.gz\n"
                                  "\n"
                                  "notes.txt /srv/with space/notes.txt\r\n"
                                  "rel.txt sub/rel.txt\n",
                                  QStringLiteral("/base"), &entries, &error));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).name, QByteArray("bash-5.2.tar.gz"));
        QCOMPARE(entries.at(0).sourcePath, QStringLiteral("/srv/distfiles/bash-5.2.tar.gz"));
        QCOMPARE(entries.at(1).sourcePath, QStringLiteral("/srv/with space/notes.txt")); // the path is the rest of the line
        QCOMPARE(entries.at(2).sourcePath, QStringLiteral("/base/sub/rel.txt"));
    }

    void rejectsLinesWithoutAPath_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("name only") << QByteArray("ok /a\nlonely\n");
        QTest::newRow("leading space") << QByteArray("ok /a\n /path\n");
        QTest::newRow("trailing space") << QByteArray("ok /a\nname \n");
    }

    void rejectsLinesWithoutAPath()
    {
        QFETCH(QByteArray, text);
        QList<BuildEntry> entries;
        QString error;
        QVERIFY(!SourceList::parse(text, QStringLiteral("/"), &entries, &error));
        QVERIFY2(error.startsWith(QLatin1String("line 2")), qPrintable(error));
    }

    void writesWhatItReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.txt"));
        const QList<BuildEntry> entries{BuildEntry::fromFile(QStringLiteral("/srv/a b/x.tar.gz"), "x.tar.gz"),
                                        BuildEntry::fromFile(QStringLiteral("/srv/y"), "y")};
        QString error;
        QVERIFY(SourceList::save(path, entries, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("x.tar.gz /srv/a b/x.tar.gz\ny /srv/y\n"));
        QList<BuildEntry> back;
        QVERIFY(SourceList::load(path, &back, &error));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).sourcePath, entries.at(0).sourcePath);
    }

    void refusesWhatTheFormatCannotHold_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("range");
        QTest::newRow("space in name") << QByteArray("a b") << false;
        QTest::newRow("newline in name") << QByteArray("a\nb") << false;
        QTest::newRow("empty name") << QByteArray() << false;
        QTest::newRow("range of an image") << QByteArray("ok") << true;
    }

    void refusesWhatTheFormatCannotHold()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, range);
        const BuildEntry e = range ? BuildEntry::fromRange(QStringLiteral("/x.img"), 10, 5, name)
                                   : BuildEntry::fromFile(QStringLiteral("/x"), name);
        QByteArray text;
        QString error;
        QVERIFY(!SourceList::serialize({e}, &text, &error));
        QVERIFY(error.startsWith(QLatin1String("entry 0")));
    }
};

QTEST_GUILESS_MAIN(TestSourceList)
#include "tst_sourcelist.moc"
