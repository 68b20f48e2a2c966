// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/MainWindow.h"
#include "PayloadReader.h"
#include "ThreadBudget.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/authoring/BuildController.h"
#include "controllers/authoring/EntryImporter.h"
#include "controllers/authoring/ListFileController.h"
#include "controllers/checkout/CheckoutSession.h"
#include "controllers/checkout/CheckoutTabs.h"
#include "controllers/disk/DiskPairController.h"
#include "controllers/disk/DiskWriteController.h"
#include "controllers/firstimage/FirstImageTabs.h"
#include "model/authoring/EntryTableModel.h"
#include "model/image/ImageEntryModel.h"
#include "model/image/PayloadMagic.h"
#include "panels/AuthoringPanel.h"
#include "panels/CheckoutPanel.h"
#include "panels/FirstImagePanel.h"
#include "panels/ImagePanel.h"
#include "widgets/messages/Messages.h"
#include "widgets/presentation/Icons.h"
#include "widgets/summaries/PayloadStatusWidget.h"
#include "widgets/views/EntryTableView.h"
#include "widgets/views/ImageTableView.h"
#include "window/AppSettings.h"
#include "window/ArchiveInspectorDock.h"
#include "window/MainActions.h"
#include "window/PanelActionRouter.h"
#include "window/RecentFiles.h"

