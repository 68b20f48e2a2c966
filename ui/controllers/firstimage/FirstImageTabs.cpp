// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/firstimage/FirstImageTabs.h"
#include "panels/FirstImagePanel.h"
#include "widgets/presentation/Icons.h"
#include "window/AppSettings.h"
#include "window/RecentFiles.h"

#include <QFileInfo>
#include <QTabWidget>

FirstImageTabs::FirstImageTabs(QTabWidget *tabs, RecentFiles *recent, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_recent(recent)
{ }

FirstImagePanel *FirstImageTabs::current() const
{
    return qobject_cast<FirstImagePanel *>(m_tabs->currentWidget());
}

FirstImagePanel *FirstImageTabs::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *panel = qobject_cast<FirstImagePanel *>(m_tabs->widget(i));
        if (panel && panel->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            return panel;
        }
    }
    auto *panel = new FirstImagePanel;
    connect(panel, &FirstImagePanel::stateChanged, this, [this, panel] {
        updateTab(panel);
        Q_EMIT panelStateChanged(panel);
    });
    const int index = m_tabs->addTab(panel, Icons::get(QStringLiteral("view-refresh")), QFileInfo(absolute).fileName());
    m_tabs->setTabToolTip(index, tr("%1 (first boot disk)").arg(absolute));
    m_tabs->setCurrentIndex(index);
    panel->open(absolute);
    m_recent->add(absolute);
    AppSettings::rememberFolder(AppSettings::Folder::Image, absolute);
    return panel;
}

void FirstImageTabs::updateTab(FirstImagePanel *panel)
{
    const int index = m_tabs->indexOf(panel);
    if (index < 0)
        return;
    const QString icon = panel->isLoading()            ? QStringLiteral("view-refresh")
        : !panel->isReady() || panel->errorCount() > 0 ? QStringLiteral("dialog-error")
        : panel->warningCount() > 0                    ? QStringLiteral("dialog-warning")
                                                       : QStringLiteral("drive-harddisk");
    m_tabs->setTabIcon(index, Icons::get(icon));
}

bool FirstImageTabs::close(int index)
{
    auto *panel = qobject_cast<FirstImagePanel *>(m_tabs->widget(index));
    if (!panel)
        return false;
    // The reader stops between two records; the destructor waits for it.
    panel->cancelJobs();
    m_tabs->removeTab(index);
    panel->deleteLater();
    return true;
}

void FirstImageTabs::cancelAll()
{
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *panel = qobject_cast<FirstImagePanel *>(m_tabs->widget(i)))
            panel->cancelJobs();
}
