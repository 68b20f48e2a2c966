// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutFixture.h"
#include "UiTestSupport.h"

#include "panels/ArchiveInspectorPanel.h"
#include "panels/AuthoringPanel.h"
#include "panels/CheckoutPanel.h"
#include "panels/ImagePanel.h"
#include "widgets/summaries/PayloadStatusWidget.h"
#include "window/ArchiveInspectorDock.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;

// The window as a user first meets it: its size on the screen, each tab with its own tool bar
// and one status line.
class TestWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool shown(QToolBar *bar) { return bar->isVisibleTo(bar->parentWidget()); }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear(); // every case starts as a first start
    }

    void firstStartUsesTheScreen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        // Most of the screen (but not more than it), centred.
        QVERIFY2(window.width() >= available.width() * 7 / 10, qPrintable(QString::number(window.width())));
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() >= available.height() * 7 / 10);
        QVERIFY(qAbs(window.geometry().center().x() - available.center().x()) <= available.width() / 10);
        // The inspector, empty at first, is a strip at the bottom rather than half the window.
        ArchiveInspectorDock *dock = window.inspectorDock();
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY2(dock->height() <= window.height() / 3,
            qPrintable(u"dock %1 of %2"_s.arg(dock->height()).arg(window.height())));
    }

    void eachTabShowsItsOwnToolBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MainActions *a = window.actions();
        QVERIFY(shown(a->mainToolBar));
        QVERIFY(shown(a->listToolBar));
        QVERIFY(!shown(a->imageToolBar));
        QVERIFY(a->listToolBar->actions().contains(a->addFiles));
        QVERIFY(a->listToolBar->actions().contains(a->buildImage));
        QVERIFY(!a->mainToolBar->actions().contains(a->addFiles));

        window.openImage(m_dir.filePath(u"missing.img"_s));
        QVERIFY(!shown(a->listToolBar));
        QVERIFY(shown(a->imageToolBar));
        QVERIFY(shown(a->mainToolBar));

        CheckoutFixture checkout(m_dir.filePath(u"live-bootstrap"_s));
        checkout.writeStandard();
        window.setHashCachePath(m_dir.filePath(u"cache/sha256-cache"_s));
        CheckoutPanel *panel = window.openCheckout(checkout.root());
        QVERIFY(panel);
        QVERIFY(!shown(a->listToolBar));
        QVERIFY(!shown(a->imageToolBar));
        // The inspector does not speak of the list's selection, out of sight on this tab.
        window.inspectorDock()->refreshNow();
        QVERIFY2(window.inspectorDock()->panel()->placeholderText().contains(u"Open as Payload List"_s),
            qPrintable(window.inspectorDock()->panel()->placeholderText()));

        window.tabs()->setCurrentWidget(window.authoringPanel());
        QVERIFY(shown(a->listToolBar));
        QVERIFY(!shown(a->imageToolBar));
        panel->cancel();
    }

    // The list's facts in the status bar belong to the list and images; a checkout tab has
    // its own summary, so the status bar does not add a second, unrelated one.
    void oneStatusLinePerTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PayloadStatusWidget *status = window.statusWidget();
        QVERIFY(status->isVisible());
        CheckoutFixture checkout(m_dir.filePath(u"lb-status"_s));
        checkout.writeStandard();
        window.setHashCachePath(m_dir.filePath(u"cache/sha256-cache"_s));
        CheckoutPanel *panel = window.openCheckout(checkout.root());
        QVERIFY(panel);
        QVERIFY(!status->isVisible());
        window.openImage(m_dir.filePath(u"other.img"_s));
        QVERIFY(status->isVisible());
        window.tabs()->setCurrentWidget(panel);
        QVERIFY(!status->isVisible());
        panel->cancel();
    }

    void removeHasAnIcon()
    {
        MainWindow window;
        const QAction *remove = window.actions()->remove;
        QVERIFY(!remove->icon().isNull());
        QVERIFY(!remove->icon().pixmap(16, 16).isNull());
    }
};

QTEST_MAIN(TestWindow)
#include "tst_ui_window.moc"