#include <karchive_version.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_authoring(new AuthoringPanel)
    , m_tabs(new QTabWidget)
    , m_status(new PayloadStatusWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Background work yields to the GUI thread (ThreadBudget): measured on 2 cores, see issue 24.
    ThreadBudget::instance().setWorkerNice(10);
    setWindowIcon(Icons::application());
    setAcceptDrops(true);
    m_actions = new MainActions(this, m_authoring->undoStack());
    m_recent = new RecentFiles(m_actions->recentMenu, this);
    m_build = new BuildController(m_authoring->model(), this, this);
    m_diskWrite = new DiskWriteController(this, this);
    m_listFile = new ListFileController(m_authoring, m_recent, this);
    m_router = new PanelActionRouter(m_actions, m_tabs, m_authoring, m_build, this);
    m_checkouts = new CheckoutTabs(this, m_tabs, m_authoring, m_build, m_actions, m_recent);
    m_firstImages = new FirstImageTabs(m_tabs, m_recent, this);

    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->setAccessibleName(tr("Open lists and images"));
    m_tabs->addTab(m_authoring, Icons::get(QStringLiteral("document-new")), tr("New Payload"));
    // The list cannot be closed, only emptied: no close button on its tab.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_status, 1);
    m_status->setTargetDiskBytes(AppSettings::targetDiskBytes());
    m_inspector = new ArchiveInspectorDock(m_tabs, m_authoring, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);

    m_authoring->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_authoring->view()->addActions(m_actions->listContextActions());

    connectActions();
    restoreSettings();
    m_inspector->bindToggleAction(m_actions->showInspector);
    updateActions();
    updateStatus();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The panels are deleted by ~QWidget, after this destructor: by then this object is only a
    // QWidget, and a signal a panel sends while it shuts down (a job it stops, a selection it
    // clears) would call a MainWindow slot on it (UndefinedBehaviorSanitizer: "downcast of
    // address ... which does not point to an object of type MainWindow").
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    AuthoringPanel *p = m_authoring;
    auto showList = [this] {
        m_tabs->setCurrentWidget(m_authoring);
    };
    connect(a->newList, &QAction::triggered, m_listFile, &ListFileController::newList);
    connect(a->openImage, &QAction::triggered, this, &MainWindow::chooseImage);
    connect(a->openList, &QAction::triggered, m_listFile, &ListFileController::chooseAndOpen);
    connect(a->openCheckout, &QAction::triggered, m_checkouts, &CheckoutTabs::chooseAndOpen);
    connect(a->buildExternal, &QAction::triggered, m_checkouts, &CheckoutTabs::buildExternalImage);
    connect(a->openAsPayloadList, &QAction::triggered, m_checkouts, &CheckoutTabs::openAsPayloadList);
    connect(a->mirrors, &QAction::triggered, m_checkouts, &CheckoutTabs::editMirrors);
    m_diskPairs = new DiskPairController(this, m_checkouts);
    connect(a->openBothDisks, &QAction::triggered, m_diskPairs, [this] { m_diskPairs->open(); });
    connect(m_checkouts, &CheckoutTabs::panelStateChanged, this, [this](CheckoutPanel *panel) {
        if (panel == currentCheckoutPanel()) {
            updateActions();
            updateStatus();
        }
    });
    connect(m_firstImages, &FirstImageTabs::panelStateChanged, this, &MainWindow::updateActions);
    connect(a->saveList, &QAction::triggered, m_listFile, &ListFileController::save);
    connect(a->saveListAs, &QAction::triggered, m_listFile, &ListFileController::saveAs);
    connect(m_listFile, &ListFileController::showListRequested, this, showList);
    connect(m_listFile, &ListFileController::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(a->addFiles, &QAction::triggered, this, &MainWindow::chooseFilesToAdd);
    connect(a->addFolder, &QAction::triggered, this, [this] { chooseFolderToAdd(false); });
    connect(a->addFolderRecursive, &QAction::triggered, this, [this] { chooseFolderToAdd(true); });
    connect(a->buildImage, &QAction::triggered, this, [this, showList] {
        showList();
        m_build->showBuildDialog();
    });
    connect(a->closeTab, &QAction::triggered, this, [this] { closeImageTab(m_tabs->currentIndex()); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);

    connect(a->paste, &QAction::triggered, this, [this, p, showList] {
        if (p->addFromMimeData(QApplication::clipboard()->mimeData()))
            showList();
        else
            statusBar()->showMessage(tr("The clipboard holds no file paths or file URLs."), 5000);
    });
    connect(a->editAsNew, &QAction::triggered, this, &MainWindow::editAsNewPayload);
    connect(p->integrity(), &IntegrityController::finished, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_recent, &RecentFiles::triggered, this, &MainWindow::openPath);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeImageTab);
    connect(p, &AuthoringPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(p, &AuthoringPanel::imagesDropped, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            openAnyImage(path);
    });
    connect(p, &AuthoringPanel::listPathChanged, this, &MainWindow::updateTitle);
    connect(p->model(), &EntryTableModel::contentsChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(p->importer(), &EntryImporter::busyChanged, this, &MainWindow::updateActions);
    connect(p->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_status, &PayloadStatusWidget::targetDiskChanged, this,
        [](qint64 bytes) { AppSettings::setTargetDiskBytes(bytes); });
    connect(m_build, &BuildController::openImageRequested, this, &MainWindow::openImage);
    connect(m_build, &BuildController::writeToDiskRequested, m_diskWrite, &DiskWriteController::writeImage);
    connect(m_actions->writeToDisk, &QAction::triggered, this, [this] {
        if (ImagePanel *image = currentImagePanel())
            m_diskWrite->writeImage(image->path());
    });
    connect(m_build, &BuildController::integrityTestRequested, m_authoring, &AuthoringPanel::testIntegrityOf);
    connect(m_build->job(), &BuildJob::finished, this, [this] {
        updateActions();
        if (m_closeAfterBuild) {
            m_closeAfterBuild = false;
            QTimer::singleShot(0, this, &MainWindow::askToSaveList);
        }
    });
}

ImagePanel *MainWindow::currentImagePanel() const
{
    return m_router->currentImagePanel();
}

CheckoutPanel *MainWindow::currentCheckoutPanel() const
{
    return m_router->currentCheckoutPanel();
}

void MainWindow::updateActions()
{
    m_router->updateActions();
}

void MainWindow::updateStatus()
{
    // One status line, the tab's own: a checkout and a first boot disk show theirs at the top
    // of their tab, so the status bar's facts (an LBPAYLD1 list's or image's) are not shown there.
    const bool ownSummary = m_firstImages->current() || currentCheckoutPanel();
    m_status->setVisible(!ownSummary);
    if (ownSummary)
        return;
    if (ImagePanel *image = currentImagePanel()) {
        const auto &entries = image->model()->entries();
        qint64 payload = 0;
        for (const PayloadEntry &e : entries)
            payload += e.size;
        const auto reader = image->reader();
        m_status->setFacts(int(entries.size()), payload, reader ? reader->imageSize() : 0,
            reader ? reader->layout() : PayloadFormat::Layout::U32, image->errorCount(), image->warningCount(), 0,
            image->model()->integrityFailures());
        return;
    }
    const EntryTableModel::Summary s = m_authoring->model()->summary();
    m_status->setFacts(s.entries, s.payloadBytes, s.imageSize, m_authoring->layout(), s.errorRows, s.warningRows,
        s.hashing, m_authoring->model()->integrityFailures(), s.mismatches);
}

void MainWindow::updateTitle()
{
    const QString list = m_authoring->listPath();
    const QString name = list.isEmpty() ? tr("New Payload") : QFileInfo(list).fileName();
    m_tabs->setTabText(0, name);
    m_tabs->setTabToolTip(0, list);
    setWindowTitle(tr("%1[*] — Payload Studio").arg(name));
    setWindowModified(!m_authoring->undoStack()->isClean() && m_authoring->model()->rowCount() > 0);
}

void MainWindow::openPath(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        openCheckout(path);
        return;
    }
    if (PayloadMagic::isFirstImage(path))
        openFirstImage(path);
    else if (PayloadMagic::isPayloadImage(path) || !QFileInfo(path).isFile())
        openImage(path);
    else
        m_listFile->open(path);
}

ImagePanel *MainWindow::openImage(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *panel = qobject_cast<ImagePanel *>(m_tabs->widget(i));
        if (panel && panel->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            return panel;
        }
    }
    auto *panel = new ImagePanel;
    panel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    panel->view()->addActions(m_actions->imageContextActions());
    connect(panel->integrity(), &IntegrityController::finished, this, [this, panel] {
        if (panel == currentImagePanel())
            updateStatus();
    });
    connect(panel, &ImagePanel::stateChanged, this, [this, panel] {
        if (panel == currentImagePanel()) {
            updateActions();
            updateStatus();
        }
        const int index = m_tabs->indexOf(panel);
        const QString icon = panel->isLoading()            ? QStringLiteral("view-refresh")
            : !panel->isReady() || panel->errorCount() > 0 ? QStringLiteral("dialog-error")
                                                           : QStringLiteral("application-x-raw-disk-image");
        m_tabs->setTabIcon(index, Icons::get(icon));
    });
    const int index = m_tabs->addTab(panel, Icons::get(QStringLiteral("view-refresh")), QFileInfo(absolute).fileName());
    m_tabs->setTabToolTip(index, absolute);
    m_tabs->setCurrentIndex(index);
    panel->open(absolute);
    m_recent->add(absolute);
    AppSettings::rememberFolder(AppSettings::Folder::Image, absolute);
    return panel;
}

