// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntrySetDiff.h"
#include "Sha256.h"

#include <QTest>

namespace {

// A set written compactly: "name:size[:content]" items separated by spaces. The content tag
// stands for the item's digest (the SHA-256 of the tag); without it the digest is unknown.
QList<DiffItem> set(const char *spec)
{
    QList<DiffItem> items;
    for (const QByteArray &word : QByteArray(spec).split(' ')) {
        if (word.isEmpty())
            continue;
        const QList<QByteArray> fields = word.split(':');
        DiffItem item;
        item.name = fields.at(0);
        item.size = fields.at(1).toLongLong();
        if (fields.size() > 2)
            item.sha256 = Sha256::hexOf(fields.at(2));
        items << item;
    }
    return items;
}

// Changes written compactly: "kind:oldIndex:newIndex" separated by spaces, in the order
// compare() must return them.
QStringList spell(const QList<EntryChange> &changes)
{
    QStringList words;
    for (const EntryChange &c : changes)
        words << QStringLiteral("%1:%2:%3").arg(EntryChange::kindKey(c.kind)).arg(c.oldIndex).arg(c.newIndex);
    return words;
}

QList<int> indices(const char *spec)
{
    QList<int> out;
    for (const QByteArray &word : QByteArray(spec).split(' '))
        if (!word.isEmpty())
            out << word.toInt();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(EntryChange::Kind)

// EntrySetDiff, what `lbpayload diff` and the GUI's comparison decide: which items need a
// digest, and the differences between two sets as the importer would leave them on disk.
class TestEntrySetDiff : public QObject
{
    Q_OBJECT

private:
    // The rows shared by both steps: the sets, the digests hashesNeeded() asks for, and
    // compare()'s answer once they are known (rows give the digests where asked).
    void rows()
    {
        QTest::addColumn<QString>("oldSpec");
        QTest::addColumn<QString>("newSpec");
        QTest::addColumn<QString>("oldHashed"); // indices hashesNeeded() lists for the old set
        QTest::addColumn<QString>("newHashed");
        QTest::addColumn<QString>("changes");

        const auto row = [](const char *name, const char *oldSet, const char *newSet, const char *oldHashed,
                             const char *newHashed, const char *changes) {
            QTest::newRow(name) << QString::fromLatin1(oldSet) << QString::fromLatin1(newSet)
                                << QString::fromLatin1(oldHashed) << QString::fromLatin1(newHashed)
                                << QString::fromLatin1(changes);
        };
        row("both empty", "", "", "", "", "");
        row("identical", "a:3:x b:5:y", "a:3:x b:5:y", "0 1", "0 1", "");
        row("order does not matter", "a:3:x b:5:y", "b:5:y a:3:x", "0 1", "0 1", "");
        row("size changed: no digest needed", "a:3 b:5:y", "a:4 b:5:y", "1", "1", "changed:0:0");
        row("same size, other content", "a:3:x", "a:3:z", "0", "0", "changed:0:0");
        row("same size, digests unknown: unchanged", "a:3", "a:3", "0", "0", "");
        row("same size, one digest unknown: unchanged", "a:3:x", "a:3", "0", "0", "");
        row("added", "a:3:x", "a:3:x b:5:y", "0", "0", "added:-1:1");
        row("removed", "a:3:x b:5:y", "a:3:x", "0", "0", "removed:1:-1");
        row("renamed", "old:5:y", "new:5:y", "0", "0", "renamed:0:0");
        row("same size, other bytes: not a rename", "old:5:y", "new:5:z", "0", "0", "added:-1:0 removed:0:-1");
        row("rename candidate without digests", "old:5", "new:5", "0", "0", "added:-1:0 removed:0:-1");
        row("other size: never hashed for a rename", "old:5:y", "new:6:y", "", "", "added:-1:0 removed:0:-1");
        row("only equal sizes are rename candidates", "old:5:y", "n1:5:y n2:7:z", "0", "0", "added:-1:1 renamed:0:0");
        row("several renames pair in name order", "a:5:y b:5:y", "d:5:y c:5:y", "0 1", "0 1",
            "renamed:0:1 renamed:1:0");
        row("more removed than added of one content", "a:5:y b:5:y", "c:5:y", "0 1", "0", "renamed:0:0 removed:1:-1");
        // The importer lets the last file of a name overwrite the earlier ones.
        row("repeated name: the last counts", "x:1:p x:2:q", "x:2:q", "1", "0", "");
        row("repeated name: the last differs", "x:2:q x:1:p", "x:2:q", "", "", "changed:1:0");
        row("repeated name in the new set", "x:2:q", "x:2:q y:1:r x:3:s", "", "", "changed:0:2 added:-1:1");
        row("sorted by name across kinds", "c:1:p b:2:q", "c:9:p a:3:r", "", "", "added:-1:1 removed:1:-1 changed:0:0");
        row("renamed sorts by its old name", "z:5:y", "a:5:y m:1:n", "0", "0", "added:-1:1 renamed:0:0");
    }

private Q_SLOTS:
    void hashesNeeded_data() { rows(); }

    void hashesNeeded()
    {
        QFETCH(QString, oldSpec);
        QFETCH(QString, newSpec);
        QFETCH(QString, oldHashed);
        QFETCH(QString, newHashed);
        QList<int> oldIndices {99}, newIndices {99}; // cleared first
        EntrySetDiff::hashesNeeded(
            set(oldSpec.toLatin1().constData()), set(newSpec.toLatin1().constData()), &oldIndices, &newIndices);
        QCOMPARE(oldIndices, indices(oldHashed.toLatin1().constData()));
        QCOMPARE(newIndices, indices(newHashed.toLatin1().constData()));
    }

    void compare_data() { rows(); }

    void compare()
    {
        QFETCH(QString, oldSpec);
        QFETCH(QString, newSpec);
        QFETCH(QString, changes);
        const QList<EntryChange> found =
            EntrySetDiff::compare(set(oldSpec.toLatin1().constData()), set(newSpec.toLatin1().constData()));
        QCOMPARE(spell(found).join(QLatin1Char(' ')), changes);
    }

    // Only the digests hashesNeeded() asks for are ever computed, so compare() must give the
    // same answer when every other digest is left out.
    void digestsNotAskedForDoNotMatter_data() { rows(); }

    void digestsNotAskedForDoNotMatter()
    {
        QFETCH(QString, oldSpec);
        QFETCH(QString, newSpec);
        QFETCH(QString, changes);
        QList<DiffItem> oldSet = set(oldSpec.toLatin1().constData());
        QList<DiffItem> newSet = set(newSpec.toLatin1().constData());
        QList<int> oldIndices, newIndices;
        EntrySetDiff::hashesNeeded(oldSet, newSet, &oldIndices, &newIndices);
        for (int i = 0; i < oldSet.size(); ++i)
            if (!oldIndices.contains(i))
                oldSet[i].sha256.clear();
        for (int i = 0; i < newSet.size(); ++i)
            if (!newIndices.contains(i))
                newSet[i].sha256.clear();
        QCOMPARE(spell(EntrySetDiff::compare(oldSet, newSet)).join(QLatin1Char(' ')), changes);
    }

    void kindKey_data()
    {
        QTest::addColumn<EntryChange::Kind>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("added") << EntryChange::Kind::Added << QStringLiteral("added");
        QTest::newRow("removed") << EntryChange::Kind::Removed << QStringLiteral("removed");
        QTest::newRow("changed") << EntryChange::Kind::Changed << QStringLiteral("changed");
        QTest::newRow("renamed") << EntryChange::Kind::Renamed << QStringLiteral("renamed");
    }

    void kindKey()
    {
        QFETCH(EntryChange::Kind, kind);
        QFETCH(QString, key);
        QCOMPARE(EntryChange::kindKey(kind), key);
    }
};

QTEST_GUILESS_MAIN(TestEntrySetDiff)
#include "tst_entrysetdiff.moc"
