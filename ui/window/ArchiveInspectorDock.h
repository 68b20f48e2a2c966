// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QDockWidget>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

class ArchiveInspectorPanel;
class AuthoringPanel;
class FirstImagePanel;
class ImagePanel;
class QAction;
class QTabWidget;

// The archive inspector as a dock of the main window, following the current row of whichever
// tab is shown: a file of the authoring list (read from disk, or the byte range of an image
// it was taken from), an entry of an opened image, or a file of an opened first boot disk
// (both read in place). It inspects only while
// visible, waits for the selection to settle (arrow keys held down start nothing), and skips
// the work when the row still stands for the same distfile (a hash arriving is no reason).
class ArchiveInspectorDock : public QDockWidget
{
    Q_OBJECT
public:
    ArchiveInspectorDock(QTabWidget *tabs, AuthoringPanel *authoring, QWidget *parent = nullptr);

    ArchiveInspectorPanel *panel() const { return m_panel; }
    // Makes `action` (checkable, from MainActions) show and hide the dock, and keeps it
    // checked while the dock is open (also when closed by its own button); remembered in AppSettings.
    void bindToggleAction(QAction *action);
    // Shows the current row now, without waiting for the selection to settle (tests).
    void refreshNow();

private:
    void followCurrentTab();
    void scheduleRefresh();
    void refresh();
    void refreshFirstImage(FirstImagePanel *first);

    QTabWidget *m_tabs;
    AuthoringPanel *m_authoring;
    ArchiveInspectorPanel *m_panel;
    QTimer m_settle;
    QList<QMetaObject::Connection> m_connections;
    QString m_shownKey; // what is shown: the row's distfile, so an unchanged row is not read again
};
