// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveUiFixture.h"

#include "model/archive/ArchiveMemberSortProxy.h"

#include "widgets/views/EntryTableView.h"
#include "widgets/views/ImageTableView.h"
#include "window/MainActions.h"

#include <QAction>
#include <QHeaderView>
#include <QListWidget>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeView>

// The archive inspector: it follows the current row of the list and of an image, shows the
// kind, the member tree and the findings, and cancels what the selection has left behind.
class TestArchiveInspector : public QObject, private ArchiveUiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        setUp();
    }

    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void inspectorShowsAuthoringFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kindKey");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("topLevel");
        QTest::addColumn<bool>("errorFinding");
        QTest::newRow("good") << "good.tar.gz"
                              << "tar.gz"
                              << "ok" << QStringList {QStringLiteral("pkg")} << false;
        QTest::newRow("truncated") << "trunc.tar.gz"
                                   << "tar.gz"
                                   << "truncated" << QStringList {QStringLiteral("pkg")} << false;
        QTest::newRow("html named .tar.gz") << "page.tar.gz"
                                            << "data"
                                            << "mismatch" << QStringList {} << true;
        QTest::newRow("escaping members")
            << "evil.tar"
            << "tar"
            << "ok" << QStringList {QStringLiteral(".."), QStringLiteral("/"), QStringLiteral("ok.txt")} << true;
    }

    void inspectorShowsAuthoringFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, kindKey);
        QFETCH(QString, status);
        QFETCH(QStringList, topLevel);
        QFETCH(bool, errorFinding);
        addToList({path(file)});
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        QVERIFY(inspectRow(m_window->authoringPanel()->view(), 0));
        QCOMPARE(inspector->report().name, file);
        QCOMPARE(DistfileKind::key(inspector->report().kind.kind), kindKey);
        QVERIFY2(inspector->kindText().contains(QStringLiteral("<b>%1</b>").arg(kindKey)),
            qPrintable(inspector->kindText()));
        QCOMPARE(ArchiveReport::statusKey(inspector->report().status), status);
        QCOMPARE(childNames(), topLevel);
        bool hasError = false;
        for (const ArchiveFinding &f : inspector->report().findings)
            hasError = hasError || f.severity == ArchiveFinding::Severity::Error;
        QCOMPARE(hasError, errorFinding);
        // The folders leading to a flagged member are marked and opened.
        const ArchiveMemberModel *model = inspector->memberModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            const bool flaggedBelow = i.data(ArchiveMemberModel::FindingsBelowRole).toInt() >= 0;
            QCOMPARE(inspector->memberView()->isExpanded(inspector->memberProxy()->mapFromSource(i)),
                flaggedBelow || model->rowCount() == 1);
        }
        if (file == QLatin1String("evil.tar")) {
            QCOMPARE(model->index(0, 0).data(ArchiveMemberModel::FindingsBelowRole).toInt(),
                int(ArchiveFinding::Severity::Error));
            QCOMPARE(childNames(model->index(0, 0)), QStringList {QStringLiteral("escape.txt")});
            QVERIFY(inspector->statusText().contains(QStringLiteral("Unsafe")));
        }
        // Every finding is listed beside the tree.
        QCOMPARE(inspector->findingsView()->count(), std::max<qsizetype>(1, inspector->report().findings.size()));
        // A truncated archive was not read to its end: no all-clear for members never seen.
        if (status == QLatin1String("truncated"))
            QVERIFY2(inspector->findingsView()->item(0)->text().contains(QStringLiteral("before the reading stopped")),
                qPrintable(inspector->findingsView()->item(0)->text()));
    }

    void inspectorMemberTree()
    {
        addToList({m_good});
        QVERIFY(inspectRow(m_window->authoringPanel()->view(), 0));
        const ArchiveMemberModel *model = m_window->inspectorDock()->panel()->memberModel();
        const QModelIndex pkg = model->index(0, 0);
        // Folders first, then by name.
        QCOMPARE(
            childNames(pkg), (QStringList {QStringLiteral("src"), QStringLiteral("link"), QStringLiteral("README")}));
        const QModelIndex src = model->index(0, 0, pkg);
        QCOMPARE(childNames(src), QStringList {QStringLiteral("data.bin")});
        const QModelIndex data = model->index(0, ArchiveMemberModel::SizeColumn, src);
        QCOMPARE(data.data(Qt::ToolTipRole).toString(), QStringLiteral("65,536 bytes"));
        QCOMPARE(model->index(0, ArchiveMemberModel::ModeColumn, src).data().toString(), QStringLiteral("-rw-r--r--"));
        QCOMPARE(
            model->index(1, ArchiveMemberModel::TypeColumn, pkg).data().toString(), QStringLiteral("symbolic link"));
        QCOMPARE(model->index(1, ArchiveMemberModel::LinkColumn, pkg).data().toString(), QStringLiteral("README"));
        QCOMPARE(model->index(0, ArchiveMemberModel::ModeColumn, pkg).data().toString(), QStringLiteral("drwxr-xr-x"));
        QCOMPARE(
            model->index(0, 0, src).data(ArchiveMemberModel::PathRole).toString(), QStringLiteral("pkg/src/data.bin"));
        // The single top folder is opened.
        QVERIFY(m_window->inspectorDock()->panel()->memberView()->isExpanded(
            m_window->inspectorDock()->panel()->memberProxy()->mapFromSource(pkg)));
    }

    // Any column sorts, both ways, folders first; the names' order when values are equal.
    void inspectorSortsByColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("names");
        const QString src = QStringLiteral("src"), link = QStringLiteral("link"), readme = QStringLiteral("README");
        using C = ArchiveMemberModel;
        QTest::newRow("name up") << int(C::NameColumn) << Qt::AscendingOrder << QStringList {src, link, readme};
        QTest::newRow("name down") << int(C::NameColumn) << Qt::DescendingOrder << QStringList {src, readme, link};
        QTest::newRow("size up") << int(C::SizeColumn) << Qt::AscendingOrder << QStringList {src, link, readme};
        QTest::newRow("size down") << int(C::SizeColumn) << Qt::DescendingOrder << QStringList {src, readme, link};
        QTest::newRow("type up") << int(C::TypeColumn) << Qt::AscendingOrder << QStringList {src, readme, link};
        QTest::newRow("mode down") << int(C::ModeColumn) << Qt::DescendingOrder << QStringList {src, link, readme};
        QTest::newRow("link down") << int(C::LinkColumn) << Qt::DescendingOrder << QStringList {src, link, readme};
        QTest::newRow("modified up") << int(C::ModifiedColumn) << Qt::AscendingOrder << QStringList {src, link, readme};
    }

    void inspectorSortsByColumn()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, names);
        addToList({m_good});
        QVERIFY(inspectRow(m_window->authoringPanel()->view(), 0));
        QTreeView *tree = m_window->inspectorDock()->panel()->memberView();
        // Through the header, as a click does.
        tree->header()->setSortIndicator(column, order);
        const QModelIndex pkg = tree->model()->index(0, 0);
        QStringList shown;
        for (int r = 0; r < tree->model()->rowCount(pkg); ++r)
            shown << tree->model()->index(r, ArchiveMemberModel::NameColumn, pkg).data().toString();
        QCOMPARE(shown, names);
    }

    // Every column is at least as wide as its title and sort arrow need, in German too.
    void inspectorColumnsFitTheirTitles()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral("payload-studio_de"), QStringLiteral(PAYLOAD_STUDIO_QM_DIR)));
        QApplication::installTranslator(&german);
        for (bool translated : {false, true}) {
            if (!translated)
                QApplication::removeTranslator(&german);
            else
                QApplication::installTranslator(&german);
            ArchiveInspectorPanel panel;
            QHeaderView *header = panel.memberView()->header();
            for (int c = ArchiveMemberModel::SizeColumn; c < ArchiveMemberModel::ColumnCount; ++c)
                QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                    qPrintable(QStringLiteral("%1: %2 < %3")
                                   .arg(panel.memberModel()->headerData(c, Qt::Horizontal).toString())
                                   .arg(header->sectionSize(c))
                                   .arg(header->sectionSizeHint(c))));
        }
        QApplication::removeTranslator(&german);
    }

    void inspectorFollowsImageSelection()
    {
        ImagePanel *panel = openImage(m_image);
        QVERIFY(panel->isReady());
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        m_window->inspectorDock()->refreshNow();
        QVERIFY(!inspector->placeholderText().isEmpty());

        QVERIFY(inspectRow(panel->view(), 0));
        QCOMPARE(inspector->report().name, QStringLiteral("good.tar.gz"));
        QCOMPARE(inspector->report().status, ArchiveReport::Status::Ok);
        QCOMPARE(inspector->report().memberCount, 5);
        QCOMPARE(childNames(), QStringList {QStringLiteral("pkg")});

        // Another row: the inspector follows.
        QVERIFY(inspectRow(panel->view(), 1));
        QCOMPARE(inspector->report().name, QStringLiteral("trunc.tar.gz"));
        QCOMPARE(inspector->report().status, ArchiveReport::Status::Truncated);
        QVERIFY(inspector->statusText().contains(QStringLiteral("Truncated")));

        QVERIFY(inspectRow(panel->view(), 2));
        QCOMPARE(inspector->report().status, ArchiveReport::Status::Mismatch);
        QVERIFY2(inspector->kindText().contains(QStringLiteral("text/html")), qPrintable(inspector->kindText()));
        QCOMPARE(childNames(), QStringList {});

        // Back to the list tab: nothing is current there.
        m_window->tabs()->setCurrentIndex(0);
        m_window->inspectorDock()->refreshNow();
        QVERIFY(!inspector->isBusy());
        QVERIFY(!inspector->placeholderText().isEmpty());
    }

    void quickSelectionChangesCancelThePrevious()
    {
        ImagePanel *panel = openImage(m_image);
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        QSignalSpy inspected(inspector, &ArchiveInspectorPanel::inspected);
        for (int row : {0, 1, 2, 0, 1}) {
            panel->view()->setCurrentIndex(panel->view()->model()->index(row, 2));
            m_window->inspectorDock()->refreshNow();
        }
        // What is shown is greyed until the last one is read.
        QVERIFY(!inspector->memberView()->isEnabled());
        QVERIFY(inspected.wait(10000));
        QTRY_VERIFY(!inspector->isBusy());
        QVERIFY(inspector->memberView()->isEnabled());
        // Only the last request is shown, once.
        QCOMPARE(inspected.count(), 1);
        QCOMPARE(inspector->report().name, QStringLiteral("trunc.tar.gz"));
    }

    void inspectorToggleIsRemembered()
    {
        QAction *toggle = m_window->actions()->showInspector;
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!m_window->inspectorDock()->isVisible());
        QVERIFY(!AppSettings::inspectorVisible());
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->actions()->showInspector->isChecked());
        QVERIFY(!m_window->inspectorDock()->isVisible());
        m_window->actions()->showInspector->trigger();
        QVERIFY(m_window->inspectorDock()->isVisible());
        QVERIFY(AppSettings::inspectorVisible());
    }
};

QTEST_MAIN(TestArchiveInspector)
#include "tst_ui_archive.moc"
