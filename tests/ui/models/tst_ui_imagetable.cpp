// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// ImageTableProxy, the image table's sort and filter computed on a worker: the rows it shows
// once an order is applied are those QSortFilterProxyModel shows for the same sort and filter,
// rows arriving meanwhile are not lost, and the current row follows its entry.
#include "UiTestSupport.h"

#include "model/image/ImageEntryModel.h"
#include "model/image/ImageTableProxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

class TestImageTable : public QObject
{
    Q_OBJECT

private:
    // Entries with repeated sizes and kinds, so that a stable sort is told from an unstable one.
    static QList<PayloadEntry> entries(int first, int count)
    {
        QList<PayloadEntry> out;
        qint64 offset = 12 + qint64(first) * 64;
        for (int i = first; i < first + count; ++i) {
            const char *suffix[] = {".tar.gz", ".tar.xz", ".zip", ".txt"};
            const QByteArray name =
                "pkg-" + QByteArray::number((i * 7919) % 1000) + "-" + QByteArray::number(i) + suffix[i % 4];
            out << PayloadEntry {i, name, offset, offset + 8 + name.size(), qint64((i * 31) % 17) * 100};
            offset += 64;
        }
        return out;
    }

    static QList<int> shownRows(const QAbstractItemModel &proxy)
    {
        QList<int> out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, ImageEntryModel::IndexColumn).data(ImageEntryModel::EntryIndexRole).toInt();
        return out;
    }

    static bool settle(ImageTableProxy &proxy)
    {
        return QTest::qWaitFor([&] { return !proxy.isPending(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void sameRowsAsQSortFilterProxyModel_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        QTest::addRow("model order") << -1 << Qt::AscendingOrder << QString();
        QTest::addRow("name") << int(ImageEntryModel::NameColumn) << Qt::AscendingOrder << QString();
        QTest::addRow("size descending") << int(ImageEntryModel::SizeColumn) << Qt::DescendingOrder << QString();
        QTest::addRow("kind") << int(ImageEntryModel::KindColumn) << Qt::AscendingOrder << QString();
        QTest::addRow("status") << int(ImageEntryModel::StatusColumn) << Qt::DescendingOrder << QString();
        QTest::addRow("sha256") << int(ImageEntryModel::Sha256Column) << Qt::AscendingOrder << QString();
        QTest::addRow("filter only") << -1 << Qt::AscendingOrder << u"TAR.GZ"_s;
        QTest::addRow("size and filter") << int(ImageEntryModel::SizeColumn) << Qt::AscendingOrder << u"-1"_s;
        QTest::addRow("nothing matches") << int(ImageEntryModel::NameColumn) << Qt::AscendingOrder << u"zzz"_s;
    }

    void sameRowsAsQSortFilterProxyModel()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        ImageEntryModel model;
        ImageTableProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel reference;
        reference.setSourceModel(&model);
        reference.setSortRole(ImageEntryModel::SortRole);
        reference.setFilterRole(ImageEntryModel::FilterRole);
        reference.setFilterKeyColumn(ImageEntryModel::NameColumn);
        reference.setFilterCaseSensitivity(Qt::CaseInsensitive);

        model.appendEntries(entries(0, 500));
        model.appendEntries({PayloadEntry {500, "bad/name", 40000, 40016, 1}});
        QList<QByteArray> digests(model.rowCount());
        for (int i = 0; i < digests.size(); i += 3)
            digests[i] = QByteArray(64, "0123456789abcdef"[i % 16]);
        model.setDigests(digests);
        ArchiveReport failed;
        failed.status = ArchiveReport::Status::Corrupt;
        model.setIntegrityResult(7, failed);

        proxy.sort(column, order);
        proxy.setFilterFixedString(filter);
        reference.sort(column, order);
        reference.setFilterFixedString(filter);
        QVERIFY(settle(proxy));
        QCOMPARE(shownRows(proxy), shownRows(reference));

        // Rows arriving while sorted and filtered are shown, then sorted in. (The reference
        // places new rows among equal ones its own way; sorted afresh, it is stable.)
        model.appendEntries(entries(501, 200));
        QVERIFY(settle(proxy));
        reference.invalidate();
        QCOMPARE(shownRows(proxy), shownRows(reference));
    }

    void currentRowFollowsItsEntry()
    {
        ImageEntryModel model;
        ImageTableProxy proxy;
        proxy.setSourceModel(&model);
        model.appendEntries(entries(0, 300));
        QItemSelectionModel selection(&proxy);
        selection.setCurrentIndex(proxy.index(42, ImageEntryModel::NameColumn), QItemSelectionModel::ClearAndSelect);
        QSignalSpy applied(&proxy, &ImageTableProxy::orderApplied);
        proxy.sort(ImageEntryModel::NameColumn, Qt::DescendingOrder);
        // Until the worker is done, the previous order stays.
        QCOMPARE(proxy.index(42, 0).data(ImageEntryModel::EntryIndexRole).toInt(), 42);
        QVERIFY(settle(proxy));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(selection.currentIndex().data(ImageEntryModel::EntryIndexRole).toInt(), 42);
        QVERIFY(selection.isSelected(selection.currentIndex()));
        // Filtered out, then back: the model's order without a sort.
        proxy.setFilterFixedString(u"-1.tar"_s);
        proxy.sort(-1);
        QVERIFY(settle(proxy));
        proxy.setFilterFixedString(QString());
        QVERIFY(settle(proxy));
        QCOMPARE(shownRows(proxy), shownRows(model));
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestImageTable)
#include "tst_ui_imagetable.moc"
