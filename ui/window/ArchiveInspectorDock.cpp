// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/ArchiveInspectorDock.h"
#include "FirstImageReader.h"
#include "PayloadReader.h"
#include "jobs/authoring/DistfileTarget.h"
#include "model/authoring/EntryTableModel.h"
#include "model/firstimage/SrcfsTreeModel.h"
#include "model/image/ImageEntryModel.h"
#include "panels/ArchiveInspectorPanel.h"
#include "panels/AuthoringPanel.h"
#include "panels/CheckoutPanel.h"
#include "panels/FirstImagePanel.h"
#include "panels/ImagePanel.h"
#include "widgets/views/EntryTableView.h"
#include "widgets/views/ImageTableView.h"
#include "window/AppSettings.h"

#include <QAction>
#include <QFileInfo>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>

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
    } else if (auto *first = qobject_cast<FirstImagePanel *>(m_tabs->currentWidget())) {
        view = first->treeView();
        m_connections << connect(first, &FirstImagePanel::stateChanged, this, &ArchiveInspectorDock::scheduleRefresh);
    } else if (qobject_cast<CheckoutPanel *>(m_tabs->currentWidget())) {
        // A checkout tab has no entry of the list or an image to look into: nothing to follow.
        scheduleRefresh();
        return;
    } else {
        view = m_authoring->view();
        // Renames, source checks, undo: the row may now stand for another distfile.
        m_connections << connect(
            m_authoring->model(), &EntryTableModel::contentsChanged, this, &ArchiveInspectorDock::scheduleRefresh);
    }
    m_connections << connect(
        view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ArchiveInspectorDock::scheduleRefresh);
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
    if (auto *first = qobject_cast<FirstImagePanel *>(m_tabs->currentWidget())) {
        refreshFirstImage(first);
        return;
    }
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
    if (qobject_cast<CheckoutPanel *>(m_tabs->currentWidget())) {
        // Not the list's selection, which is not in sight: say where the inspector works.
        m_shownKey.clear();
        m_panel->showPlaceholder(tr("The inspector looks inside the files of the list and of images: "
                                    "Open as Payload List makes this checkout's distfiles a list."));
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

void ArchiveInspectorDock::refreshFirstImage(FirstImagePanel *first)
{
    const std::shared_ptr<const FirstImageReader> reader = first->reader();
    if (first->isLoading() || !reader) {
        m_shownKey.clear();
        m_panel->showPlaceholder(tr("Reading the first image…"));
        return;
    }
    const int record = first->treeView()->currentIndex().data(SrcfsTreeModel::RecordRole).toInt();
    // Folders (and implied ones) have no data; a file's record is read in place.
    if (!first->treeView()->currentIndex().isValid() || record < 0 || record >= reader->records().size() ||
        reader->records().at(record).kind != SrcfsRecord::Kind::File) {
        m_shownKey.clear();
        m_panel->showPlaceholder(tr("Select a file of the first image to look inside it."));
        return;
    }
    const QString key = QStringLiteral("first\n%1\n%2").arg(first->path()).arg(record);
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    const SrcfsRecord &r = reader->records().at(record);
    IntegrityTester::Target target;
    target.name = QFileInfo(r.pathString()).fileName();
    target.source = tr("%1, record %2").arg(QFileInfo(first->path()).fileName()).arg(record);
    target.size = r.size;
    // The reader opens the image anew for each device, so the inspector's worker may read it.
    target.open = [reader, record](QString *error) {
        std::unique_ptr<QIODevice> device = reader->openRecord(record);
        if (!device && error)
            *error = tr("cannot read record %1 of %2").arg(record).arg(reader->fileName());
        return device;
    };
    m_panel->inspect(target);
}
