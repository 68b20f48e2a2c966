// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "commands/AddEntriesCommand.h"
#include "controllers/authoring/EntryImporter.h"
#include "controllers/authoring/ListFileController.h"
#include "model/authoring/EntryTableModel.h"
#include "model/authoring/EntryValidator.h"
#include "panels/AuthoringPanel.h"
#include "widgets/views/EntryTableView.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Every edit of the list, made through the window's actions, is undone and redone exactly.
class TestUndo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    AuthoringPanel *panel() const { return m_window->authoringPanel(); }
    EntryTableModel *model() const { return panel()->model(); }
    QUndoStack *stack() const { return panel()->undoStack(); }
    MainActions *actions() const { return m_window->actions(); }

    QStringList names() const
    {
        QStringList out;
        for (const AuthoringEntry &e : model()->entries())
            out << e.displayName();
        return out;
    }

    void select(const QList<int> &rows)
    {
        QItemSelection selection;
        for (int r : rows) {
            const QModelIndex i = panel()->proxy()->mapFromSource(model()->index(r, 0));
            selection.select(i, i.siblingAtColumn(EntryTableModel::ColumnCount - 1));
        }
        panel()->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        panel()->view()->selectionModel()->setCurrentIndex(
            panel()->proxy()->mapFromSource(model()->index(rows.first(), 1)), QItemSelectionModel::NoUpdate);
    }

    // Undoes the last command, checks the list, redoes it and checks again.
    void checkUndoRedo(const QStringList &before, const QStringList &after)
    {
        QCOMPARE(names(), after);
        QVERIFY(actions()->undo->isEnabled());
        actions()->undo->trigger();
        QCOMPARE(names(), before);
        actions()->redo->trigger();
        QCOMPARE(names(), after);
    }

    // `count` entries of sources that are never read, with duplicate names (every 7th row
    // repeats the one before it) and a size the u32 layout cannot hold (every 50th row), so
    // that the rows have problems of their own and of the whole list; added as one undo step.
    void addUnreadEntries(int count)
    {
        QList<AuthoringEntry> entries;
        for (int i = 0; i < count; ++i) {
            const QByteArray name = "f" + QByteArray::number(i % 7 == 6 ? i - 1 : i) + ".tar.gz";
            const qint64 size = i % 50 == 49 ? (qint64(5) << 30) : 100 + i;
            entries << AuthoringEntry::fromBuildEntry(
                BuildEntry::fromRange(u"/nonexistent/src"_s, 0, size, name), false);
        }
        stack()->push(new AddEntriesCommand(model(), -1, entries));
    }

    // Every row's problems are what a validation of the whole list from scratch gives.
    void checkProblemsAreFresh()
    {
        const QList<EntryProblems> fresh = EntryValidator::validate(model()->entries(), model()->layout());
        for (int row = 0; row < model()->rowCount(); ++row) {
            const EntryProblems shown = model()->problems(row);
            QCOMPARE(shown.size(), fresh.at(row).size());
            for (qsizetype k = 0; k < shown.size(); ++k) {
                QCOMPARE(shown.at(k).kind, fresh.at(row).at(k).kind);
                QCOMPARE(shown.at(k).message, fresh.at(row).at(k).message);
            }
        }
    }

    void addFiles(const QStringList &files)
    {
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        QStringList paths;
        for (const QString &f : files)
            paths << UiTest::writeFile(QDir(m_dir.path()), f, f.toUtf8());
        panel()->addPaths(paths);
        QVERIFY(done.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        UiTest::closeDialogs();
        m_window.reset();
    }

    // A large add goes in over several events. An edit made before its last batch (or its own
    // undo) acts on the whole of it: the list, its undo and redo are those of an add at once.
    void editWhileBatchesGoIn_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QStringList>("afterEdit"); // the names once the edit is done
        const QStringList added {u"e.zip"_s, u"d.zip"_s, u"c.zip"_s, u"b.zip"_s, u"a.zip"_s, u"f.zip"_s, u"g.zip"_s};
        const QStringList all = QStringList {u"x.zip"_s, u"y.zip"_s} + added;
        QStringList sorted = all;
        std::sort(sorted.begin(), sorted.end());
        QTest::addRow("undo of the add") << u"undo"_s << QStringList {u"x.zip"_s, u"y.zip"_s};
        QTest::addRow("sort") << u"sort"_s << sorted;
        QTest::addRow("remove the first row") << u"remove"_s << all.mid(1);
        QStringList renamed = all;
        renamed[0] = u"renamed.zip"_s;
        QTest::addRow("rename") << u"rename"_s << renamed;
        QTest::addRow("none") << QString() << all;
    }

    void editWhileBatchesGoIn()
    {
        QFETCH(QString, edit);
        QFETCH(QStringList, afterEdit);
        const auto entriesNamed = [](const QStringList &names) {
            QList<AuthoringEntry> out;
            for (const QString &n : names)
                out << AuthoringEntry::fromBuildEntry(
                    BuildEntry::fromRange(u"/nonexistent/src"_s, 0, 10, n.toUtf8()), false);
            return out;
        };
        stack()->push(new AddEntriesCommand(model(), -1, entriesNamed({u"x.zip"_s, u"y.zip"_s})));
        const QStringList before = names();
        model()->setRowsPerEvent(3);
        stack()->push(new AddEntriesCommand(model(), -1,
            entriesNamed({u"e.zip"_s, u"d.zip"_s, u"c.zip"_s, u"b.zip"_s, u"a.zip"_s, u"f.zip"_s, u"g.zip"_s}), true));
        QCOMPARE(model()->rowCount(), 5); // the first batch, at once
        QVERIFY(model()->isInserting());
        const QStringList added =
            before + QStringList {u"e.zip"_s, u"d.zip"_s, u"c.zip"_s, u"b.zip"_s, u"a.zip"_s, u"f.zip"_s, u"g.zip"_s};
        if (edit == u"undo"_s) {
            actions()->undo->trigger();
        } else if (edit == u"sort"_s) {
            actions()->sortByName->trigger();
        } else if (edit == u"remove"_s) {
            select({0});
            actions()->remove->trigger();
        } else if (edit == u"rename"_s) {
            QVERIFY(model()->setData(model()->index(0, EntryTableModel::NameColumn), u"renamed.zip"_s));
        }
        if (!edit.isEmpty()) {
            QVERIFY(!model()->isInserting());
            QCOMPARE(names(), afterEdit);
        }
        QTRY_VERIFY(!model()->isInserting());
        QTest::qWait(20); // no batch comes after the edit
        QCOMPARE(names(), afterEdit);
        checkProblemsAreFresh();
        if (edit == u"undo"_s) {
            actions()->redo->trigger(); // in batches again
            QTRY_VERIFY(!model()->isInserting());
            QCOMPARE(names(), added);
        } else if (!edit.isEmpty()) {
            checkUndoRedo(added, afterEdit);
            actions()->undo->trigger();
        }
        checkProblemsAreFresh();
        actions()->undo->trigger();
        QCOMPARE(names(), before);
        checkProblemsAreFresh();
    }

    void addRemoveRenameMoveSort()
    {
        addFiles({QStringLiteral("c.tar.gz"), QStringLiteral("a.tar.xz"), QStringLiteral("b.zip")});
        const QStringList initial {QStringLiteral("c.tar.gz"), QStringLiteral("a.tar.xz"), QStringLiteral("b.zip")};
        checkUndoRedo({}, initial);
        QCOMPARE(stack()->undoText(), QStringLiteral("Add 3 Files"));

        // Rename in place through the model, as the delegate does after F2.
        QVERIFY(model()->setData(model()->index(0, EntryTableModel::NameColumn), QStringLiteral("d.tar.gz")));
        const QStringList renamed {QStringLiteral("d.tar.gz"), QStringLiteral("a.tar.xz"), QStringLiteral("b.zip")};
        checkUndoRedo(initial, renamed);

        select({2});
        actions()->moveUp->trigger();
        const QStringList movedUp {QStringLiteral("d.tar.gz"), QStringLiteral("b.zip"), QStringLiteral("a.tar.xz")};
        checkUndoRedo(renamed, movedUp);

        select({0});
        actions()->moveDown->trigger();
        const QStringList movedDown {QStringLiteral("b.zip"), QStringLiteral("d.tar.gz"), QStringLiteral("a.tar.xz")};
        checkUndoRedo(movedUp, movedDown);

        actions()->sortByName->trigger();
        const QStringList sorted {QStringLiteral("a.tar.xz"), QStringLiteral("b.zip"), QStringLiteral("d.tar.gz")};
        checkUndoRedo(movedDown, sorted);
        QCOMPARE(stack()->undoText(), QStringLiteral("Sort by Name"));

        select({0, 2});
        QVERIFY(actions()->remove->isEnabled());
        actions()->remove->trigger();
        checkUndoRedo(sorted, {QStringLiteral("b.zip")});

        actions()->clearList->trigger();
        checkUndoRedo({QStringLiteral("b.zip")}, {});
    }

    // Removing many rows and undoing puts every one back at its row, with its problems; redo
    // removes them again. Removing every row hands the list over whole, and Undo takes it back
    // with its validation: unless the layout changed meanwhile, which must be judged anew.
    void removeManyAndUndo_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("changeLayout");
        QTest::newRow("every row") << u"all"_s << false;
        QTest::newRow("every row, layout changed while empty") << u"all"_s << true;
        QTest::newRow("every other row") << u"odd"_s << false;
        QTest::newRow("a block in the middle") << u"block"_s << false;
        QTest::newRow("first and last") << u"ends"_s << false;
    }

    void removeManyAndUndo()
    {
        QFETCH(QString, which);
        QFETCH(bool, changeLayout);
        constexpr int Rows = 3000;
        addUnreadEntries(Rows);
        QCOMPARE(model()->rowCount(), Rows);
        const QStringList initial = names();
        const EntryTableModel::Summary before = model()->summary();
        QVERIFY2(before.errorRows > 0 && before.errorRows < Rows, qPrintable(u"%1 error rows"_s.arg(before.errorRows)));

        QList<int> rows;
        for (int r = 0; r < Rows; ++r)
            if (which == u"all"_s || (which == u"odd"_s && r % 2 == 1) ||
                (which == u"block"_s && r >= 1000 && r < 2500) || (which == u"ends"_s && (r == 0 || r == Rows - 1)))
                rows << r;
        if (which == u"all"_s)
            actions()->selectAll->trigger();
        else
            select(rows);
        QCOMPARE(panel()->selectedCount(), int(rows.size()));
        QCOMPARE(panel()->view()->selectedSourceRows(), rows);
        actions()->remove->trigger();
        QStringList remaining = initial;
        for (qsizetype k = rows.size() - 1; k >= 0; --k)
            remaining.removeAt(rows.at(k));
        QCOMPARE(names(), remaining);
        checkProblemsAreFresh();

        if (changeLayout)
            panel()->setLayout(PayloadFormat::Layout::U64);
        actions()->undo->trigger();
        QCOMPARE(names(), initial);
        checkProblemsAreFresh();
        if (!changeLayout) {
            const EntryTableModel::Summary after = model()->summary();
            QCOMPARE(after.entries, before.entries);
            QCOMPARE(after.errorRows, before.errorRows);
            QCOMPARE(after.warningRows, before.warningRows);
            QCOMPARE(after.payloadBytes, before.payloadBytes);
        }
        // Ids find their rows again: a late result lands on the right entry.
        for (int r : {0, Rows / 2, Rows - 1})
            QCOMPARE(model()->rowOfId(model()->entry(r).id), r);

        actions()->redo->trigger();
        QCOMPARE(names(), remaining);
        checkProblemsAreFresh();
        actions()->undo->trigger();
        QCOMPARE(names(), initial);
        checkProblemsAreFresh();
    }

    // Ranges of a selection may overlap (Ctrl+Shift+click): each row counts once, for the
    // count the actions ask (Rename wants exactly one) and for the rows removed.
    void overlappingSelectionCountsEachRowOnce()
    {
        addUnreadEntries(30);
        QItemSelectionModel *selection = panel()->view()->selectionModel();
        const auto rowRange = [this](int top, int bottom) {
            return QItemSelection(
                panel()->proxy()->index(top, 0), panel()->proxy()->index(bottom, EntryTableModel::ColumnCount - 1));
        };
        selection->select(rowRange(0, 9), QItemSelectionModel::ClearAndSelect);
        selection->select(rowRange(5, 14), QItemSelectionModel::Select);
        selection->select(rowRange(20, 20), QItemSelectionModel::Select);
        QList<int> expected;
        for (int r = 0; r <= 14; ++r)
            expected << r;
        expected << 20;
        QCOMPARE(panel()->selectedCount(), 16);
        QCOMPARE(panel()->view()->selectedSourceRows(), expected);
        QVERIFY(!actions()->rename->isEnabled());
        selection->select(rowRange(3, 3), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(panel()->selectedCount(), 1);
        QVERIFY(actions()->rename->isEnabled());
    }

    void sortIsByCodePoint()
    {
        // Upper case sorts before lower case and "é" after "z", as Python's sorted() does.
        addFiles({QStringLiteral("zlib.tar.gz"), QStringLiteral("éa.tar.gz"), QStringLiteral("Zed.tar.gz"),
            QStringLiteral("a.tar.gz")});
        actions()->sortByName->trigger();
        QCOMPARE(names(),
            (QStringList {QStringLiteral("Zed.tar.gz"), QStringLiteral("a.tar.gz"), QStringLiteral("zlib.tar.gz"),
                QStringLiteral("éa.tar.gz")}));
    }

    void pasteAddsPathsAndUndoes()
    {
        const QString path = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("pasted.tar.gz"), "p");
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        QApplication::clipboard()->setText(QUrl::fromLocalFile(path).toString() + QLatin1Char('\n'));
        actions()->paste->trigger();
        QVERIFY(done.wait(10000));
        checkUndoRedo({}, {QStringLiteral("pasted.tar.gz")});
    }

    void modifiedStateFollowsUndo()
    {
        QVERIFY(!m_window->isWindowModified());
        addFiles({QStringLiteral("m.tar.gz")});
        QVERIFY(m_window->isWindowModified());
        const QString list = QDir(m_dir.path()).filePath(QStringLiteral("saved.list"));
        QVERIFY(m_window->listFile()->saveTo(list));
        QVERIFY(!m_window->isWindowModified());
        QFile f(list);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
            QByteArray("m.tar.gz ") + QFile::encodeName(QDir(m_dir.path()).filePath(QStringLiteral("m.tar.gz"))) +
                '\n');
        actions()->undo->trigger();
        QVERIFY(!stack()->isClean());
        actions()->redo->trigger();
        QVERIFY(stack()->isClean());
    }

    void openListIsOneUndoableStep()
    {
        addFiles({QStringLiteral("old.tar.gz")});
        const QString a = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("l1.tar.gz"), "1");
        const QString list = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("in.list"),
            "l1.tar.gz " + QFile::encodeName(a) + "\nmissing.tar.gz /nonexistent/missing.tar.gz\n");
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        QVERIFY(m_window->listFile()->open(list));
        QVERIFY(done.wait(10000));
        QCOMPARE(names(), (QStringList {QStringLiteral("l1.tar.gz"), QStringLiteral("missing.tar.gz")}));
        // A missing source is listed and flagged, not dropped.
        QCOMPARE(model()->problems(1).constFirst().kind, EntryProblem::Kind::SourceMissing);
        QVERIFY(stack()->isClean());
        checkUndoRedo({QStringLiteral("old.tar.gz")}, {QStringLiteral("l1.tar.gz"), QStringLiteral("missing.tar.gz")});
    }
};

QTEST_MAIN(TestUndo)
#include "tst_ui_undo.moc"
