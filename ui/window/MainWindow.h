// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QMainWindow>

class ArchiveInspectorDock;
class AuthoringPanel;
class BuildController;
class CheckoutPanel;
class CheckoutTabs;
class DiskPairController;
class DiskWriteController;
class FirstImagePanel;
class FirstImageTabs;
class ImagePanel;
class ListFileController;
class MainActions;
class PanelActionRouter;
class PayloadStatusWidget;
class QTabWidget;
class RecentFiles;

// The main window: the authoring list in the first tab, one tab per opened image, the
// menus and tool bar, and the status bar. The work itself lives in the panels and
// controllers; this class connects them and remembers the window between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` as a live-bootstrap checkout when it is a folder, as a first boot disk
    // (init.img) or an image when its first bytes say so, else as a list file.
    void openPath(const QString &path);
    // Opens an image in its own tab (or shows the tab when it is open already).
    ImagePanel *openImage(const QString &path);
    // Opens a first boot disk (init.img) in its own tab (or shows the tab).
    FirstImagePanel *openFirstImage(const QString &path);
    // File > Open Image…, drops and the list's dropped images: a file ImageKind tells a first
    // boot disk opens as one, anything else as an image (whose tab says why it is none).
    QWidget *openAnyImage(const QString &path);
    // Opens a live-bootstrap checkout in its own tab (or shows it) and starts checking its
    // distfiles. Returns nullptr after telling the user when `path` is not a checkout.
    CheckoutPanel *openCheckout(const QString &path);
    // The hash cache file the checkout tabs opened from now on use (empty: the user's).
    void setHashCachePath(const QString &path);

    AuthoringPanel *authoringPanel() const { return m_authoring; }
    BuildController *buildController() const { return m_build; }
    DiskWriteController *diskWriteController() const { return m_diskWrite; }
    DiskPairController *diskPairs() const { return m_diskPairs; }
    ListFileController *listFile() const { return m_listFile; }
    MainActions *actions() const { return m_actions; }
    PayloadStatusWidget *statusWidget() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    ImagePanel *currentImagePanel() const;
    CheckoutPanel *currentCheckoutPanel() const;
    ArchiveInspectorDock *inspectorDock() const { return m_inspector; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void updateActions();
    void updateStatus();
    void updateTitle();
    void chooseFilesToAdd();
    void chooseFolderToAdd(bool recursive);
    void chooseImage();
    void closeImageTab(int index);
    void editAsNewPayload();
    void showAbout();
    void restoreSettings();
    void saveSettings();
    // The steps of closing, each asking asynchronously: a running build, then unsaved edits.
    void askToStopBuild();
    void askToSaveList();
    void closeConfirmed();

    AuthoringPanel *m_authoring;
    QTabWidget *m_tabs;
    MainActions *m_actions;
    PayloadStatusWidget *m_status;
    RecentFiles *m_recent;
    BuildController *m_build;
    DiskWriteController *m_diskWrite;
    ListFileController *m_listFile;
    PanelActionRouter *m_router;
    ArchiveInspectorDock *m_inspector;
    CheckoutTabs *m_checkouts;
    DiskPairController *m_diskPairs;
    FirstImageTabs *m_firstImages;
    bool m_closeAfterBuild = false;
    bool m_closeConfirmed = false;
};
