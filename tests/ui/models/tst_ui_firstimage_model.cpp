// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "model/firstimage/SrcfsTree.h"
#include "model/firstimage/SrcfsTreeModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>

// SrcfsTree and SrcfsTreeModel without an image: records made by hand become folders and
// files by path component, as builder-hex0 will name them, and the model answers as a tree.
class TestFirstImageModel : public QObject
{
    Q_OBJECT

private:
    QList<SrcfsRecord> m_records;

    void add(SrcfsRecord::Kind kind, const QByteArray &path, qint64 size = 0, const QByteArray &argument = {})
    {
        SrcfsRecord r;
        r.index = int(m_records.size());
        r.kind = kind;
        r.path = path;
        r.argument = argument;
        r.size = size;
        r.offset = 1000 + 100 * r.index;
        r.dataOffset = r.offset + 20;
        m_records << r;
    }

    static QString text(const QModelIndex &index) { return index.data().toString(); }

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void init() { m_records.clear(); }

    void buildsFoldersFilesAndCommands()
    {
        using Kind = SrcfsRecord::Kind;
        add(Kind::Folder, ".");
        add(Kind::Folder, "./steps");
        add(Kind::File, "./steps/b.sh", 7);
        add(Kind::File, "./steps/a.sh", 5);
        add(Kind::File, "./deep/er/c.txt", 3); // deep and er are implied
        add(Kind::Folder, "/bootstrap-seeds");
        add(Kind::Hex0, "/bootstrap-seeds/seed", 0, "/x86/hex0_x86.hex0");
        add(Kind::File, "./steps/b.sh", 2); // written again: the last one counts
        add(Kind::Command, "/bootstrap-seeds/seed", 0, "/kaem.x86");
        FirstImageFinding dup;
        dup.severity = FirstImageFinding::Severity::Warning;
        dup.code = FirstImageFinding::Code::DuplicatePath;
        dup.recordIndex = 7;
        const SrcfsTree tree = SrcfsTree::build(m_records, {dup});

        // steps, b.sh, a.sh, deep, er, c.txt, bootstrap-seeds; a hex0 output is no `src` record.
        QCOMPARE(tree.nodeCount(), 7);
        QCOMPARE(tree.commands, (QList<int> {6, 8}));
        QCOMPARE(tree.nodes.at(0).record, 0); // "." is the root
        QCOMPARE(tree.pathOf(tree.nodeForRecord(4)), QStringLiteral("/deep/er/c.txt"));
        QCOMPARE(tree.nodeForRecord(2), tree.nodeForRecord(7));
        QCOMPARE(tree.nodeForRecord(6), -1);

        SrcfsTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(std::make_shared<const SrcfsTree>(tree));
        QCOMPARE(model.nodeCount(), 7);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model.index(0, SrcfsTreeModel::NameColumn)), QStringLiteral("steps"));
        QCOMPARE(text(model.index(1, SrcfsTreeModel::NameColumn)), QStringLiteral("deep"));
        QCOMPARE(text(model.index(2, SrcfsTreeModel::NameColumn)), QStringLiteral("bootstrap-seeds"));
        const QModelIndex steps = model.index(0, 0);
        QCOMPARE(model.rowCount(steps), 2);
        // b.sh's second record replaced the first: 2 bytes, and the folder's total follows.
        const QLocale locale;
        QCOMPARE(text(model.index(0, SrcfsTreeModel::SizeColumn, steps)), locale.toString(2));
        QCOMPARE(text(model.index(0, SrcfsTreeModel::SizeColumn)), locale.toString(7));
        QCOMPARE(model.index(0, SrcfsTreeModel::LineOffsetColumn, steps).data(SrcfsTreeModel::SortRole).toLongLong(),
            m_records.at(7).offset);
        QCOMPARE(model.index(0, 0, steps).data(SrcfsTreeModel::RecordRole).toInt(), 7);
        const QString tip = model.index(0, 0, steps).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Written 2 times")), qPrintable(tip));
        // The duplicate's warning shows on its row.
        QVERIFY(!model.index(0, 0, steps).data(Qt::DecorationRole).isNull());
        const QModelIndex deep = model.index(1, 0);
        QCOMPARE(text(model.index(1, SrcfsTreeModel::KindColumn)), QStringLiteral("Folder (implied)"));
        QCOMPARE(model.index(1, 0).data(SrcfsTreeModel::RecordRole).toInt(), -1);
        QCOMPARE(text(model.index(1, SrcfsTreeModel::LineOffsetColumn)), QString());
        const QModelIndex c = model.index(0, 0, model.index(0, 0, deep));
        QCOMPARE(text(c), QStringLiteral("c.txt"));
        QCOMPARE(model.parent(c).parent(), deep);
        QCOMPARE(model.indexForRecord(4), c);
        QCOMPARE(text(model.index(0, SrcfsTreeModel::DataOffsetColumn, deep)), QString()); // "er": implied
        QCOMPARE(text(model.index(0, SrcfsTreeModel::DataOffsetColumn, model.index(0, 0, deep))),
            locale.toString(m_records.at(4).dataOffset));

        // Sorting by name puts folders first, then the names.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SrcfsTreeModel::SortRole);
        proxy.sort(SrcfsTreeModel::NameColumn);
        QCOMPARE(text(proxy.index(0, 0)), QStringLiteral("bootstrap-seeds"));
        const QModelIndex sortedSteps = proxy.index(2, 0);
        QCOMPARE(text(sortedSteps), QStringLiteral("steps"));
        QCOMPARE(text(proxy.index(0, 0, sortedSteps)), QStringLiteral("a.sh"));
        proxy.sort(SrcfsTreeModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(text(proxy.index(0, 0)), QStringLiteral("steps"));

        model.setTree(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setTree(std::make_shared<const SrcfsTree>()); // a canceled build: no root
        QCOMPARE(model.rowCount(), 0);
    }

    void buildsFourteenThousandQuickly()
    {
        add(SrcfsRecord::Kind::Folder, "./external");
        add(SrcfsRecord::Kind::Folder, "./external/distfiles");
        for (int i = 0; i < 14000; ++i)
            add(SrcfsRecord::Kind::File, "./external/distfiles/f" + QByteArray::number(i) + ".tar.gz", 10);
        QElapsedTimer timer;
        timer.start();
        const SrcfsTree tree = SrcfsTree::build(m_records, {});
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(tree.nodeCount(), 14002);
        QCOMPARE(tree.nodes.at(tree.nodeForRecord(1)).files, 14000);
        QCOMPARE(tree.nodes.at(tree.nodeForRecord(0)).size, 140000);
        // Canceled: no tree at all.
        QCOMPARE(SrcfsTree::build(m_records, {}, [] { return true; }).nodeCount(), 0);
    }
};

QTEST_MAIN(TestFirstImageModel)
#include "tst_ui_firstimage_model.moc"
