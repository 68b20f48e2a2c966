// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/MainActions.h"
#include "widgets/presentation/Icons.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
    , m_owner(window)
{
    newList = make(QStringLiteral("document-new"), tr("&New List"), tr("Start an empty list"));
    newList->setShortcut(QKeySequence::New);
    openImage = make(QStringLiteral("document-open"), tr("&Open Image…"), tr("Inspect an existing payload image"));
    openImage->setShortcut(QKeySequence::Open);
    openList = make(QStringLiteral("document-import"), tr("Open &List…"),
        tr("Open a list of “name path” lines, as upstream's shell recipe reads them"));
    openList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    saveList = make(QStringLiteral("document-save"), tr("&Save List"), tr("Save the list in upstream's list format"));
    saveList->setShortcut(QKeySequence::Save);
    saveListAs = make(QStringLiteral("document-save-as"), tr("Save List &As…"), tr("Save the list under a new name"));
    saveListAs->setShortcut(QKeySequence::SaveAs);
    addFiles = make(QStringLiteral("list-add"), tr("&Add Files…"), tr("Add files to the list"));
    addFiles->setShortcut(QKeySequence(Qt::Key_Insert));
    addFolder = make(QStringLiteral("folder-new"), tr("Add &Folder…"), tr("Add the files of a folder to the list"));
    addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Insert));
    addFolderRecursive = make(QStringLiteral("folder-new"), tr("Add Folder with &Subfolders…"),
        tr("Add the files of a folder and of all its subfolders"));
    buildImage = make(QStringLiteral("run-build"), tr("&Build Image…"), tr("Write the list into a payload image"));
    buildImage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    exportTar = make(QStringLiteral("application-x-archive"), tr("Export as &Tar…"),
        tr("Write every entry of the image into a tar archive (plain, gz, bz2, xz or zst)"));
    exportTarSelected = make(QStringLiteral("application-x-archive"), tr("Export Selected as Ta&r…"),
        tr("Write the selected entries of the image into a tar archive"));
    writeToDisk = make(QStringLiteral("drive-removable-media-usb"), tr("&Write to Disk…"),
        tr("Write the image to a whole disk (a USB stick) and read it back"));
    closeTab = make(QStringLiteral("tab-close"), tr("&Close Tab"), tr("Close the image or checkout shown"));
    closeTab->setShortcut(QKeySequence::Close);
    quit = make(QStringLiteral("application-exit"), tr("&Quit"), tr("Quit Payload Studio"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setIcon(Icons::get(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setIcon(Icons::get(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    paste =
        make(QStringLiteral("edit-paste"), tr("&Paste"), tr("Add the files whose paths or URLs are on the clipboard"));
    paste->setShortcut(QKeySequence::Paste);
    rename = make(QStringLiteral("edit-rename"), tr("Re&name"), tr("Rename the entry in the image"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    remove = make(QStringLiteral("edit-delete"), tr("&Remove"), tr("Remove the selected entries from the list"));
    remove->setShortcut(QKeySequence::Delete);
    selectAll = make(QStringLiteral("edit-select-all"), tr("Select &All"), tr("Select every entry"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    moveUp = make(QStringLiteral("go-up"), tr("Move &Up"), tr("Move the selected entries one place up"));
    moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    moveDown = make(QStringLiteral("go-down"), tr("Move &Down"), tr("Move the selected entries one place down"));
    moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    sortByName = make(QStringLiteral("view-sort-ascending"), tr("&Sort by Name"),
        tr("Sort the list by name in code-point order, as upstream's generator writes it"));
    sortByName->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    find = make(QStringLiteral("search"), tr("&Filter…"), tr("Show only entries whose name or source matches"));
    find->setShortcut(QKeySequence::Find);
    recheck = make(QStringLiteral("view-refresh"), tr("&Check Sources Again"),
        tr("Look at every source file again (moved, deleted or fixed since it was added)"));
    recheck->setShortcut(QKeySequence::Refresh);
    clearList = make(QStringLiteral("edit-clear-list"), tr("C&lear List"), tr("Remove every entry"));

    showInspector = make(QStringLiteral("document-preview"), tr("Show Archive &Inspector"),
        tr("Show what is inside the current entry: its kind, members and findings"));
    showInspector->setCheckable(true);
    showInspector->setShortcut(QKeySequence(Qt::Key_F9));
    testSelected = make(QStringLiteral("security-high"), tr("&Test Integrity of Selected"),
        tr("Read the selected distfiles to their end and check them: truncated, corrupt, not what the name says"));
    testSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    testAll = make(QStringLiteral("security-high"), tr("Test &Integrity of All"),
        tr("Read every distfile to its end and check it, on all cores"));
    testAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    openCheckout = make(QStringLiteral("document-open"), tr("Open live-bootstrap &Checkout…"),
        tr("Check a live-bootstrap checkout's distfiles and build its external.img"));
    openCheckout->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    checkDistfiles = make(QStringLiteral("view-refresh"), tr("&Check Distfiles Again"),
        tr("Look at every distfile of the checkout again (unchanged files are not read again)"));
    checkDistfiles->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    fetchMissing = make(QStringLiteral("document-import"), tr("&Fetch Missing"),
        tr("Download the missing and wrong distfiles, from the mirrors first, then from their own URLs"));
    fetchMissing->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    copyMissingUrls = make(QStringLiteral("edit-paste"), tr("Copy Missing &URLs"),
        tr("Put the URLs of the missing and wrong distfiles on the clipboard, one per line"));
    copyMissingUrls->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    buildExternal = make(QStringLiteral("run-build"), tr("&Build external.img…"),
        tr("Write the external half into external.img, as upstream's generator does (every distfile must be OK)"));
    buildExternal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    openAsPayloadList = make(QStringLiteral("document-edit"), tr("Open as Payload &List"),
        tr("Make external.img's distfiles the authoring list, for custom changes"));
    openBothDisks = make(QStringLiteral("document-open"), tr("Open Both Dis&ks…"),
        tr("Check whether init.img and external.img boot together from a checkout"));
    mirrors = make(QStringLiteral("document-edit"), tr("Distfile &Mirrors…"),
        tr("The mirrors Fetch Missing tries before each distfile's own URL"));

    extractSelected = make(
        QStringLiteral("archive-extract"), tr("&Extract Selected…"), tr("Copy the selected entries into a folder"));
    extractSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    extractAll = make(QStringLiteral("archive-extract"), tr("Extract &All…"), tr("Copy every entry into a folder"));
    extractAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    hashSelected =
        make(QStringLiteral("document-edit-sign"), tr("Compute SHA-256 of &Selected"), tr("Hash the selected entries"));
    hashAll = make(QStringLiteral("document-edit-sign"), tr("Compute SHA-256 of A&ll"), tr("Hash every entry"));
    hashAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    exportManifest = make(QStringLiteral("document-export"), tr("Export &Manifest…"),
        tr("Write the entries with their SHA-256 as JSON, TSV or a sha256sum file"));
    verify = make(QStringLiteral("security-high"), tr("&Verify Against Manifest…"),
        tr("Check every entry's size and SHA-256 against a manifest"));
    editAsNew = make(QStringLiteral("document-edit"), tr("Edit as &New Payload"),
        tr("Make the entries an authoring list sourced from this image, to add or drop files and rebuild"));

    about = make(QStringLiteral("help-about"), tr("&About Payload Studio"), tr("Version and licence"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(QStringLiteral("qt"), tr("About &Qt"), tr("The Qt version in use"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    buildToolBars(window);
    buildMenus(window);
}

QAction *MainActions::make(const QString &icon, const QString &text, const QString &tip)
{
    auto *a = new QAction(Icons::get(icon), text, m_owner);
    a->setStatusTip(tip);
    a->setToolTip(tip);
    return a;
}

QList<QAction *> MainActions::listContextActions() const
{
    auto *sep = new QAction(m_owner);
    sep->setSeparator(true);
    auto *sep2 = new QAction(m_owner);
    sep2->setSeparator(true);
    auto *sep3 = new QAction(m_owner);
    sep3->setSeparator(true);
    return {rename, remove, sep, moveUp, moveDown, sortByName, sep2, testSelected, sep3, addFiles, addFolder, paste};
}

QList<QAction *> MainActions::imageContextActions() const
{
    auto *sep = new QAction(m_owner);
    sep->setSeparator(true);
    auto *sep2 = new QAction(m_owner);
    sep2->setSeparator(true);
    return {extractSelected, hashSelected, sep, testSelected, exportTarSelected, sep2, editAsNew};
}

QList<QAction *> MainActions::checkoutActions() const
{
    auto *sep = new QAction(m_owner);
    sep->setSeparator(true);
    return {checkDistfiles, fetchMissing, copyMissingUrls, sep, buildExternal, openAsPayloadList};
}

void MainActions::buildToolBars(QMainWindow *window)
{
    auto toolBar = [window](const QString &title, const QString &name) {
        QToolBar *bar = window->addToolBar(title);
        bar->setObjectName(name);
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return bar;
    };
    mainToolBar = toolBar(tr("Main Toolbar"), QStringLiteral("mainToolBar"));
    mainToolBar->addAction(newList);
    mainToolBar->addAction(openImage);
    mainToolBar->addAction(openCheckout);

    listToolBar = toolBar(tr("List Toolbar"), QStringLiteral("listToolBar"));
    // Low priority: icon only beside the text of the others, so the bars fit 1024 pixels.
    for (QAction *a : {remove, undo, redo})
        a->setPriority(QAction::LowPriority);
    listToolBar->addAction(addFiles);
    listToolBar->addAction(addFolder);
    listToolBar->addAction(remove);
    listToolBar->addSeparator();
    listToolBar->addAction(undo);
    listToolBar->addAction(redo);
    listToolBar->addAction(sortByName);
    listToolBar->addSeparator();
    listToolBar->addAction(buildImage);

    imageToolBar = toolBar(tr("Image Toolbar"), QStringLiteral("imageToolBar"));
    imageToolBar->addAction(extractAll);
    imageToolBar->addAction(hashAll);
    imageToolBar->addAction(testAll);
    imageToolBar->addSeparator();
    imageToolBar->addAction(exportManifest);
    // They come and go with the tab shown: the window's tool bar menu does not offer them.
    for (QToolBar *bar : {listToolBar, imageToolBar})
        bar->toggleViewAction()->setVisible(false);
}

void MainActions::buildMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newList);
    file->addAction(openImage);
    file->addAction(openList);
    file->addAction(openCheckout);
    file->addAction(openBothDisks);
    recentMenu = file->addMenu(Icons::get(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    file->addSeparator();
    file->addAction(saveList);
    file->addAction(saveListAs);
    file->addSeparator();
    file->addAction(addFiles);
    file->addAction(addFolder);
    file->addAction(addFolderRecursive);
    file->addSeparator();
    file->addAction(buildImage);
    file->addAction(exportTar);
    file->addAction(exportTarSelected);
    file->addAction(writeToDisk);
    file->addSeparator();
    file->addAction(closeTab);
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(paste);
    edit->addAction(rename);
    edit->addAction(remove);
    edit->addAction(selectAll);
    edit->addSeparator();
    edit->addAction(moveUp);
    edit->addAction(moveDown);
    edit->addAction(sortByName);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(recheck);
    edit->addAction(clearList);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(showInspector);
    view->addAction(mainToolBar->toggleViewAction());

    QMenu *entries = bar->addMenu(tr("E&ntries"));
    entries->addAction(testSelected);
    entries->addAction(testAll);

    QMenu *image = bar->addMenu(tr("&Image"));
    image->addAction(extractSelected);
    image->addAction(extractAll);
    image->addSeparator();
    image->addAction(hashSelected);
    image->addAction(hashAll);
    image->addAction(exportManifest);
    image->addAction(verify);
    image->addSeparator();
    image->addAction(editAsNew);

    QMenu *checkout = bar->addMenu(tr("&Checkout"));
    checkout->addAction(openCheckout);
    checkout->addAction(openBothDisks);
    checkout->addSeparator();
    checkout->addAction(checkDistfiles);
    checkout->addAction(fetchMissing);
    checkout->addAction(copyMissingUrls);
    checkout->addSeparator();
    checkout->addAction(buildExternal);
    checkout->addAction(openAsPayloadList);

    QMenu *settings = bar->addMenu(tr("&Settings"));
    settings->addAction(mirrors);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);
}