FirstImagePanel *MainWindow::openFirstImage(const QString &path)
{
    return m_firstImages->open(path);
}

QWidget *MainWindow::openAnyImage(const QString &path)
{
    if (PayloadMagic::isFirstImage(path))
        return openFirstImage(path);
    return openImage(path);
}

CheckoutPanel *MainWindow::openCheckout(const QString &path)
{
    return m_checkouts->open(path);
}

void MainWindow::setHashCachePath(const QString &path)
{
    m_checkouts->setHashCachePath(path);
}

void MainWindow::chooseFilesToAdd()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add Files"), AppSettings::lastFolder(AppSettings::Folder::AddFiles));
    if (files.isEmpty())
        return;
    AppSettings::rememberFolder(AppSettings::Folder::AddFiles, files.constFirst());
    m_tabs->setCurrentWidget(m_authoring);
    m_authoring->addPaths(files);
}

void MainWindow::chooseFolderToAdd(bool recursive)
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, recursive ? tr("Add Folder with Subfolders") : tr("Add Folder"),
            AppSettings::lastFolder(AppSettings::Folder::AddFiles));
    if (dir.isEmpty())
        return;
    AppSettings::rememberFolder(AppSettings::Folder::AddFiles, dir);
    m_tabs->setCurrentWidget(m_authoring);
    m_authoring->addPaths({dir}, -1, recursive);
}

void MainWindow::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Image"),
        AppSettings::lastFolder(AppSettings::Folder::Image), tr("Disk images (*.img);;All files (*)"));
    if (!path.isEmpty())
        openAnyImage(path);
}

