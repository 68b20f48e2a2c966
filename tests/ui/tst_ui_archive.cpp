// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "PayloadReader.h"
#include "PayloadWriter.h"
#include "controllers/EntryImporter.h"
#include "controllers/IntegrityController.h"
#include "controllers/TarExportController.h"
#include "jobs/ExportTarJob.h"
#include "jobs/IntegrityTestJob.h"
#include "model/ArchiveMemberModel.h"
#include "model/EntryTableModel.h"
#include "model/ImageEntryModel.h"
#include "panels/ArchiveInspectorPanel.h"
#include "panels/AuthoringPanel.h"
#include "panels/ImagePanel.h"
#include "widgets/EntryTableView.h"
#include "widgets/ImageTableView.h"
#include "widgets/NoticeBar.h"
#include "window/AppSettings.h"
#include "window/ArchiveInspectorDock.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <KTar>

#include <QAction>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QListWidget>

// The archive features of the window: the inspector following the selection in both views,
// Test Integrity filling the status column, and Export as Tar. The test archives are made
// here with KArchive: a good tar.gz, the same cut in half, an HTML page named .tar.gz and a
// tar with members that would escape the unpack folder.
class TestArchiveUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_good, m_trunc, m_page, m_evil, m_image;
    QByteArray m_readme = "Read me first.\n";
    QByteArray m_data;

    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    static QByteArray noise(qint64 size, quint32 seed)
    {
        QByteArray out(size, Qt::Uninitialized);
        QRandomGenerator gen(seed);
        gen.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
        return out;
    }

    // One ustar header block with a valid checksum: KTar will not write a "../" path.
    static QByteArray tarHeader(const QByteArray &name, char type, qint64 size, const QByteArray &link = {})
    {
        QByteArray h(512, '\0');
        auto put = [&h](int at, const QByteArray &v) { std::copy(v.cbegin(), v.cend(), h.begin() + at); };
        put(0, name);
        put(100, "0000644");
        put(108, "0000000");
        put(116, "0000000");
        put(124, QByteArray::number(size, 8).rightJustified(11, '0'));
        put(136, QByteArray::number(1700000000, 8).rightJustified(11, '0'));
        h[156] = type;
        put(157, link);
        put(257, QByteArray("ustar\0" "00", 8));
        put(148, "        ");
        unsigned sum = 0;
        for (char c : std::as_const(h))
            sum += uchar(c);
        put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
        return h;
    }

    QString buildImage(const QString &name, const QList<QPair<QString, QByteArray>> &entries)
    {
        QList<BuildEntry> build;
        for (const auto &[source, entryName] : entries)
            build << BuildEntry::fromFile(source, entryName);
        BuildPlan plan(build, BuildOptions {});
        PayloadWriter writer;
        if (!writer.write(plan, path(name)))
            qFatal("%s", qPrintable(writer.error()));
        return path(name);
    }

    ImagePanel *openImage(const QString &image)
    {
        ImagePanel *panel = m_window->openImage(image);
        QSignalSpy done(panel, &ImagePanel::openFinished);
        if (panel->isLoading())
            done.wait(20000);
        return panel;
    }

    void addToList(const QStringList &files)
    {
        AuthoringPanel *list = m_window->authoringPanel();
        QSignalSpy done(list->importer(), &EntryImporter::finished);
        list->addPaths(files);
        QVERIFY(done.wait(10000));
        QCOMPARE(list->model()->rowCount(), files.size());
    }

    // Makes `row` of `view` current and waits for the inspector to show it.
    bool inspectRow(QAbstractItemView *view, int row)
    {
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        QSignalSpy inspected(inspector, &ArchiveInspectorPanel::inspected);
        view->setCurrentIndex(view->model()->index(row, 2));
        m_window->inspectorDock()->refreshNow();
        return inspected.wait(10000);
    }

    // Names of the children of `parent` in the inspector's member tree.
    QStringList childNames(const QModelIndex &parent = {}) const
    {
        const ArchiveMemberModel *model = m_window->inspectorDock()->panel()->memberModel();
        QStringList names;
        for (int r = 0; r < model->rowCount(parent); ++r)
            names << model->index(r, ArchiveMemberModel::NameColumn, parent).data().toString();
        return names;
    }

    static QStringList tarMembers(const QString &tarPath, QHash<QString, QByteArray> *contents = nullptr)
    {
        KTar tar(tarPath);
        if (!tar.open(QIODevice::ReadOnly))
            return {QStringLiteral("<cannot open %1>").arg(tarPath)};
        QStringList names = tar.directory()->entries();
        names.sort();
        if (contents)
            for (const QString &n : std::as_const(names))
                if (const KArchiveFile *f = tar.directory()->file(n))
                    contents->insert(n, f->data());
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
        m_data = noise(64 * 1024, 7);
        m_good = path(QStringLiteral("good.tar.gz"));
        {
            KTar tar(m_good, QStringLiteral("application/x-gzip"));
            QVERIFY(tar.open(QIODevice::WriteOnly));
            QVERIFY(tar.writeDir(QStringLiteral("pkg")));
            QVERIFY(tar.writeFile(QStringLiteral("pkg/README"), m_readme));
            QVERIFY(tar.writeDir(QStringLiteral("pkg/src")));
            QVERIFY(tar.writeFile(QStringLiteral("pkg/src/data.bin"), m_data));
            QVERIFY(tar.writeSymLink(QStringLiteral("pkg/link"), QStringLiteral("README")));
            QVERIFY(tar.close());
        }
        QFile good(m_good);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray gz = good.readAll();
        m_trunc = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("trunc.tar.gz"), gz.left(gz.size() / 2));
        m_page = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("page.tar.gz"),
            "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
            "<body><h1>Not Found</h1></body></html>\n");
        m_evil = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("evil.tar"),
            tarHeader("ok.txt", '0', 3) + QByteArray("ok\n").leftJustified(512, '\0') +
                tarHeader("../escape.txt", '0', 0) + tarHeader("/etc/passwd", '0', 0) + QByteArray(1024, '\0'));
        m_image = buildImage(QStringLiteral("payload.img"),
            {{m_good, "good.tar.gz"}, {m_trunc, "trunc.tar.gz"}, {m_page, "page.tar.gz"}});
    }

    void init()
    {
        AppSettings::setInspectorVisible(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->inspectorDock()->isVisible());
    }

    void cleanup()
    {
        UiTest::closeDialogs();
        m_window.reset();
    }

    void inspectorShowsAuthoringFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kindKey");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("topLevel");
        QTest::addColumn<bool>("errorFinding");
        QTest::newRow("good") << "good.tar.gz" << "tar.gz" << "ok" << QStringList {QStringLiteral("pkg")} << false;
        QTest::newRow("truncated") << "trunc.tar.gz" << "tar.gz" << "truncated" << QStringList {QStringLiteral("pkg")}
                                   << false;
        QTest::newRow("html named .tar.gz") << "page.tar.gz" << "data" << "mismatch" << QStringList {} << true;
        QTest::newRow("escaping members")
            << "evil.tar"
            << "tar"
            << "ok" << QStringList {QStringLiteral(".."), QStringLiteral("/"), QStringLiteral("ok.txt")} << true;
    }

    void inspectorShowsAuthoringFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, kindKey);
        QFETCH(QString, status);
        QFETCH(QStringList, topLevel);
        QFETCH(bool, errorFinding);
        addToList({path(file)});
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        QVERIFY(inspectRow(m_window->authoringPanel()->view(), 0));
        QCOMPARE(inspector->report().name, file);
        QCOMPARE(DistfileKind::key(inspector->report().kind.kind), kindKey);
        QVERIFY2(inspector->kindText().contains(QStringLiteral("<b>%1</b>").arg(kindKey)),
            qPrintable(inspector->kindText()));
        QCOMPARE(ArchiveReport::statusKey(inspector->report().status), status);
        QCOMPARE(childNames(), topLevel);
        bool hasError = false;
        for (const ArchiveFinding &f : inspector->report().findings)
            hasError = hasError || f.severity == ArchiveFinding::Severity::Error;
        QCOMPARE(hasError, errorFinding);
        // The folders leading to a flagged member are marked and opened.
        const ArchiveMemberModel *model = inspector->memberModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            const bool flaggedBelow = i.data(ArchiveMemberModel::FindingsBelowRole).toInt() >= 0;
            QCOMPARE(inspector->memberView()->isExpanded(i), flaggedBelow || model->rowCount() == 1);
        }
        if (file == QLatin1String("evil.tar")) {
            QCOMPARE(model->index(0, 0).data(ArchiveMemberModel::FindingsBelowRole).toInt(),
                int(ArchiveFinding::Severity::Error));
            QCOMPARE(childNames(model->index(0, 0)), QStringList {QStringLiteral("escape.txt")});
            QVERIFY(inspector->statusText().contains(QStringLiteral("Unsafe")));
        }
        // Every finding is listed beside the tree.
        QCOMPARE(inspector->findingsView()->count(),
            std::max<qsizetype>(1, inspector->report().findings.size()));
    }

    void inspectorMemberTree()
    {
        addToList({m_good});
        QVERIFY(inspectRow(m_window->authoringPanel()->view(), 0));
        const ArchiveMemberModel *model = m_window->inspectorDock()->panel()->memberModel();
        const QModelIndex pkg = model->index(0, 0);
        // Folders first, then by name.
        QCOMPARE(
            childNames(pkg), (QStringList {QStringLiteral("src"), QStringLiteral("link"), QStringLiteral("README")}));
        const QModelIndex src = model->index(0, 0, pkg);
        QCOMPARE(childNames(src), QStringList {QStringLiteral("data.bin")});
        const QModelIndex data = model->index(0, ArchiveMemberModel::SizeColumn, src);
        QCOMPARE(data.data(Qt::ToolTipRole).toString(), QStringLiteral("65,536 bytes"));
        QCOMPARE(model->index(0, ArchiveMemberModel::ModeColumn, src).data().toString(), QStringLiteral("-rw-r--r--"));
        QCOMPARE(
            model->index(1, ArchiveMemberModel::TypeColumn, pkg).data().toString(), QStringLiteral("symbolic link"));
        QCOMPARE(model->index(1, ArchiveMemberModel::LinkColumn, pkg).data().toString(), QStringLiteral("README"));
        QCOMPARE(model->index(0, ArchiveMemberModel::ModeColumn, pkg).data().toString(), QStringLiteral("drwxr-xr-x"));
        QCOMPARE(
            model->index(0, 0, src).data(ArchiveMemberModel::PathRole).toString(), QStringLiteral("pkg/src/data.bin"));
        // The single top folder is opened.
        QVERIFY(m_window->inspectorDock()->panel()->memberView()->isExpanded(pkg));
    }

    void inspectorFollowsImageSelection()
    {
        ImagePanel *panel = openImage(m_image);
        QVERIFY(panel->isReady());
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        m_window->inspectorDock()->refreshNow();
        QVERIFY(!inspector->placeholderText().isEmpty());

        QVERIFY(inspectRow(panel->view(), 0));
        QCOMPARE(inspector->report().name, QStringLiteral("good.tar.gz"));
        QCOMPARE(inspector->report().status, ArchiveReport::Status::Ok);
        QCOMPARE(inspector->report().memberCount, 5);
        QCOMPARE(childNames(), QStringList {QStringLiteral("pkg")});

        // Another row: the inspector follows.
        QVERIFY(inspectRow(panel->view(), 1));
        QCOMPARE(inspector->report().name, QStringLiteral("trunc.tar.gz"));
        QCOMPARE(inspector->report().status, ArchiveReport::Status::Truncated);
        QVERIFY(inspector->statusText().contains(QStringLiteral("Truncated")));

        QVERIFY(inspectRow(panel->view(), 2));
        QCOMPARE(inspector->report().status, ArchiveReport::Status::Mismatch);
        QVERIFY2(inspector->kindText().contains(QStringLiteral("text/html")), qPrintable(inspector->kindText()));
        QCOMPARE(childNames(), QStringList {});

        // Back to the list tab: nothing is current there.
        m_window->tabs()->setCurrentIndex(0);
        m_window->inspectorDock()->refreshNow();
        QVERIFY(!inspector->isBusy());
        QVERIFY(!inspector->placeholderText().isEmpty());
    }

    void quickSelectionChangesCancelThePrevious()
    {
        ImagePanel *panel = openImage(m_image);
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        QSignalSpy inspected(inspector, &ArchiveInspectorPanel::inspected);
        for (int row : {0, 1, 2, 0, 1}) {
            panel->view()->setCurrentIndex(panel->view()->model()->index(row, 2));
            m_window->inspectorDock()->refreshNow();
        }
        QVERIFY(inspected.wait(10000));
        QTRY_VERIFY(!inspector->isBusy());
        // Only the last request is shown, once.
        QCOMPARE(inspected.count(), 1);
        QCOMPARE(inspector->report().name, QStringLiteral("trunc.tar.gz"));
    }

    void testIntegrity_data()
    {
        QTest::addColumn<bool>("image");
        QTest::newRow("authoring list") << false;
        QTest::newRow("image") << true;
    }

    void testIntegrity()
    {
        QFETCH(bool, image);
        QAbstractItemModel *model = nullptr;
        IntegrityController *controller = nullptr;
        int statusColumn = 0;
        if (image) {
            ImagePanel *panel = openImage(m_image);
            model = panel->model();
            controller = panel->integrity();
            statusColumn = ImageEntryModel::StatusColumn;
        } else {
            addToList({m_good, m_trunc, m_page});
            model = m_window->authoringPanel()->model();
            controller = m_window->authoringPanel()->integrity();
            statusColumn = EntryTableModel::StatusColumn;
        }
        const int role = image ? int(ImageEntryModel::IntegrityRole) : int(EntryTableModel::IntegrityRole);
        QVERIFY(!model->index(0, 0).data(role).isValid());
        QVERIFY(!m_window->actions()->testSelected->isEnabled());
        QVERIFY(m_window->actions()->testAll->isEnabled());

        QSignalSpy arrived(controller->job(), &IntegrityTestJob::resultArrived);
        QSignalSpy finished(controller, &IntegrityController::finished);
        m_window->actions()->testAll->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(arrived.count(), 3);

        QCOMPARE(model->index(0, 0).data(role).toString(), QStringLiteral("ok"));
        QCOMPARE(model->index(1, 0).data(role).toString(), QStringLiteral("truncated"));
        QCOMPARE(model->index(2, 0).data(role).toString(), QStringLiteral("mismatch"));
        QCOMPARE(model->index(0, statusColumn).data().toString(), QStringLiteral("OK"));
        QCOMPARE(model->index(1, statusColumn).data().toString(), QStringLiteral("Truncated"));
        QCOMPARE(model->index(2, statusColumn).data().toString(), QStringLiteral("Mismatch"));
        const QString tip = model->index(1, statusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("trunc.tar.gz: Truncated")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("pkg/src/data.bin")), qPrintable(tip));
        QVERIFY(!model->index(1, statusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

        const QString summary = finished.at(0).at(0).toString();
        QCOMPARE(summary, QStringLiteral("3 distfiles tested: 1 OK, 1 truncated, 1 not what the name says"));
        QVERIFY(controller->notice()->isVisible());
        QCOMPARE(controller->notice()->kind(), NoticeBar::Kind::Error);
        QVERIFY(controller->notice()->text().contains(summary));
    }

    void testSelectedOnly()
    {
        ImagePanel *panel = openImage(m_image);
        panel->view()->selectRow(0);
        QVERIFY(m_window->actions()->testSelected->isEnabled());
        QSignalSpy finished(panel->integrity(), &IntegrityController::finished);
        m_window->actions()->testSelected->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("1 distfile tested: 1 OK"));
        QCOMPARE(panel->integrity()->notice()->kind(), NoticeBar::Kind::Positive);
        QCOMPARE(panel->model()->index(0, 0).data(ImageEntryModel::IntegrityRole).toString(), QStringLiteral("ok"));
        QVERIFY(!panel->model()->index(1, 0).data(ImageEntryModel::IntegrityRole).isValid());
    }

    void canceledTestLeavesRowsUntested()
    {
        ImagePanel *panel = openImage(m_image);
        QSignalSpy finished(panel->integrity(), &IntegrityController::finished);
        m_window->actions()->testAll->trigger();
        panel->integrity()->cancel();
        QVERIFY(finished.wait(20000));
        const QList<ArchiveReport> &reports = panel->integrity()->job()->reports();
        QCOMPARE(reports.size(), 3);
        for (int row = 0; row < 3; ++row) {
            const bool canceled = reports.at(row).status == ArchiveReport::Status::Canceled;
            // A canceled distfile leaves its row as it was; a finished one shows its result.
            QCOMPARE(panel->model()->index(row, 0).data(ImageEntryModel::IntegrityRole).isValid(), !canceled);
        }
        QCOMPARE(panel->integrity()->notice()->kind() == NoticeBar::Kind::Warning,
            std::all_of(reports.cbegin(), reports.cend(), [](const ArchiveReport &r) {
                return r.passed() || r.status == ArchiveReport::Status::Canceled;
            }));
    }

    void summaryWording_data()
    {
        QTest::addColumn<QList<int>>("statuses"); // ArchiveReport::Status values
        QTest::addColumn<QString>("summary");
        using S = ArchiveReport::Status;
        QTest::newRow("all ok") << QList<int> {int(S::Ok), int(S::Ok)} << "2 distfiles tested: 2 OK";
        QTest::newRow("mixed") << QList<int> {int(S::Corrupt), int(S::Ok), int(S::Truncated), int(S::Corrupt)}
                               << "4 distfiles tested: 1 OK, 1 truncated, 2 corrupt";
        QTest::newRow("some canceled") << QList<int> {int(S::Ok), int(S::Canceled), int(S::Canceled)}
                                       << "1 distfile tested: 1 OK; 2 not tested (canceled)";
        QTest::newRow("all canceled") << QList<int> {int(S::Canceled)}
                                      << "The test was canceled before any distfile was tested.";
    }

    void summaryWording()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QString, summary);
        QList<ArchiveReport> reports;
        for (int s : std::as_const(statuses)) {
            ArchiveReport r;
            r.status = ArchiveReport::Status(s);
            reports << r;
        }
        QCOMPARE(IntegrityController::summaryOf(reports), summary);
    }

    void authoringResultClearedWhenSourceCheckedAgain()
    {
        addToList({m_good});
        EntryTableModel *model = m_window->authoringPanel()->model();
        QSignalSpy finished(m_window->authoringPanel()->integrity(), &IntegrityController::finished);
        m_window->actions()->testAll->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(model->index(0, 0).data(EntryTableModel::IntegrityRole).toString(), QStringLiteral("ok"));
        m_window->actions()->recheck->trigger();
        QTRY_VERIFY(!model->index(0, 0).data(EntryTableModel::IntegrityRole).isValid());
        QCOMPARE(model->index(0, EntryTableModel::StatusColumn).data().toString(), QStringLiteral("OK"));
    }

    void exportAsTar_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<int>>("indices");
        QTest::addColumn<QStringList>("members");
        const QStringList all {
            QStringLiteral("good.tar.gz"), QStringLiteral("page.tar.gz"), QStringLiteral("trunc.tar.gz")};
        QTest::newRow("tar") << "out.tar" << QList<int> {} << all;
        QTest::newRow("tar.gz") << "out.tar.gz" << QList<int> {} << all;
        QTest::newRow("tar.bz2") << "out.tar.bz2" << QList<int> {} << all;
        QTest::newRow("tar.xz") << "out.tar.xz" << QList<int> {} << all;
        QTest::newRow("tar.zst") << "out.tar.zst" << QList<int> {} << all;
        QTest::newRow("selected") << "sel.tar" << QList<int> {2, 0}
                                  << QStringList {QStringLiteral("good.tar.gz"), QStringLiteral("page.tar.gz")};
    }

    void exportAsTar()
    {
        QFETCH(QString, name);
        QFETCH(QList<int>, indices);
        QFETCH(QStringList, members);
        ImagePanel *panel = openImage(m_image);
        QVERIFY(m_window->actions()->exportTar->isEnabled());
        const QString out = path(name);
        QFile::remove(out);
        QSignalSpy finished(panel->tarExport(), &TarExportController::finished);
        QVERIFY(panel->tarExport()->exportTo(panel->reader(), out, indices));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QHash<QString, QByteArray> contents;
        QCOMPARE(tarMembers(out, &contents), members);
        QFile good(m_good);
        QVERIFY(good.open(QIODevice::ReadOnly));
        QCOMPARE(contents.value(QStringLiteral("good.tar.gz")), good.readAll());
        auto *message = UiTest::waitForVisible<QMessageBox>(QStringLiteral("outcomeMessage"));
        QVERIFY(message);
        QCOMPARE(message->windowTitle(), QStringLiteral("Exported"));
    }

    void exportFilters()
    {
        // The save dialog offers every compression the exporter knows, each a name it accepts.
        const QStringList filters = TarExportController::nameFilters();
        QCOMPARE(filters.size(), 5);
        for (const char *suffix : {".tar.gz", ".tar", ".tar.bz2", ".tar.xz", ".tar.zst"}) {
            QVERIFY(TarExporter::compressionForFileName(QStringLiteral("x") + QLatin1String(suffix)).has_value());
            bool offered = false;
            for (const QString &f : filters)
                offered = offered || f.contains(QLatin1Char('*') + QLatin1String(suffix) + QLatin1Char(')'))
                    || f.contains(QLatin1Char('*') + QLatin1String(suffix) + QLatin1Char(' '));
            QVERIFY2(offered, suffix);
        }
        QVERIFY(filters.constFirst().contains(QStringLiteral("*.tar.gz")));
    }

    void canceledExportLeavesNoFile()
    {
        // 24 MiB of noise through xz takes seconds: long enough to cancel in the middle.
        const QString big = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("big.bin"), noise(24 << 20, 3));
        const QString image = buildImage(QStringLiteral("big.img"), {{big, "big.bin"}, {m_good, "good.tar.gz"}});
        QFile::remove(big);
        ImagePanel *panel = openImage(image);
        const QDir outDir(path(QStringLiteral("cancel-out")));
        QVERIFY(outDir.mkpath(QStringLiteral(".")));
        const QString out = outDir.filePath(QStringLiteral("big.tar.xz"));
        QSignalSpy finished(panel->tarExport(), &TarExportController::finished);
        QVERIFY(panel->tarExport()->exportTo(panel->reader(), out, {}));
        QTRY_VERIFY_WITH_TIMEOUT(panel->tarExport()->job()->bytesDone() > 0, 20000);
        QVERIFY(panel->tarExport()->isRunning());
        panel->tarExport()->cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(outDir.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList {});
        auto *message = UiTest::waitForVisible<QMessageBox>(QStringLiteral("outcomeMessage"));
        QVERIFY(message);
        QCOMPARE(message->windowTitle(), QStringLiteral("Export Canceled"));
    }

    void failedExportLeavesNoFile()
    {
        // The output's folder does not exist: the temporary file cannot be made, nothing appears.
        ImagePanel *panel = openImage(m_image);
        const QString out = path(QStringLiteral("no-such-folder/out.tar"));
        QSignalSpy finished(panel->tarExport(), &TarExportController::finished);
        QVERIFY(panel->tarExport()->exportTo(panel->reader(), out, {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));
        auto *message = UiTest::waitForVisible<QMessageBox>(QStringLiteral("outcomeMessage"));
        QVERIFY(message);
        QCOMPARE(message->windowTitle(), QStringLiteral("Export Failed"));
        QVERIFY2(!message->text().isEmpty(), "the failure says why");
        UiTest::closeDialogs();

        // A name that chooses no compression is refused up front.
        QVERIFY(!panel->tarExport()->exportTo(panel->reader(), path(QStringLiteral("x.zip")), {}));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.zip"))));
    }

    void inspectorToggleIsRemembered()
    {
        QAction *toggle = m_window->actions()->showInspector;
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!m_window->inspectorDock()->isVisible());
        QVERIFY(!AppSettings::inspectorVisible());
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->actions()->showInspector->isChecked());
        QVERIFY(!m_window->inspectorDock()->isVisible());
        m_window->actions()->showInspector->trigger();
        QVERIFY(m_window->inspectorDock()->isVisible());
        QVERIFY(AppSettings::inspectorVisible());
    }
};

QTEST_MAIN(TestArchiveUi)
#include "tst_ui_archive.moc"
