// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "ArchiveReport.h"
#include "FirstImageFormat.h"
#include "FirstImageReader.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/firstimage/FirstImageOperations.h"
#include "jobs/archive/IntegrityTestJob.h"
#include "model/firstimage/SrcfsTreeModel.h"
#include "panels/FirstImagePanel.h"
#include "widgets/views/SrcfsTreeView.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>

// The operations on the files of a first boot disk's tab, as an image tab offers them for
// external.img's entries: SHA-256 into the srcfs tree and a manifest, extraction (folders
// too, hostile paths kept inside the target), the integrity test of the distfiles read in
// place, drag-out, and the window's actions routed to the tab.
class TestFirstImageOps : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // A first image as upstream's generator lays one out (see tst_ui_first_image.cpp).
    static QByteArray image(const QList<QPair<QByteArray, QByteArray>> &records)
    {
        QByteArray bytes(512, '\0');
        bytes[510] = char(0x55);
        bytes[511] = char(0xAA);
        bytes += QByteArrayLiteral("# not builder-hex0, but text as its stage 2 is\n"
                                   "31 C0 8E D8 ; xor ax, ax; mov ds, ax\n");
        bytes.append(FirstImageFormat::sectorAligned(bytes.size()) - bytes.size(), '\0');
        for (const auto &[line, data] : records)
            bytes += line + '\n' + data;
        bytes += FirstImageFormat::fixedTail();
        bytes += '\0';
        return bytes;
    }

    static QPair<QByteArray, QByteArray> src(const QByteArray &path, const QByteArray &data = {})
    {
        return {"src " + QByteArray::number(data.size()) + ' ' + path, data};
    }

    // A real .tar.gz of one file, made with tar and gzip.
    QByteArray tarGz(const QString &name)
    {
        const QDir dir(m_dir.path());
        dir.mkpath(name);
        UiTest::writeFile(QDir(dir.filePath(name)), QStringLiteral("hello.txt"), QByteArray(20000, 'h'));
        const QString archive = dir.filePath(name + QStringLiteral(".tar.gz"));
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("czf"), archive, QStringLiteral("-C"), m_dir.path(), name});
        if (!tar.waitForFinished(30000) || tar.exitCode() != 0)
            return {};
        QFile f(archive);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    FirstImagePanel *openImage(const QString &name, const QList<QPair<QByteArray, QByteArray>> &records)
    {
        const QString path = UiTest::writeFile(QDir(m_dir.path()), name, image(records));
        m_window->openPath(path);
        auto *panel = qobject_cast<FirstImagePanel *>(m_window->tabs()->currentWidget());
        if (panel && panel->isLoading()) {
            QSignalSpy done(panel, &FirstImagePanel::openFinished);
            done.wait(60000);
        }
        return panel;
    }

    static void waitFor(BackgroundJob *job)
    {
        if (job->isRunning()) {
            QSignalSpy done(job, &BackgroundJob::finished);
            QVERIFY(done.wait(60000));
        }
    }

    static int nodeOfRecord(FirstImagePanel *panel, int record)
    {
        return panel->treeModel()->tree()->nodeForRecord(record);
    }

    // Selects the rows of `records` in the tree, as a click and Ctrl+clicks would.
    static void select(FirstImagePanel *panel, const QList<int> &records)
    {
        SrcfsTreeView *view = panel->treeView();
        view->clearSelection();
        auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
        for (int record : records) {
            const QModelIndex index = proxy->mapFromSource(panel->treeModel()->indexForRecord(record));
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        UiTest::closeDialogs();
        m_window.reset();
    }

    void hashingPutsDigestsInTheTree()
    {
        FirstImagePanel *panel = openImage(QStringLiteral("hash.img"),
            {src("."), src("./steps"), src("./steps/a.sh", "hello"), src("./b.txt", "abc")});
        QVERIFY(panel && panel->isReady());
        SrcfsTreeModel *model = panel->treeModel();
        const auto sha = [](const QByteArray &data) {
            return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        };
        const auto shown = [&](int record) {
            return model->indexForRecord(record).siblingAtColumn(SrcfsTreeModel::Sha256Column).data().toString();
        };

        // The column shows once there is something in it.
        QVERIFY(panel->treeView()->isColumnHidden(SrcfsTreeModel::Sha256Column));
        // Selected: only b.txt.
        select(panel, {3});
        panel->operations()->hashSelected();
        waitFor(panel->operations()->jobs().at(0));
        QCOMPARE(shown(3), sha("abc"));
        QVERIFY(!panel->treeView()->isColumnHidden(SrcfsTreeModel::Sha256Column));
        QCOMPARE(shown(2), QString());
        // A folder has no digest of its own.
        QCOMPARE(shown(1), QString());

        // All, through the window's action.
        QVERIFY(m_window->actions()->hashAll->isEnabled());
        m_window->actions()->hashAll->trigger();
        waitFor(panel->operations()->jobs().at(0));
        QCOMPARE(shown(2), sha("hello"));
        QCOMPARE(shown(3), sha("abc"));

        // The manifests carry them.
        const QString json = QDir(m_dir.path()).filePath(QStringLiteral("hash.json"));
        QVERIFY(panel->operations()->saveManifest(json, Manifest::Format::Json));
        QVERIFY(readFile(json).contains(sha("hello").toLatin1()));
        QVERIFY(readFile(json).contains("\"format\": \"builder-hex0\""));
        const QString sums = QDir(m_dir.path()).filePath(QStringLiteral("hash.sha256"));
        QVERIFY(panel->operations()->saveManifest(sums, Manifest::Format::Sha256Sum));
        QVERIFY(readFile(sums).contains(QByteArray(sha("abc").toLatin1() + "  ./b.txt")));
    }

    void extractionWritesFilesAndStaysInside()
    {
        FirstImagePanel *panel = openImage(QStringLiteral("extract.img"),
            {src("."), src("./steps"), src("./steps/a.sh", "hello"), src("./steps/sub"),
                src("./steps/sub/c.txt", "xyz"), src("../escape", "evil")});
        QVERIFY(panel && panel->isReady());
        const QDir root(m_dir.path());

        // All: every file, the hostile path under the target.
        root.mkpath(QStringLiteral("all/target"));
        const QString all = root.filePath(QStringLiteral("all/target"));
        panel->operations()->extractTo({}, all);
        waitFor(panel->operations()->jobs().at(1));
        QCOMPARE(readFile(all + QStringLiteral("/steps/a.sh")), QByteArray("hello"));
        QCOMPARE(readFile(all + QStringLiteral("/steps/sub/c.txt")), QByteArray("xyz"));
        QCOMPARE(readFile(all + QStringLiteral("/escape")), QByteArray("evil"));
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("all/escape"))));
        UiTest::closeDialogs();

        // A selected folder: its subtree, nothing else.
        const QString some = root.filePath(QStringLiteral("some"));
        select(panel, {3});
        const QList<int> records = panel->operations()->recordsOfNodes(panel->treeView()->selectedNodes(), false);
        QCOMPARE(records, (QList<int> {3, 4}));
        panel->operations()->extractTo(records, some);
        waitFor(panel->operations()->jobs().at(1));
        QCOMPARE(readFile(some + QStringLiteral("/steps/sub/c.txt")), QByteArray("xyz"));
        QVERIFY(!QFileInfo::exists(some + QStringLiteral("/steps/a.sh")));
        QVERIFY(!QFileInfo::exists(some + QStringLiteral("/escape")));
    }

    void integrityTestOfTheDistfilesInside()
    {
        const QByteArray good = tarGz(QStringLiteral("good-1.0"));
        QVERIFY(good.size() > 100);
        const QByteArray cut = tarGz(QStringLiteral("bad-1.0")).left(good.size() / 2);
        FirstImagePanel *panel = openImage(QStringLiteral("integrity.img"),
            {src("."), src("./distfiles"), src("./distfiles/good-1.0.tar.gz", good),
                src("./distfiles/bad-1.0.tar.gz", cut)});
        QVERIFY(panel && panel->isReady());
        QVERIFY(m_window->actions()->testAll->isEnabled());
        m_window->actions()->testAll->trigger();
        waitFor(panel->operations()->integrity()->job());
        SrcfsTreeModel *model = panel->treeModel();
        const auto key = [&](int record) {
            return model->indexForRecord(record).data(SrcfsTreeModel::IntegrityRole).toString();
        };
        QCOMPARE(key(2), ArchiveReport::statusKey(ArchiveReport::Status::Ok));
        QCOMPARE(key(3), ArchiveReport::statusKey(ArchiveReport::Status::Truncated));
        QCOMPARE(model->integrityFailures(), 1);
        QVERIFY(!panel->treeView()->isColumnHidden(SrcfsTreeModel::IntegrityColumn));
        QVERIFY(!model->indexForRecord(3)
                     .siblingAtColumn(SrcfsTreeModel::IntegrityColumn)
                     .data(Qt::DisplayRole)
                     .toString()
                     .isEmpty());
        // Folders are not tested.
        QVERIFY(!model->indexForRecord(1).data(SrcfsTreeModel::IntegrityRole).isValid());
    }

    void dragDataListsExtractedFiles()
    {
        FirstImagePanel *panel = openImage(QStringLiteral("drag.img"),
            {src("."), src("./steps"), src("./steps/a.sh", "hello"), src("./steps/sub"),
                src("./steps/sub/c.txt", "xyz")});
        QVERIFY(panel && panel->isReady());
        // A file: its extracted copy.
        std::unique_ptr<QMimeData> mime = panel->operations()->prepareDrag({nodeOfRecord(panel, 2)});
        QVERIFY(mime);
        QCOMPARE(mime->urls().size(), 1);
        QCOMPARE(mime->urls().constFirst().fileName(), QStringLiteral("a.sh"));
        QCOMPARE(readFile(mime->urls().constFirst().toLocalFile()), QByteArray("hello"));
        // A folder and a file inside it: the folder only, holding the file.
        mime = panel->operations()->prepareDrag({nodeOfRecord(panel, 3), nodeOfRecord(panel, 4)});
        QVERIFY(mime);
        QCOMPARE(mime->urls().size(), 1);
        const QString folder = mime->urls().constFirst().toLocalFile();
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(readFile(folder + QStringLiteral("/c.txt")), QByteArray("xyz"));
    }

    void actionsRouteToTheFirstImageTab()
    {
        MainActions *a = m_window->actions();
        FirstImagePanel *panel =
            openImage(QStringLiteral("route.img"), {src("."), src("./steps"), src("./steps/a.sh", "hello")});
        QVERIFY(panel && panel->isReady());
        // Nothing selected: only the actions on all files.
        panel->treeView()->clearSelection();
        for (QAction *action : {a->extractAll, a->hashAll, a->testAll, a->exportManifest})
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        for (QAction *action : {a->extractSelected, a->hashSelected, a->testSelected, a->verify, a->exportTar})
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        select(panel, {2});
        for (QAction *action : {a->extractSelected, a->hashSelected, a->testSelected})
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        a->hashSelected->trigger();
        // Busy: nothing else starts meanwhile.
        QVERIFY(panel->isBusy());
        QVERIFY(!a->hashAll->isEnabled());
        waitFor(panel->operations()->jobs().at(0));
        QVERIFY(!panel->treeModel()->digest(2).isEmpty());
        QVERIFY(a->hashAll->isEnabled());
        // The list tab again: the first image's state no longer decides.
        m_window->tabs()->setCurrentIndex(0);
        QVERIFY(!a->hashAll->isEnabled());
    }
};

QTEST_MAIN(TestFirstImageOps)
#include "tst_ui_first_image_ops.moc"
