// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "controllers/authoring/EntryImporter.h"
#include "controllers/authoring/ListFileController.h"
#include "model/authoring/EntryTableModel.h"
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
