// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ImporterRules.h"
#include "NameChecker.h"

#include <QTest>

// NameChecker is the importer's name rules run on a second thread while a table is read: its
// findings must be exactly those of checking each name and then the duplicates, in that order,
// however the entries fall into batches.
class TestNameChecker : public QObject
{
    Q_OBJECT

private:
    static QList<PayloadEntry> entriesNamed(const QList<QByteArray> &names)
    {
        QList<PayloadEntry> entries;
        qint64 offset = 12;
        for (int i = 0; i < names.size(); ++i) {
            entries.append(PayloadEntry {i, names.at(i), offset, offset + 8 + names.at(i).size(), 0});
            offset += 8 + names.at(i).size();
        }
        return entries;
    }

    // The rules applied one by one, as the reader did before the checks moved to a thread.
    static ImporterFindings oneByOne(const QList<PayloadEntry> &entries)
    {
        ImporterFindings out;
        QList<QByteArray> names;
        QList<qint64> offsets;
        for (const PayloadEntry &e : entries) {
            out << ImporterRules::checkName(e.rawName, e.index, e.headerOffset);
            names << e.rawName;
            offsets << e.headerOffset;
        }
        out << ImporterRules::checkDuplicates(names, offsets);
        return out;
    }

    static QString describe(const ImporterFinding &f)
    {
        return QStringLiteral("%1 %2 entry %3 at %4: %5")
            .arg(ImporterFinding::severityKey(f.severity), ImporterFinding::codeKey(f.code))
            .arg(f.entryIndex)
            .arg(f.offset)
            .arg(f.message);
    }

    static QStringList described(const ImporterFindings &findings)
    {
        QStringList out;
        for (const ImporterFinding &f : findings)
            out << describe(f);
        return out;
    }

private Q_SLOTS:
    void sameFindingsAsTheRulesOneByOne_data()
    {
        QTest::addColumn<QList<QByteArray>>("names");
        QTest::newRow("no entries") << QList<QByteArray> {};
        QTest::newRow("clean names") << QList<QByteArray> {"bash-5.2.tar.gz", "gcc-13.2.0.tar.xz"};
        QTest::newRow("every kind of bad name")
            << QList<QByteArray> {"", "a/b", "a\\b", QByteArray(1025, 'n'), "caf\xc3\xa9", "bad\xff", "a/b", "", "ok"};

        // Far more entries than one batch, with repeats that span batches.
        QList<QByteArray> many;
        for (int i = 0; i < 20000; ++i)
            many << "distfile-" + QByteArray::number(i % 7001) + (i % 997 == 0 ? "/x" : "") + ".tar.gz";
        QTest::newRow("20,000 entries, repeats across batches") << many;
    }

    void sameFindingsAsTheRulesOneByOne()
    {
        QFETCH(QList<QByteArray>, names);
        const QList<PayloadEntry> entries = entriesNamed(names);
        NameChecker checker;
        for (const PayloadEntry &e : entries)
            checker.add(e);
        const ImporterFindings found = checker.finish();
        QCOMPARE(described(found), described(oneByOne(entries)));
    }

    void repeatsNameTheFirstEntry()
    {
        NameChecker checker;
        for (const PayloadEntry &e : entriesNamed({"a", "b", "a", "a"}))
            checker.add(e);
        const ImporterFindings found = checker.finish();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).code, ImporterFinding::Code::DuplicateName);
        QCOMPARE(found.at(0).entryIndex, 2);
        QCOMPARE(found.at(1).entryIndex, 3);
        QVERIFY2(found.at(1).message.contains(QLatin1String("entry 0")), qPrintable(found.at(1).message));
    }

    void droppedUnfinishedWithoutWaitingForTheRest()
    {
        // A walk that fails or is canceled destroys its checker without finish(): that must
        // neither hang nor touch the entries it never got to.
        auto checker = std::make_unique<NameChecker>();
        for (const PayloadEntry &e : entriesNamed(QList<QByteArray>(50000, "same")))
            checker->add(e);
        checker.reset();
    }
};

QTEST_GUILESS_MAIN(TestNameChecker)
#include "tst_namechecker.moc"