void MainWindow::closeImageTab(int index)
{
    if (m_firstImages->close(index))
        return;
    if (auto *checkout = qobject_cast<CheckoutPanel *>(m_tabs->widget(index))) {
        // The session's jobs stop in its destructor (canceled, then waited for).
        checkout->cancel();
        m_tabs->removeTab(index);
        checkout->deleteLater();
        return;
    }
    auto *panel = qobject_cast<ImagePanel *>(m_tabs->widget(index));
    if (!panel)
        return;
    // The panel's jobs stop in its destructor (canceled, then waited for: within a second).
    panel->cancelJobs();
    m_tabs->removeTab(index);
    panel->deleteLater();
}

void MainWindow::editAsNewPayload()
{
    ImagePanel *image = currentImagePanel();
    if (!image || !image->isReady())
        return;
    m_tabs->setCurrentWidget(m_authoring);
    // Sourced from the image's own bytes: the entries keep their order and need no copy.
    m_authoring->setLayout(image->reader()->layout());
    m_authoring->importer()->replaceList(
        image->entriesAsBuildEntries(), tr("Edit %1 as New Payload").arg(QFileInfo(image->path()).fileName()));
    m_authoring->setListPath(QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Payload Studio"),
        tr("<h3>Payload Studio %1</h3>"
           "<p>Author and inspect live-bootstrap payload images (LBPAYLD1).</p>"
           "<p>Qt %2 (built with %3), KArchive %4</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(PAYLOAD_STUDIO_VERSION), QString::fromLatin1(qVersion()),
                QStringLiteral(QT_VERSION_STR), QStringLiteral(KARCHIVE_VERSION_STRING)));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Drops outside the list's table: images open, other files join the list's end.
    QStringList files, images;
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile())
            (PayloadMagic::isImage(u.toLocalFile()) ? images : files) << u.toLocalFile();
    // An init.img with an external.img: the pair check, not two tabs.
    if (!m_diskPairs->takeDrop(images))
        for (const QString &path : std::as_const(images))
            openAnyImage(path);
    if (!files.isEmpty()) {
        m_tabs->setCurrentWidget(m_authoring);
        m_authoring->addPaths(files);
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed) {
        saveSettings();
        m_firstImages->cancelAll();
        for (int i = 1; i < m_tabs->count(); ++i)
            if (auto *panel = qobject_cast<ImagePanel *>(m_tabs->widget(i)))
                panel->cancelJobs();
            else if (auto *checkout = qobject_cast<CheckoutPanel *>(m_tabs->widget(i)))
                checkout->cancel();
        event->accept();
        return;
    }
    event->ignore();
    if (m_diskWrite->isRunning()) {
        // Quitting would cancel the write and leave the disk without a valid image: the user
        // decides that in the progress window, where Cancel says so.
        Messages::show(this, QMessageBox::Information, tr("Writing to a Disk"),
            tr("An image is being written to a disk. Wait for it to finish, or cancel it in its progress window."));
        return;
    }
    if (m_build->isRunning())
        askToStopBuild();
    else
        askToSaveList();
}

void MainWindow::askToStopBuild()
{
    QMessageBox *box = Messages::show(this, QMessageBox::Question, tr("Build Running"),
        tr("An image is being built. Stop the build and quit? The unfinished image will be "
           "removed."));
    box->setObjectName(QStringLiteral("stopBuildQuestion"));
    box->setStandardButtons(QMessageBox::NoButton);
    auto *stop = box->addButton(tr("&Stop and Quit"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Continue Building"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        if (box->clickedButton() != stop)
            return;
        if (!m_build->isRunning()) {
            askToSaveList();
            return;
        }
        m_closeAfterBuild = true;
        m_build->cancel();
    });
}

void MainWindow::askToSaveList()
{
    m_listFile->askToSave([this] { closeConfirmed(); });
}

void MainWindow::closeConfirmed()
{
    m_closeConfirmed = true;
    close();
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start: most of the screen, centred on it (tables of long names and hashes
        // want the room), but never larger than the screen.
        const QRect available = screen()->availableGeometry();
        const QSize size = (available.size() * 0.85).expandedTo(QSize(1024, 720)).boundedTo(available.size());
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray())) {
        // The inspector is a side matter until something is selected: under a third of the
        // height, once the layout exists (before that resizeDocks has nothing to share out).
        QTimer::singleShot(0, this, [this] { resizeDocks({m_inspector}, {height() * 3 / 10}, Qt::Vertical); });
    }
    m_authoring->setLayout(AppSettings::buildDefaults().layout);
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
}
