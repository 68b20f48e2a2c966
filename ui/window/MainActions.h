// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

// Every action of the main window with its text, icon, standard shortcut and status tip,
// and the menus and tool bars made of them. The window connects them; this only creates.
class MainActions : public QObject
{
    Q_OBJECT
public:
    // `undoStack` provides Undo and Redo (their text names the command).
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    // File
    QAction *newList, *openImage, *openList, *saveList, *saveListAs, *addFiles, *addFolder, *addFolderRecursive,
        *buildImage, *exportTar, *exportTarSelected, *writeToDisk, *closeTab, *quit;
    QMenu *recentMenu;
    // Edit
    QAction *undo, *redo, *paste, *rename, *remove, *selectAll, *moveUp, *moveDown, *sortByName, *find, *recheck,
        *clearList;
    // View (showInspector is checkable; the dock binds it)
    QAction *showInspector;
    // Entries: both views
    QAction *testSelected, *testAll;
    // Checkout (File > Open live-bootstrap Checkout… opens one; the others work on the tab shown)
    QAction *openCheckout, *checkDistfiles, *fetchMissing, *copyMissingUrls, *buildExternal, *openAsPayloadList;
    // Settings
    QAction *mirrors;
    QAction *openBothDisks;
    // Image
    QAction *extractSelected, *extractAll, *hashSelected, *hashAll, *exportManifest, *verify, *editAsNew;
    // Help
    QAction *about, *aboutQt;

    // The tool bars: the main one (opening things) is always there; the list's and the image's
    // are shown only while their kind of tab is (PanelActionRouter switches them). A checkout
    // tab has its own tool bar inside the tab.
    QToolBar *mainToolBar, *listToolBar, *imageToolBar;

    // The actions that make sense on a row of the list, for its context menu.
    QList<QAction *> listContextActions() const;
    QList<QAction *> imageContextActions() const;
    // The actions of a checkout tab's tool bar and context menu.
    QList<QAction *> checkoutActions() const;

private:
    QAction *make(const QString &icon, const QString &text, const QString &tip);
    void buildToolBars(QMainWindow *window);
    void buildMenus(QMainWindow *window);

    QObject *m_owner;
};
