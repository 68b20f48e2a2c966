// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "FirstImageFormat.h"
#include "FirstImageReader.h"
#include "model/authoring/EntryTableModel.h"
#include "model/firstimage/FirstImageFindingModel.h"
#include "model/firstimage/SrcfsCommandModel.h"
#include "model/firstimage/SrcfsTreeModel.h"
#include "panels/ArchiveInspectorPanel.h"
#include "panels/AuthoringPanel.h"
#include "panels/FirstImagePanel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/meters/FillMeter.h"
#include "widgets/summaries/FirstImageSummaryWidget.h"
#include "widgets/summaries/PayloadStatusWidget.h"
#include "widgets/views/EntryTableView.h"
#include "window/ArchiveInspectorDock.h"
#include "window/MainWindow.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

// A first boot disk (init.img) opened in the window: File > Open's path, the recent files and
// the command line all go through MainWindow::openPath(), which must give a FirstImagePanel
// tab with the srcfs tree, the commands, the findings and the budget meters; and a script of
// 14,000 records must open without stalling the GUI thread.
class TestFirstImage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // The script's bytes at the line of each record, to check the offsets shown.
    QList<qint64> m_lineOffsets;

    static QByteArray fiwixScript() { return QByteArrayLiteral("make_fiwix_initrd -s 1381376 /boot/fiwix.ext2\n"); }

    // A first image made by hand as upstream's generator lays one out: a boot sector ending
    // 55 AA, stage-2-looking text padded to the next sector, the script, a zero byte.
    QByteArray image(const QList<QPair<QByteArray, QByteArray>> &records, bool tail = true)
    {
        QByteArray bytes(512, '\0');
        bytes[510] = char(0x55);
        bytes[511] = char(0xAA);
        bytes += QByteArrayLiteral("# not builder-hex0, but text as its stage 2 is\n"
                                   "31 C0 8E D8 ; xor ax, ax; mov ds, ax\n");
        bytes.append(FirstImageFormat::sectorAligned(bytes.size()) - bytes.size(), '\0');
        m_lineOffsets.clear();
        for (const auto &[line, data] : records) {
            m_lineOffsets << bytes.size();
            bytes += line + '\n' + data;
        }
        if (tail)
            bytes += FirstImageFormat::fixedTail();
        bytes += '\0';
        return bytes;
    }

    static QPair<QByteArray, QByteArray> src(const QByteArray &path, const QByteArray &data = {})
    {
        return {"src " + QByteArray::number(data.size()) + ' ' + path, data};
    }

    FirstImagePanel *openAndWait(const QString &path)
    {
        m_window->openPath(path);
        auto *panel = qobject_cast<FirstImagePanel *>(m_window->tabs()->currentWidget());
        if (!panel)
            return nullptr;
        if (panel->isLoading()) {
            QSignalSpy done(panel, &FirstImagePanel::openFinished);
            done.wait(60000);
        }
        return panel;
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

    void opensAsFirstImageTab()
    {
        const QList<QPair<QByteArray, QByteArray>> records {
            src("."), src("./steps"), src("./steps/a.sh", "hello"), src("./steps/jump"),
            src("./steps/jump/fiwix.sh", fiwixScript()), src("./external"), src("./external/distfiles"),
            src("./external/distfiles/x-1.0.tar.gz", "0123456789A"),
            src("./nodir/b.txt", "abc"), // no `src 0 ./nodir` before it: the open fails at boot
        };
        const QString path = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("init.img"), image(records));
        FirstImagePanel *panel = openAndWait(path);
        QVERIFY(panel);
        QVERIFY(panel->isReady());
        QCOMPARE(m_window->tabs()->count(), 2);
        QCOMPARE(m_window->tabs()->tabText(1), QStringLiteral("init.img"));
        // The status bar's facts are an LBPAYLD1 image's: hidden on this tab.
        QVERIFY(!m_window->statusWidget()->isVisible());

        // The tree: the folders at the top in script order, sizes summed up the folders.
        const SrcfsTreeModel *tree = panel->treeModel();
        QCOMPARE(tree->nodeCount(), 12);
        QCOMPARE(tree->rowCount(), 4);
        const QLocale locale;
        const auto name = [&](int row, const QModelIndex &parent = {}) {
            return tree->index(row, SrcfsTreeModel::NameColumn, parent).data().toString();
        };
        QCOMPARE(name(0), QStringLiteral("steps"));
        QCOMPARE(name(1), QStringLiteral("external"));
        QCOMPARE(name(2), QStringLiteral("nodir"));
        QCOMPARE(name(3), QStringLiteral("bootstrap-seeds"));
        const QModelIndex steps = tree->index(0, 0);
        QCOMPARE(tree->rowCount(steps), 2);
        QCOMPARE(tree->index(0, SrcfsTreeModel::SizeColumn, steps).data().toString(), locale.toString(5));
        QCOMPARE(
            tree->index(0, SrcfsTreeModel::SizeColumn).data().toString(), locale.toString(5 + fiwixScript().size()));
        QCOMPARE(tree->index(0, SrcfsTreeModel::KindColumn, steps).data().toString(), QStringLiteral("File"));
        QCOMPARE(tree->index(0, SrcfsTreeModel::LineOffsetColumn, steps).data().toString(),
            locale.toString(m_lineOffsets.at(2)));
        QCOMPARE(tree->index(0, SrcfsTreeModel::DataOffsetColumn, steps).data().toString(),
            locale.toString(m_lineOffsets.at(2) + qint64(sizeof("src 5 ./steps/a.sh\n") - 1)));
        // `nodir` was never made: an implied folder, shown as such.
        QCOMPARE(tree->index(2, SrcfsTreeModel::KindColumn).data().toString(), QStringLiteral("Folder (implied)"));
        // The tree view shows the top level opened.
        QVERIFY(panel->treeView()->isExpanded(panel->treeView()->model()->index(0, 0)));

        // The commands: the generator's fixed tail, three hex0 and one program.
        const SrcfsCommandModel *commands = panel->commandModel();
        QCOMPARE(commands->rowCount(), 4);
        QCOMPARE(commands->index(0, SrcfsCommandModel::CommandColumn).data().toString(), QStringLiteral("hex0"));
        QCOMPARE(commands->index(0, SrcfsCommandModel::OutputColumn).data().toString(),
            QStringLiteral("/bootstrap-seeds/POSIX/x86/hex0-seed"));
        QCOMPARE(commands->index(3, SrcfsCommandModel::CommandColumn).data().toString(),
            QStringLiteral("/bootstrap-seeds/POSIX/x86/kaem-optional-seed"));
        QCOMPARE(commands->index(3, SrcfsCommandModel::ArgumentColumn).data().toString(), QStringLiteral("/kaem.x86"));

        // The findings: this stage 2 is no known revision, and b.txt has no folder.
        const FirstImageFindingModel *findings = panel->findingModel();
        QStringList codes;
        int missingRow = -1;
        for (int r = 0; r < findings->rowCount(); ++r) {
            codes << findings->index(r, FirstImageFindingModel::CodeColumn).data().toString();
            if (codes.constLast() == QStringLiteral("missing-parent"))
                missingRow = r;
        }
        QVERIFY2(codes.contains(QStringLiteral("unknown-builder-hex0")), qPrintable(codes.join(u',')));
        QVERIFY2(missingRow >= 0, qPrintable(codes.join(u',')));
        QCOMPARE(
            findings->index(missingRow, FirstImageFindingModel::RecordColumn).data().toString(), locale.toString(8));
        QCOMPARE(findings->index(missingRow, FirstImageFindingModel::OffsetColumn).data().toString(),
            locale.toString(m_lineOffsets.at(8)));
        QVERIFY(!findings->index(missingRow, FirstImageFindingModel::CodeColumn).data(Qt::DecorationRole).isNull());
        // The message column leaves out the path, record and byte the other columns show; the
        // tooltip keeps the whole sentence.
        const QString message = findings->index(missingRow, FirstImageFindingModel::MessageColumn).data().toString();
        QVERIFY2(!message.contains(path) && !message.isEmpty(), qPrintable(message));
        QVERIFY(findings->index(missingRow, FirstImageFindingModel::MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(path));
        QCOMPARE(panel->errorCount(), findings->count(FirstImageFinding::Severity::Error));
        QVERIFY(panel->errorCount() >= 1);
        QCOMPARE(panel->notice()->messageType(), KMessageWidget::Error);
        // Activating the finding shows its record in the tree.
        QVERIFY(panel->showRecord(8));
        QCOMPARE(panel->treeView()->currentIndex().data().toString(), QStringLiteral("b.txt"));

        // The facts and the three meters.
        const FirstImageSummaryWidget *summary = panel->summary();
        QCOMPARE(summary->fact(QStringLiteral("revision")), QStringLiteral("unknown, limits of a278124 assumed"));
        QVERIFY(summary->fact(QStringLiteral("stage1")).contains(QStringLiteral("55 AA")));
        QCOMPARE(
            summary->fact(QStringLiteral("sha256")).remove(u' '), QString::fromLatin1(panel->reader()->stage2Sha256()));
        QCOMPARE(summary->fact(QStringLiteral("sha256")).size(), 64 + 3);
        const qint64 bytes = 5 + fiwixScript().size() + 11 + 3;
        QCOMPARE(summary->filesMeter()->used(), 15); // every src and hex0 takes a slot
        QCOMPARE(summary->filesMeter()->limit(), FirstImageFormat::MaxFiles);
        QVERIFY(!summary->filesMeter()->isOver());
        QCOMPARE(summary->bytesMeter()->used(), bytes);
        QCOMPARE(summary->bytesMeter()->limit(), FirstImageFormat::MaxBytes);
        QVERIFY(summary->fiwixMeter()->isEnabled());
        QCOMPARE(summary->fiwixMeter()->used(), bytes);
        QCOMPARE(summary->fiwixMeter()->limit(), FirstImageFormat::MaxBytes - 1381376LL * 1024);
        QVERIFY(summary->fiwixMeter()->format().contains(QStringLiteral("inferred")));
        QVERIFY(summary->fact(QStringLiteral("fiwixNote")).startsWith(QStringLiteral("Inferred")));

        // The archive inspector reads a selected file of the srcfs in place; a folder has nothing.
        ArchiveInspectorPanel *inspector = m_window->inspectorDock()->panel();
        QSignalSpy inspected(inspector, &ArchiveInspectorPanel::inspected);
        QVERIFY(panel->showRecord(7));
        m_window->inspectorDock()->refreshNow();
        QVERIFY(inspected.wait(10000));
        QCOMPARE(inspector->report().name, QStringLiteral("x-1.0.tar.gz"));
        QVERIFY(panel->showRecord(1));
        m_window->inspectorDock()->refreshNow();
        QVERIFY(inspector->placeholderText().contains(QStringLiteral("first image")));

        // Opening it again shows the same tab; closing it leaves the list.
        m_window->openPath(path);
        QCOMPARE(m_window->tabs()->count(), 2);
        QCOMPARE(m_window->tabs()->currentWidget(), panel);
        QMetaObject::invokeMethod(m_window->tabs(), "tabCloseRequested", Q_ARG(int, 1));
        QCOMPARE(m_window->tabs()->count(), 1);
        QVERIFY(m_window->statusWidget()->isVisible());
    }

    void overfullMeterIsRed()
    {
        FillMeter meter;
        meter.setUsage(50, 100);
        QVERIFY(!meter.isOver());
        QCOMPARE(meter.value(), 500);
        QVERIFY(meter.palette().color(QPalette::Highlight) != FillMeter::overColor());
        meter.setUsage(150, 100);
        QVERIFY(meter.isOver());
        QCOMPARE(meter.value(), 1000);
        QCOMPARE(meter.palette().color(QPalette::Highlight), FillMeter::overColor());
    }

    void fourteenThousandRecordsDoNotStall()
    {
        constexpr int Files = 14000;
        QList<QPair<QByteArray, QByteArray>> records {src("."), src("./external"), src("./external/distfiles")};
        for (int i = 0; i < Files; ++i)
            records << src("./external/distfiles/f" + QByteArray::number(i).rightJustified(5, '0') + ".tar.gz", "x");
        const QString path = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("big-init.img"), image(records));

        // The longest gap between two turns of the event loop while the image is read and shown.
        QElapsedTimer sinceLast;
        qint64 longest = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] { longest = std::max(longest, sinceLast.restart()); });
        QElapsedTimer total;
        total.start();
        sinceLast.start();
        probe.start();
        FirstImagePanel *panel = openAndWait(path);
        // A few more turns, so that the views have laid out what the reset gave them.
        QTest::qWait(100);
        probe.stop();
        QVERIFY(panel);
        QVERIFY(panel->isReady());
        QCOMPARE(panel->treeModel()->nodeCount(), Files + 2 + 3); // and the tail's three folders
        QCOMPARE(panel->summary()->filesMeter()->used(), Files + 3 + 6);
        qInfo("opened %d records in %lld ms; longest turn of the GUI thread's event loop %lld ms", Files + 10,
            total.elapsed(), longest);
        QVERIFY(total.elapsed() < 60000);
        // Generous for a loaded CI machine: the GUI thread's share is a few model resets.
        QVERIFY2(longest < 1500, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(longest)));

        // The 14,000 files are all there, under their folder.
        const QModelIndex external = panel->treeModel()->index(0, 0);
        const QModelIndex distfiles = panel->treeModel()->index(0, 0, external);
        QCOMPARE(panel->treeModel()->rowCount(distfiles), Files);
    }

    void droppedFirstImageOpensItsTab()
    {
        const QString path = UiTest::writeFile(
            QDir(m_dir.path()), QStringLiteral("dropped-init.img"), image({src("."), src("./a.txt", "a")}));
        // Dropped on the list, it is opened, not added as a distfile; dropped on the window too.
        QWidget *list = m_window->authoringPanel()->view()->viewport();
        for (QWidget *target : {list, static_cast<QWidget *>(m_window.get())}) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            const QPoint pos(list->width() / 2, list->height() - 5);
            QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &enter);
            QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &move);
            QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &drop);
            QTRY_VERIFY(qobject_cast<FirstImagePanel *>(m_window->tabs()->currentWidget()));
            QCOMPARE(m_window->tabs()->count(), 2); // the second drop shows the same tab
            QCOMPARE(m_window->authoringPanel()->model()->rowCount(), 0);
            m_window->tabs()->setCurrentIndex(0);
        }
        auto *panel = qobject_cast<FirstImagePanel *>(m_window->tabs()->widget(1));
        QTRY_VERIFY(!panel->isLoading());
        QCOMPARE(panel->treeModel()->nodeCount(), 1 + 3);
    }

    void unreadableImageSaysWhy()
    {
        // The panel itself, given a file that is no first image (the window would not).
        const QString path =
            UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("not-init.img"), QByteArray(2048, '\x01'));
        FirstImagePanel panel;
        QSignalSpy done(&panel, &FirstImagePanel::openFinished);
        panel.open(path);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.constFirst().constFirst().toBool(), false);
        QVERIFY(!panel.isReady());
        QCOMPARE(panel.notice()->messageType(), KMessageWidget::Error);
        QVERIFY2(
            panel.notice()->text().contains(QStringLiteral("not a first image")), qPrintable(panel.notice()->text()));
        QCOMPARE(panel.treeModel()->rowCount(), 0);
        QCOMPARE(panel.summary()->fact(QStringLiteral("revision")), QStringLiteral("—"));
        QVERIFY(!panel.summary()->filesMeter()->isEnabled());
    }

    void payloadImagesStillOpenAsImages()
    {
        // Not a first image (no 55 AA): the existing image tab, with its existing error.
        const QString path = UiTest::writeFile(QDir(m_dir.path()), QStringLiteral("junk.img"), QByteArray(4096, 'j'));
        QVERIFY(!m_window->openAnyImage(path)->inherits("FirstImagePanel"));
        QVERIFY(!qobject_cast<FirstImagePanel *>(m_window->tabs()->currentWidget()));
    }
};

QTEST_MAIN(TestFirstImage)
#include "tst_ui_first_image.moc"
