// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/ArchiveInspectorDock.h"
#include "PayloadReader.h"
#include "jobs/authoring/DistfileTarget.h"
#include "model/authoring/EntryTableModel.h"
#include "model/image/ImageEntryModel.h"
#include "panels/ArchiveInspectorPanel.h"
#include "panels/AuthoringPanel.h"
#include "panels/ImagePanel.h"
#include "widgets/EntryTableView.h"
#include "widgets/ImageTableView.h"
#include "window/AppSettings.h"

#include <QAction>
#include <QSortFilterProxyModel>
#include <QTabWidget>

ArchiveInspectorDock::ArchiveInspectorDock(QTabWidget *tabs, AuthoringPanel *authoring, QWidget *parent)
    : QDockWidget(tr("Archive Inspector"), parent)
    , m_tabs(tabs)
    , m_authoring(authoring)
    , m_panel(new ArchiveInspectorPanel)
{
    setObjectName(QStringLiteral("archiveInspectorDock"));
    setWidget(m_panel);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ArchiveInspectorDock::followCurrentTab);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            scheduleRefresh();
    });
    followCurrentTab();
}

void ArchiveInspectorDock::bindToggleAction(QAction *action)
{
    action->setCheckable(true);
    setVisible(AppSettings::inspectorVisible());
    action->setChecked(AppSettings::inspectorVisible());
    connect(action, &QAction::toggled, this, [this](bool on) {
        setVisible(on);
        AppSettings::setInspectorVisible(on);
    });
    // The dock's own close button, and restoreState(): keep the action and the setting in step.
    connect(toggleViewAction(), &QAction::toggled, action, &QAction::setChecked);
}

void ArchiveInspectorDock::followCurrentTab()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractItemView *view = nullptr;
    if (auto *image = qobject_cast<ImagePanel *>(m_tabs->currentWidget())) {
        view = image->view();
        m_connections << connect(image, &ImagePanel::stateChanged, this, &ArchiveInspectorDock::scheduleRefresh);
    } else {
        view = m_authoring->view();
        // Renames, source checks, undo: the row may now stand for another distfile.
        m_connections << connect(
            m_authoring->model(), &EntryTableModel::contentsChanged, this, &ArchiveInspectorDock::scheduleRefresh);
    }
    m_connections << connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ArchiveInspectorDock::scheduleRefresh);
    m_connections << connect(
        view->model(), &QAbstractItemModel::modelReset, this, &ArchiveInspectorDock::scheduleRefresh);
    scheduleRefresh();
}

void ArchiveInspectorDock::scheduleRefresh()
{
    if (isVisible())
        m_settle.start();
}

void ArchiveInspectorDock::refreshNow()
{
    m_settle.stop();
    refresh();
}

void ArchiveInspectorDock::refresh()
{
    if (auto *image = qobject_cast<ImagePanel *>(m_tabs->currentWidget())) {
        const QModelIndex current = image->view()->currentIndex();
        const std::shared_ptr<const PayloadReader> reader = image->reader();
        if (image->isLoading() || !reader) {
            m_shownKey.clear();
            m_panel->showPlaceholder(tr("Reading the image…"));
            return;
        }
        if (!current.isValid()) {
            m_shownKey.clear();
            m_panel->showPlaceholder(tr("Select an entry of the image to look inside it."));
            return;
        }
        const int index = current.data(ImageEntryModel::EntryIndexRole).toInt();
        const QString key = QStringLiteral("image\n%1\n%2").arg(image->path()).arg(index);
        if (key != m_shownKey) {
            m_shownKey = key;
            m_panel->inspect(IntegrityTester::Target::fromEntry(*reader, index));
        }
        return;
    }
    const QModelIndex current = m_authoring->view()->currentIndex();
    if (!current.isValid()) {
        m_shownKey.clear();
        m_panel->showPlaceholder(tr("Select a file of the list to look inside it."));
        return;
    }
    const int row = m_authoring->proxy()->mapToSource(current).row();
    const AuthoringEntry &e = m_authoring->model()->entry(row);
    const QString key = QStringLiteral("list\n%1\n%2\n%3\n%4\n%5\n%6")
                            .arg(e.id)
                            .arg(e.displayName(), e.sourcePath)
                            .arg(e.sourceOffset)
                            .arg(e.size)
                            .arg(int(e.sourceState));
    if (key != m_shownKey) {
        m_shownKey = key;
        m_panel->inspect(DistfileTarget::ofAuthoringEntry(e));
    }
}
