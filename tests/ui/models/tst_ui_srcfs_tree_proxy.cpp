// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// SrcfsTreeProxy, the first image's tree sorted and filtered on a worker: the nodes it shows
// once an order is applied follow SrcfsTreeOrder's rules for every column both ways and for a
// filter; the newest request wins over one still computed; the view's expanded folders,
// selection and current row stay on their nodes; a sorted column that changes is sorted again.
#include "UiTestSupport.h"

#include "model/firstimage/SrcfsTree.h"
#include "model/firstimage/SrcfsTreeModel.h"
#include "model/firstimage/SrcfsTreeProxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestSrcfsTreeProxy : public QObject
{
    Q_OBJECT

private:
    QList<SrcfsRecord> m_records;

    void add(SrcfsRecord::Kind kind, const QByteArray &path, qint64 size = 0)
    {
        SrcfsRecord r;
        r.index = int(m_records.size());
        r.kind = kind;
        r.path = path;
        r.size = size;
        r.offset = 1000 + 100 * r.index;
        r.dataOffset = r.offset + 20;
        m_records << r;
    }

    // Names out of order, in both cases, with equal sizes (a stable sort is told from an
    // unstable one) and implied folders. Record indices: 0 ".", 1 steps, 2 B.sh, 3 a.sh,
    // 4 c.sh, 5 Distfiles, 6 zlib, 7 apr, 8 notes.txt, 9 c.txt (deep and er implied).
    std::shared_ptr<const SrcfsTree> makeTree()
    {
        using Kind = SrcfsRecord::Kind;
        m_records.clear();
        add(Kind::Folder, ".");
        add(Kind::Folder, "./steps");
        add(Kind::File, "./steps/B.sh", 7);
        add(Kind::File, "./steps/a.sh", 5);
        add(Kind::File, "./steps/c.sh", 7);
        add(Kind::Folder, "./Distfiles");
        add(Kind::File, "./Distfiles/zlib.tar.gz", 100);
        add(Kind::File, "./Distfiles/apr.tar.gz", 50);
        add(Kind::File, "./notes.txt", 3);
        add(Kind::File, "./deep/er/c.txt", 2);
        return std::make_shared<const SrcfsTree>(SrcfsTree::build(m_records, {}));
    }

    // Digests for a.sh, B.sh and notes.txt; zlib tested fine, apr corrupt, notes truncated.
    static void addResults(SrcfsTreeModel &model)
    {
        QList<QByteArray> digests(10);
        digests[3] = QByteArray(64, '0');
        digests[2] = QByteArray(64, 'f');
        digests[8] = QByteArray(64, '1');
        model.setDigests(digests);
        ArchiveReport report;
        model.setIntegrityResult(6, report);
        report.status = ArchiveReport::Status::Corrupt;
        model.setIntegrityResult(7, report);
        report.status = ArchiveReport::Status::Truncated;
        model.setIntegrityResult(8, report);
    }

    // Every shown node as its path, depth first in the shown order.
    static QStringList listing(const QAbstractItemModel &model, const QModelIndex &parent = {}, const QString &at = {})
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex index = model.index(r, SrcfsTreeModel::NameColumn, parent);
            const QString path = at + u'/' + index.data().toString();
            out << path << listing(model, index, path);
        }
        return out;
    }

    static bool settle(const SrcfsTreeProxy &proxy)
    {
        return QTest::qWaitFor([&] { return !proxy.isPending(); }, 10000);
    }

    static QModelIndex shownIndexOf(const SrcfsTreeProxy &proxy, const SrcfsTreeModel &model, int record)
    {
        return proxy.mapFromSource(model.indexForRecord(record));
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        // Collation depends on the locale: the expected orders are an English reader's.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void showsTheRulesOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        const QStringList steps {u"/steps"_s, u"/steps/B.sh"_s, u"/steps/a.sh"_s, u"/steps/c.sh"_s};
        const QStringList dist {u"/Distfiles"_s, u"/Distfiles/zlib.tar.gz"_s, u"/Distfiles/apr.tar.gz"_s};
        const QStringList deep {u"/deep"_s, u"/deep/er"_s, u"/deep/er/c.txt"_s};
        const QStringList script = steps + dist + QStringList {u"/notes.txt"_s} + deep;
        const auto row = [](const char *name, int column, Qt::SortOrder order, const QString &filter,
                             const QStringList &expected) {
            QTest::addRow("%s", name) << column << order << filter << expected;
        };
        const Qt::SortOrder up = Qt::AscendingOrder, down = Qt::DescendingOrder;
        row("script order", -1, up, {}, script);
        // Folders first, case ignored: "a.sh" before "B.sh", "deep" before "Distfiles".
        row("name ascending", SrcfsTreeModel::NameColumn, up, {},
            deep + QStringList {u"/Distfiles"_s, u"/Distfiles/apr.tar.gz"_s, u"/Distfiles/zlib.tar.gz"_s} +
                QStringList {u"/steps"_s, u"/steps/a.sh"_s, u"/steps/B.sh"_s, u"/steps/c.sh"_s, u"/notes.txt"_s});
        row("name descending", SrcfsTreeModel::NameColumn, down, {},
            QStringList {u"/notes.txt"_s, u"/steps"_s, u"/steps/c.sh"_s, u"/steps/B.sh"_s, u"/steps/a.sh"_s} + dist +
                deep);
        row("kind ascending", SrcfsTreeModel::KindColumn, up, {}, QStringList {u"/notes.txt"_s} + steps + dist + deep);
        row("kind descending", SrcfsTreeModel::KindColumn, down, {},
            deep + steps + dist + QStringList {u"/notes.txt"_s});
        // B.sh and c.sh are both 7 bytes: script order between them, both ways.
        row("size ascending", SrcfsTreeModel::SizeColumn, up, {},
            deep +
                QStringList {u"/notes.txt"_s, u"/steps"_s, u"/steps/a.sh"_s, u"/steps/B.sh"_s, u"/steps/c.sh"_s,
                    u"/Distfiles"_s, u"/Distfiles/apr.tar.gz"_s, u"/Distfiles/zlib.tar.gz"_s});
        row("size descending", SrcfsTreeModel::SizeColumn, down, {},
            dist + QStringList {u"/steps"_s, u"/steps/B.sh"_s, u"/steps/c.sh"_s, u"/steps/a.sh"_s, u"/notes.txt"_s} +
                deep);
        // Folders and implied folders have no data offset (-1): first ascending.
        row("data offset ascending", SrcfsTreeModel::DataOffsetColumn, up, {},
            steps + QStringList {u"/Distfiles"_s, u"/Distfiles/zlib.tar.gz"_s, u"/Distfiles/apr.tar.gz"_s} + deep +
                QStringList {u"/notes.txt"_s});
        row("line offset descending", SrcfsTreeModel::LineOffsetColumn, down, {},
            QStringList {u"/notes.txt"_s, u"/Distfiles"_s, u"/Distfiles/apr.tar.gz"_s, u"/Distfiles/zlib.tar.gz"_s,
                u"/steps"_s, u"/steps/c.sh"_s, u"/steps/a.sh"_s, u"/steps/B.sh"_s} +
                deep);
        // Without a result: after those with one ascending, before them descending.
        row("integrity ascending", SrcfsTreeModel::IntegrityColumn, up, {},
            QStringList {u"/notes.txt"_s} + steps +
                QStringList {u"/Distfiles"_s, u"/Distfiles/apr.tar.gz"_s, u"/Distfiles/zlib.tar.gz"_s} + deep);
        row("integrity descending", SrcfsTreeModel::IntegrityColumn, down, {},
            steps + dist + deep + QStringList {u"/notes.txt"_s});
        row("sha256 ascending", SrcfsTreeModel::Sha256Column, up, {},
            QStringList {u"/notes.txt"_s, u"/steps"_s, u"/steps/a.sh"_s, u"/steps/B.sh"_s, u"/steps/c.sh"_s} + dist +
                deep);
        row("sha256 descending", SrcfsTreeModel::Sha256Column, down, {},
            steps.mid(0, 1) + QStringList {u"/steps/c.sh"_s, u"/steps/B.sh"_s, u"/steps/a.sh"_s} + dist + deep +
                QStringList {u"/notes.txt"_s});
        // A folder shows for what it holds; a matching folder's other children do not.
        row("filter", -1, up, u"SH"_s, steps);
        row("filter deep", -1, up, u"c."_s, QStringList {u"/steps"_s, u"/steps/c.sh"_s} + deep);
        row("filter a folder", -1, up, u"dist"_s, QStringList {u"/Distfiles"_s});
        row("filter and sort", SrcfsTreeModel::NameColumn, down, u".sh"_s,
            QStringList {u"/steps"_s, u"/steps/c.sh"_s, u"/steps/B.sh"_s, u"/steps/a.sh"_s});
        row("filter matching nothing", SrcfsTreeModel::SizeColumn, up, u"zzz"_s, QStringList {});
    }

    void showsTheRulesOrder()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        SrcfsTreeModel model;
        SrcfsTreeProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(makeTree());
        addResults(model);
        const QStringList script = listing(model);
        QCOMPARE(listing(proxy), script);

        proxy.sort(column, order);
        proxy.setFilterFixedString(filter);
        QVERIFY(settle(proxy));
        QCOMPARE(listing(proxy), expected);
        QCOMPARE(proxy.sortColumn(), column);
        QCOMPARE(proxy.filterText(), filter);

        // Each shown node maps to its own row of the model and back; the others map to nothing.
        int shown = 0;
        for (int node = 1; node <= model.nodeCount(); ++node) {
            const QModelIndex source = model.indexForNode(node, SrcfsTreeModel::SizeColumn);
            const QModelIndex mapped = proxy.mapFromSource(source);
            if (!mapped.isValid())
                continue;
            ++shown;
            QCOMPARE(proxy.mapToSource(mapped), source);
            QCOMPARE(mapped.data(), source.data());
            QCOMPARE(mapped.data(SrcfsTreeModel::NodeRole).toInt(), node);
            QCOMPARE(proxy.index(mapped.row(), mapped.column(), mapped.parent()), mapped);
        }
        QCOMPARE(shown, expected.size());

        // Back to script order and no filter: the model's own rows again.
        proxy.sort(-1);
        proxy.setFilterFixedString({});
        QVERIFY(settle(proxy));
        QCOMPARE(listing(proxy), script);
    }

    void newestRequestWins()
    {
        SrcfsTreeModel model;
        SrcfsTreeProxy proxy;
        proxy.setSourceModel(&model);
        model.setTree(makeTree());
        const QStringList script = listing(proxy);
        QSignalSpy applied(&proxy, &SrcfsTreeProxy::orderApplied);
        proxy.sort(SrcfsTreeModel::NameColumn);
        QVERIFY(proxy.isPending());
        // The view keeps the previous order until the new one is computed.
        QCOMPARE(listing(proxy), script);
        proxy.sort(SrcfsTreeModel::SizeColumn, Qt::DescendingOrder);
        proxy.setFilterFixedString(u"s"_s);
        QVERIFY(settle(proxy));
        // Only the last request was applied, once. (Distfiles matches "s", its files do not.)
        QCOMPARE(applied.count(), 1);
        QCOMPARE(listing(proxy),
            (QStringList {
                u"/Distfiles"_s, u"/steps"_s, u"/steps/B.sh"_s, u"/steps/c.sh"_s, u"/steps/a.sh"_s, u"/notes.txt"_s}));
    }

    void viewKeepsExpandedSelectionAndCurrent_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        QTest::addRow("name") << int(SrcfsTreeModel::NameColumn) << Qt::AscendingOrder << QString();
        QTest::addRow("size descending") << int(SrcfsTreeModel::SizeColumn) << Qt::DescendingOrder << QString();
        QTest::addRow("filter") << -1 << Qt::AscendingOrder << u"a"_s;
        QTest::addRow("filter and sort") << int(SrcfsTreeModel::KindColumn) << Qt::DescendingOrder << u"a"_s;
    }

    void viewKeepsExpandedSelectionAndCurrent()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        SrcfsTreeModel model;
        SrcfsTreeProxy proxy;
        proxy.setSourceModel(&model);
        model.setTree(makeTree());
        QTreeView view;
        view.setModel(&proxy);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        // steps and Distfiles open; a.sh and apr selected, zlib current (all match "a").
        view.expand(shownIndexOf(proxy, model, 1));
        view.expand(shownIndexOf(proxy, model, 5));
        view.selectionModel()->setCurrentIndex(
            shownIndexOf(proxy, model, 6), QItemSelectionModel::NoUpdate | QItemSelectionModel::Rows);
        for (int record : {3, 7})
            view.selectionModel()->select(
                shownIndexOf(proxy, model, record), QItemSelectionModel::Select | QItemSelectionModel::Rows);

        const auto selectedRecords = [&] {
            QList<int> out;
            for (const QModelIndex &i : view.selectionModel()->selectedRows())
                out << i.data(SrcfsTreeModel::RecordRole).toInt();
            std::sort(out.begin(), out.end());
            return out;
        };

        proxy.sort(column, order);
        proxy.setFilterFixedString(filter);
        QVERIFY(settle(proxy));
        QVERIFY(view.isExpanded(shownIndexOf(proxy, model, 1)));
        QVERIFY(view.isExpanded(shownIndexOf(proxy, model, 5)));
        QCOMPARE(view.currentIndex(), shownIndexOf(proxy, model, 6));
        QCOMPARE(selectedRecords(), (QList<int> {3, 7}));
        // The view lays out the rows as the proxy now shows them.
        QCOMPARE(view.indexBelow(shownIndexOf(proxy, model, 1)), proxy.index(0, 0, shownIndexOf(proxy, model, 1)));

        // Back to script order with nothing filtered: the same state, on the same rows.
        proxy.sort(-1);
        proxy.setFilterFixedString({});
        QVERIFY(settle(proxy));
        QVERIFY(view.isExpanded(shownIndexOf(proxy, model, 1)));
        QVERIFY(view.isExpanded(shownIndexOf(proxy, model, 5)));
        QCOMPARE(view.currentIndex(), shownIndexOf(proxy, model, 6));
        QCOMPARE(selectedRecords(), (QList<int> {3, 7}));
        QCOMPARE(view.indexBelow(shownIndexOf(proxy, model, 1)), shownIndexOf(proxy, model, 2));
    }

    void changedSortColumnIsSortedAgain()
    {
        SrcfsTreeModel model;
        SrcfsTreeProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(makeTree());
        proxy.sort(SrcfsTreeModel::Sha256Column);
        QVERIFY(settle(proxy));
        const QModelIndex steps = shownIndexOf(proxy, model, 1);
        const auto stepsFiles = [&] {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(steps); ++r)
                out << proxy.index(r, 0, steps).data().toString();
            return out;
        };
        QCOMPARE(stepsFiles(), (QStringList {u"B.sh"_s, u"a.sh"_s, u"c.sh"_s})); // none hashed: script order
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        QList<QByteArray> digests(10);
        digests[4] = QByteArray(64, '2');
        digests[3] = QByteArray(64, '7');
        model.setDigests(digests);
        QVERIFY(!changed.isEmpty());
        QVERIFY(proxy.isPending());
        QVERIFY(settle(proxy));
        QCOMPARE(stepsFiles(), (QStringList {u"c.sh"_s, u"a.sh"_s, u"B.sh"_s}));
        QCOMPARE(proxy.index(0, SrcfsTreeModel::Sha256Column, steps).data().toString(), QString(64, u'2'));

        // A new tree starts in script order, then sorted again.
        model.setTree(makeTree());
        QCOMPARE(listing(proxy), listing(model));
        QVERIFY(settle(proxy));
        QCOMPARE(proxy.rowCount(), 4);
        model.setTree(nullptr);
        QVERIFY(settle(proxy));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void modelGoingFirstLeavesAnEmptyProxy()
    {
        auto model = std::make_unique<SrcfsTreeModel>();
        SrcfsTreeProxy proxy;
        proxy.setSourceModel(model.get());
        model->setTree(makeTree());
        proxy.sort(SrcfsTreeModel::NameColumn);
        QVERIFY(settle(proxy));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.sort(SrcfsTreeModel::SizeColumn);
        model.reset(); // while an order is computed from its snapshot
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!proxy.index(0, 0).isValid());
        QVERIFY(settle(proxy));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsALargeFolder()
    {
        // 9,800 siblings, as the distfiles folder of a full image: every row in its place.
        constexpr int Files = 9800;
        m_records.clear();
        add(SrcfsRecord::Kind::Folder, "./distfiles");
        for (int i = 0; i < Files; ++i)
            add(SrcfsRecord::Kind::File,
                "./distfiles/dist-" + QByteArray::number((i * 7919) % Files).rightJustified(5, '0') + ".tar.gz",
                (i * 31) % 1000);
        SrcfsTreeModel model;
        model.setTree(std::make_shared<const SrcfsTree>(SrcfsTree::build(m_records, {})));
        SrcfsTreeProxy proxy;
        proxy.setSourceModel(&model);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(SrcfsTreeModel::NameColumn, order);
            QVERIFY(settle(proxy));
            const QModelIndex folder = proxy.index(0, 0);
            QCOMPARE(proxy.rowCount(folder), Files);
            for (int r = 0; r < Files; ++r) {
                const int number = order == Qt::AscendingOrder ? r : Files - 1 - r;
                QCOMPARE(proxy.index(r, 0, folder).data().toString(),
                    u"dist-%1.tar.gz"_s.arg(number, 5, 10, QLatin1Char('0')));
            }
        }
        proxy.sort(SrcfsTreeModel::SizeColumn);
        QVERIFY(settle(proxy));
        const QModelIndex folder = proxy.index(0, 0);
        for (int r = 1; r < Files; ++r)
            QVERIFY(
                proxy.index(r - 1, SrcfsTreeModel::SizeColumn, folder).data(SrcfsTreeModel::SortRole).toLongLong() <=
                proxy.index(r, SrcfsTreeModel::SizeColumn, folder).data(SrcfsTreeModel::SortRole).toLongLong());
    }
};

QTEST_MAIN(TestSrcfsTreeProxy)
#include "tst_ui_srcfs_tree_proxy.moc"
