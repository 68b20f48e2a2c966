// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "controllers/authoring/EntryImporter.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ImportSummaryDialog.h"
#include "model/authoring/EntryTableModel.h"
#include "panels/AuthoringPanel.h"
#include "panels/ImagePanel.h"
#include "widgets/views/EntryTableView.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/stat.h>

// Real drops (QDragEnter/Move/Drop events carrying QMimeData) on the list's viewport.
class TestDragDrop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    AuthoringPanel *panel() const { return m_window->authoringPanel(); }
    EntryTableModel *model() const { return panel()->model(); }
    QWidget *viewport() const { return panel()->view()->viewport(); }

    QStringList names() const
    {
        QStringList out;
        for (const AuthoringEntry &e : model()->entries())
            out << e.displayName();
        return out;
    }

    // Drags `mime` over the viewport and drops it at `pos`. Returns whether the drop was taken.
    static bool drop(QWidget *target, QMimeData *mime, QPoint pos, Qt::DropAction proposed = Qt::CopyAction)
    {
        const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
        QDragEnterEvent enter(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
        enter.setDropAction(proposed);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
        move.setDropAction(proposed);
        QApplication::sendEvent(target, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(pos), actions, mime, Qt::LeftButton, Qt::NoModifier);
        dropEvent.setDropAction(proposed);
        QApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }

    QPoint belowRows() const { return QPoint(viewport()->width() / 2, viewport()->height() - 5); }

    QString file(const QString &name, const QByteArray &content = "data")
    {
        return UiTest::writeFile(QDir(m_dir.path()), name, content);
    }

    bool dropFiles(const QStringList &paths, QPoint pos)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        return drop(viewport(), &mime, pos);
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

    // A dropped folder's rows go in a batch per event: the importer stays busy and says it has
    // finished only once the last batch is in. Undone before that, the add leaves the list as
    // it was, and no batch comes after; redone, every row comes back in the same order.
    void dropOfManyFilesGoesInBatches_data()
    {
        QTest::addColumn<bool>("undoMidway");
        QTest::addRow("left to finish") << false;
        QTest::addRow("undone midway") << true;
    }

    void dropOfManyFilesGoesInBatches()
    {
        QFETCH(bool, undoMidway);
        const QDir folder(QDir(m_dir.path()).filePath(QStringLiteral("many")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        QStringList expected;
        for (int i = 0; i < 10; ++i) {
            const QString name = QStringLiteral("f%1.tar.gz").arg(i, 2, 10, QLatin1Char('0'));
            UiTest::writeFile(folder, name, name.toUtf8());
            expected << name;
        }
        model()->setRowsPerEvent(4);
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        int rowsWhenDone = -1;
        connect(panel()->importer(), &EntryImporter::finished, this, [&] { rowsWhenDone = model()->rowCount(); });
        bool undoneWhileInserting = false;
        QMetaObject::Connection firstBatch = connect(model(), &EntryTableModel::contentsChanged, this, [&] {
            if (!undoMidway || !model()->isInserting())
                return;
            disconnect(firstBatch);
            // From the event loop, as the user's Undo comes: not inside the add's own push.
            QMetaObject::invokeMethod(
                this,
                [&] {
                    undoneWhileInserting = model()->isInserting();
                    panel()->undoStack()->undo();
                },
                Qt::QueuedConnection);
        });
        QVERIFY(dropFiles({folder.path()}, belowRows()));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 10);
        QVERIFY(!panel()->importer()->isBusy());
        if (undoMidway) {
            QVERIFY(undoneWhileInserting);
            QTest::qWait(20);
            QVERIFY(names().isEmpty());
            QVERIFY(!model()->isInserting());
            QCOMPARE(model()->summary().entries, 0);
            panel()->undoStack()->redo();
            QTRY_VERIFY(!model()->isInserting());
        } else {
            QCOMPARE(rowsWhenDone, 10);
        }
        QCOMPARE(names(), expected);
        QCOMPARE(model()->summary().errorRows, 0);
    }

    void dropFilesAndFolder()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("distfiles/sub"));
        const QDir distfiles(QDir(m_dir.path()).filePath(QStringLiteral("distfiles")));
        UiTest::writeFile(distfiles, QStringLiteral("x.tar.gz"), "x");
        UiTest::writeFile(distfiles, QStringLiteral("y.tar.xz"), "yy");
        UiTest::writeFile(QDir(distfiles.filePath(QStringLiteral("sub"))), QStringLiteral("deep.zip"), "z");
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);

        QVERIFY(dropFiles({file(QStringLiteral("one.tar.gz"))}, belowRows()));
        QVERIFY(done.wait(10000));
        // A folder adds its own files, not those of subfolders; the summary says so once.
        QVERIFY(dropFiles({distfiles.path()}, belowRows()));
        QVERIFY(done.wait(10000));
        QCOMPARE(names(),
            (QStringList {QStringLiteral("one.tar.gz"), QStringLiteral("x.tar.gz"), QStringLiteral("y.tar.xz")}));
        auto *summary = UiTest::waitForVisible<ImportSummaryDialog>();
        QVERIFY(summary);
        summary->accept();
        QCOMPARE(model()->entry(2).size, 2);
        // The whole drop is one undoable step.
        panel()->undoStack()->undo();
        QCOMPARE(names(), QStringList {QStringLiteral("one.tar.gz")});
    }

    void dropBeforeRowAndSkipSummary()
    {
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        QVERIFY(dropFiles({file(QStringLiteral("a.tar.gz")), file(QStringLiteral("b.tar.gz"))}, belowRows()));
        QVERIFY(done.wait(10000));
        // Dropped onto the top edge of the first row: inserted before it. A missing file and
        // a fifo are skipped and reported together, in one summary.
        const QString fifo = QDir(m_dir.path()).filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0 || QFileInfo::exists(fifo));
        const QRect first = panel()->view()->visualRect(panel()->proxy()->index(0, 1));
        QVERIFY(dropFiles(
            {file(QStringLiteral("c.tar.gz")), QDir(m_dir.path()).filePath(QStringLiteral("nothere.tar.gz")), fifo},
            QPoint(first.center().x(), first.top() + 1)));
        QVERIFY(done.wait(10000));
        QCOMPARE(names(),
            (QStringList {QStringLiteral("c.tar.gz"), QStringLiteral("a.tar.gz"), QStringLiteral("b.tar.gz")}));
        auto *summary = UiTest::waitForVisible<ImportSummaryDialog>();
        QVERIFY(summary);
        const auto *view = summary->findChild<QAbstractItemView *>();
        QCOMPARE(view->model()->rowCount(), 2);
        QStringList reasons;
        for (int r = 0; r < 2; ++r)
            reasons << view->model()->index(r, 1).data().toString();
        reasons.sort();
        QCOMPARE(reasons, (QStringList {QStringLiteral("missing"), QStringLiteral("not a regular file")}));
    }

    void internalMoveByDrag()
    {
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        QVERIFY(dropFiles(
            {file(QStringLiteral("1.tar.gz")), file(QStringLiteral("2.tar.gz")), file(QStringLiteral("3.tar.gz"))},
            belowRows()));
        QVERIFY(done.wait(10000));
        // Drag the last row to the top: the model's own mime data, dropped above row 0.
        std::unique_ptr<QMimeData> mime(panel()->proxy()->mimeData({panel()->proxy()->index(2, 1)}));
        const QRect first = panel()->view()->visualRect(panel()->proxy()->index(0, 1));
        QVERIFY(drop(viewport(), mime.get(), QPoint(first.center().x(), first.top() + 1), Qt::MoveAction));
        QCOMPARE(names(),
            (QStringList {QStringLiteral("3.tar.gz"), QStringLiteral("1.tar.gz"), QStringLiteral("2.tar.gz")}));
        QCOMPARE(panel()->undoStack()->undoText(), QStringLiteral("Move 1 Entry"));
        panel()->undoStack()->undo();
        QCOMPARE(names(),
            (QStringList {QStringLiteral("1.tar.gz"), QStringLiteral("2.tar.gz"), QStringLiteral("3.tar.gz")}));
    }

    void conflictQuestionWithApplyToAll()
    {
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        QVERIFY(dropFiles({file(QStringLiteral("p.tar.gz")), file(QStringLiteral("q.tar.gz"))}, belowRows()));
        QVERIFY(done.wait(10000));
        // The same names from another folder: one question, answered for both.
        QDir(m_dir.path()).mkpath(QStringLiteral("other"));
        const QDir other(QDir(m_dir.path()).filePath(QStringLiteral("other")));
        QVERIFY(dropFiles({UiTest::writeFile(other, QStringLiteral("p.tar.gz"), "new p"),
                              UiTest::writeFile(other, QStringLiteral("q.tar.gz"), "new q")},
            belowRows()));
        QTRY_VERIFY(panel()->importer()->pendingQuestion());
        ConflictDialog *question = panel()->importer()->pendingQuestion();
        auto *all = question->findChild<QCheckBox *>();
        QVERIFY(all);
        all->setChecked(true);
        // The answer finishes the addition at once (the files were probed before asking).
        qsizetype before = done.count();
        question->choose(ConflictDialog::Choice::KeepBoth);
        QTRY_COMPARE(done.count(), before + 1);
        QCOMPARE(names(),
            (QStringList {QStringLiteral("p.tar.gz"), QStringLiteral("q.tar.gz"), QStringLiteral("p_2.tar.gz"),
                QStringLiteral("q_2.tar.gz")}));
        QVERIFY(!UiTest::findVisible<ConflictDialog>());

        // Replace: the entry in the list gives way to the new file.
        QVERIFY(dropFiles({UiTest::writeFile(other, QStringLiteral("q.tar.gz"), "newer q")}, belowRows()));
        QTRY_VERIFY(panel()->importer()->pendingQuestion());
        before = done.count();
        panel()->importer()->pendingQuestion()->choose(ConflictDialog::Choice::Replace);
        QTRY_COMPARE(done.count(), before + 1);
        QCOMPARE(names(),
            (QStringList {QStringLiteral("p.tar.gz"), QStringLiteral("p_2.tar.gz"), QStringLiteral("q_2.tar.gz"),
                QStringLiteral("q.tar.gz")}));
        QCOMPARE(model()->entry(3).sourcePath, other.filePath(QStringLiteral("q.tar.gz")));
        // Replacing is one undoable step as well.
        panel()->undoStack()->undo();
        QCOMPARE(model()->entry(1).sourcePath, QDir(m_dir.path()).filePath(QStringLiteral("q.tar.gz")));

        // Cancel adds nothing.
        QVERIFY(dropFiles({UiTest::writeFile(other, QStringLiteral("p.tar.gz"), "x")}, belowRows()));
        QTRY_VERIFY(panel()->importer()->pendingQuestion());
        before = done.count();
        panel()->importer()->pendingQuestion()->choose(ConflictDialog::Choice::Cancel);
        QTRY_COMPARE(done.count(), before + 1);
        QCOMPARE(model()->rowCount(), 4);
    }

    void droppedImageOpensInspector()
    {
        const QString image = file(QStringLiteral("external.img"), QByteArray("LBPAYLD1") + QByteArray(4, '\0'));
        QVERIFY(dropFiles({image}, belowRows()));
        QTRY_COMPARE(m_window->tabs()->count(), 2);
        auto *inspector = qobject_cast<ImagePanel *>(m_window->tabs()->currentWidget());
        QVERIFY(inspector);
        QCOMPARE(inspector->path(), image);
        QTRY_VERIFY(inspector->isReady());
        QCOMPARE(model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestDragDrop)
#include "tst_ui_dragdrop.moc"
