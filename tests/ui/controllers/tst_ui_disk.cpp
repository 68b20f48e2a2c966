// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "LoopDevice.h"
#include "controllers/authoring/BuildController.h"
#include "controllers/disk/DiskWriteController.h"
#include "dialogs/DiskChooserDialog.h"
#include "dialogs/DiskWriteResultDialog.h"
#include "dialogs/JobProgressDialog.h"
#include "jobs/disk/DiskWriteJob.h"
#include "model/disk/DiskListModel.h"
#include "panels/ImagePanel.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// File > Write to Disk…: the disk list over a sysfs tree the test writes (refused disks greyed
// with the reason as tooltip, disks plugged in while the dialog is open), the job on a regular
// file, the result page for each outcome, and the whole flow on a loop device where one can be
// made.
class TestUiDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_imageBytes;

    QString sys() const { return m_dir.filePath(u"sys"_s); }

    static void put(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    void addDisk(
        const QString &name, const QByteArray &number, qint64 sectors, const QByteArray &model, bool usb = false)
    {
        const QString folder =
            sys() + (usb ? u"/devices/pci0/usb1/1-1/block/"_s : u"/devices/pci0/ata1/block/"_s) + name;
        put(folder + u"/dev"_s, number + '\n');
        put(folder + u"/size"_s, QByteArray::number(sectors) + '\n');
        put(folder + u"/removable"_s, usb ? "1\n" : "0\n");
        put(folder + u"/device/model"_s, model + '\n');
        QDir().mkpath(sys() + u"/block"_s);
        QVERIFY(QFile::link(folder, sys() + u"/block/"_s + name));
    }
    DiskEnumerator::Paths fakePaths() const
    {
        DiskEnumerator::Paths paths;
        paths.sysRoot = sys();
        paths.mountInfo = m_dir.filePath(u"mountinfo"_s);
        paths.swaps = m_dir.filePath(u"swaps"_s);
        paths.devRoot = m_dir.filePath(u"dev"_s);
        return paths;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(u"dev"_s));
        m_imageBytes = QByteArray("LBPAYLD1") + QByteArray("\x02\0\0\0", 4) + QByteArray("\x01\0\0\0\x03\0\0\0", 8) +
            "abee" + QByteArray("\x01\0\0\0\x00\x00\x10\x00", 8) + "b" + QByteArray(1024 * 1024, 'z');
        m_image = UiTest::writeFile(QDir(m_dir.path()), u"external.img"_s, m_imageBytes);
        addDisk(u"sda"_s, "8:0", 1000000, "System SSD");
        addDisk(u"sdb"_s, "8:16", 1000000, "Ultra Stick", true);
        addDisk(u"sdc"_s, "8:32", 100, "Tiny Card", true);
        const QByteArray dev = m_dir.filePath(u"dev"_s).toUtf8();
        put(m_dir.filePath(u"mountinfo"_s), "1 0 8:0 / / rw - ext4 " + dev + "/sda rw\n");
        put(m_dir.filePath(u"swaps"_s), "Filename Type Size Used Priority\n");
    }

    void listGreysRefusedDisks()
    {
        DiskListModel model;
        model.setSystemPaths(fakePaths());
        model.setImageSize(m_imageBytes.size());
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.flags(model.index(0)), Qt::NoItemFlags); // holds /
        QVERIFY(model.flags(model.index(1)) & Qt::ItemIsEnabled);
        QCOMPARE(model.flags(model.index(2)), Qt::NoItemFlags); // too small
        QVERIFY(model.data(model.index(0), Qt::ToolTipRole).toString().contains(u"holds / of the running system"_s));
        QVERIFY(model.data(model.index(2), Qt::ToolTipRole).toString().contains(u"too small"_s));
        QVERIFY(model.data(model.index(1), Qt::ToolTipRole).toString().contains(u"Connected by USB"_s));
        const QString shown = model.data(model.index(1)).toString();
        QVERIFY2(shown.contains(u"Ultra Stick"_s) && shown.contains(u"/sdb"_s) && shown.contains(u"MiB"_s),
            qPrintable(shown));
        QVERIFY(!model.data(model.index(1), Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.data(model.index(1), DiskListModel::PathRole).toString(), m_dir.filePath(u"dev/sdb"_s));
        QVERIFY(!model.refresh()); // nothing changed
    }

    void chooserFollowsPlugging()
    {
        DiskChooserDialog dialog(m_image, m_imageBytes.size(), fakePaths());
        dialog.show();
        QVERIFY(!dialog.writeButton()->isEnabled());
        dialog.view()->setCurrentIndex(dialog.model()->index(0)); // refused: not selectable
        QCOMPARE(dialog.selectedRow(), -1);
        dialog.view()->setCurrentIndex(dialog.model()->index(1));
        QCOMPARE(dialog.selectedPath(), m_dir.filePath(u"dev/sdb"_s));
        QVERIFY(dialog.writeButton()->isEnabled());
        // A stick plugged in while the dialog is open appears by itself; the choice stays.
        addDisk(u"sdd"_s, "8:48", 2000000, "New Stick", true);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 4, 5000);
        QCOMPARE(dialog.selectedPath(), m_dir.filePath(u"dev/sdb"_s));
        QVERIFY(dialog.options().verify);
        QVERIFY(!dialog.options().zeroToMiB);
        QCOMPARE(dialog.options().system.sysRoot, sys());
    }

    void jobWritesAndVerifies()
    {
        const QString target = UiTest::writeFile(QDir(m_dir.path()), u"vm.raw"_s, QByteArray(4 * 1024 * 1024, 'o'));
        DiskWriteJob job;
        QSignalSpy finished(&job, &DiskWriteJob::finished);
        DiskWriter::Options options;
        options.allowRegularFile = true;
        job.start(m_image, target, options);
        QVERIFY(finished.wait(30000));
        QVERIFY2(job.result().ok(), qPrintable(job.result().error));
        QVERIFY(job.result().verified);
        QCOMPARE(job.phase(), DiskWriter::Phase::Verifying);
        QFile written(target);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(m_imageBytes.size()), m_imageBytes);
    }

    // Cancel in the progress dialog: the job stops between chunks and says what the disk holds.
    void cancelSaysWhatTheDiskHolds()
    {
        // A 2 GiB entry of holes: quick to read, seconds to write.
        const qint64 size = 2048LL * 1024 * 1024;
        QByteArray header = QByteArray("LBPAYLD1") + QByteArray("\x01\0\0\0\x04\0\0\0", 8);
        header += QByteArray("\0\0\0\x80", 4) + "huge";
        const QString image = UiTest::writeFile(QDir(m_dir.path()), u"huge.img"_s, header);
        QFile file(image);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.resize(header.size() + size));
        file.close();
        const QString target = UiTest::writeFile(QDir(m_dir.path()), u"huge.raw"_s, {});
        DiskWriteJob job;
        QSignalSpy finished(&job, &DiskWriteJob::finished);
        DiskWriter::Options options;
        options.allowRegularFile = true;
        job.start(image, target, options);
        JobProgressDialog dialog(&job, u"Writing"_s);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(job.bytesDone() > 0, 20000);
        dialog.requestCancel(); // no question set: cancels at once
        QVERIFY(finished.wait(30000));
        const DiskWriteResult &r = job.result();
        QCOMPARE(r.outcome, DiskWriteResult::Outcome::Canceled);
        QVERIFY2(r.diskState.contains(u"the disk does not hold a valid image"_s), qPrintable(r.diskState));
        QVERIFY(r.bytesWritten < size);
        DiskWriteResultDialog page(r, image);
        QVERIFY(page.headline().contains(u"Writing was canceled"_s));
        QFile::remove(image);
        QFile::remove(target);
    }

    void resultPage_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("permissionDenied");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("details");
        using O = DiskWriteResult::Outcome;
        QTest::newRow("verified") << int(O::Written) << false << u"Written and verified"_s
                                  << u"Entries compared by SHA-256: 2"_s;
        QTest::newRow("mismatch") << int(O::Mismatch) << false << u"does not read back as the image"_s
                                  << u"Read back:"_s;
        QTest::newRow("canceled") << int(O::Canceled) << false << u"the disk does not hold a valid image"_s
                                  << u"canceled at byte"_s;
        QTest::newRow("no rights") << int(O::Failed) << true << u"No permission to write to the disk"_s
                                   << u"It never asks for a password itself."_s;
    }
    void resultPage()
    {
        QFETCH(int, outcome);
        QFETCH(bool, permissionDenied);
        QFETCH(QString, headline);
        QFETCH(QString, details);
        DiskWriteResult r;
        r.outcome = DiskWriteResult::Outcome(outcome);
        r.permissionDenied = permissionDenied;
        r.device.path = u"/dev/sdz"_s;
        r.device.model = u"Ultra Stick"_s;
        r.imageSize = 100;
        r.bytesWritten = 100;
        r.entriesChecked = 2;
        r.verified = r.outcome == DiskWriteResult::Outcome::Written;
        if (r.outcome == DiskWriteResult::Outcome::Mismatch)
            r.mismatches << u"/dev/sdz: entry 1 \"b\" …"_s;
        if (r.outcome == DiskWriteResult::Outcome::Canceled) {
            r.error = u"/dev/sdz: canceled at byte 8 of 100"_s;
            r.diskState = u"the first 8 bytes were written; the disk does not hold a valid image"_s;
        }
        DiskWriteResultDialog dialog(r, m_image);
        QVERIFY2(dialog.headline().contains(headline), qPrintable(dialog.headline()));
        QVERIFY2(dialog.details().contains(details), qPrintable(dialog.details()));
        QCOMPARE(dialog.differences().isEmpty(), r.mismatches.isEmpty());
        if (permissionDenied)
            QVERIFY(dialog.details().contains(u"sudo lbpayload write"_s));
    }

    void menuActionOpensChooser()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.actions()->writeToDisk->isEnabled());
        ImagePanel *panel = window.openImage(m_image);
        QTRY_VERIFY_WITH_TIMEOUT(window.actions()->writeToDisk->isEnabled(), 20000);
        QVERIFY(panel);
        window.diskWriteController()->setSystemPaths(fakePaths());
        window.actions()->writeToDisk->trigger();
        auto *chooser = UiTest::waitForVisible<DiskChooserDialog>(u"diskChooser"_s);
        QVERIFY(chooser);
        QCOMPARE(chooser->model()->rowCount(), 4);
        chooser->reject();
    }

    // Right after a build the outcome offers to write the new image to a disk.
    void buildOutcomeOffersDisk()
    {
        MainWindow window;
        window.show();
        window.diskWriteController()->setSystemPaths(fakePaths());
        BuildRequest request;
        request.entries << BuildEntry::fromFile(
            UiTest::writeFile(QDir(m_dir.path()), u"one.txt"_s, "one\n"), QByteArrayLiteral("one.txt"));
        request.outputPath = m_dir.filePath(u"built.img"_s);
        window.buildController()->start(request);
        auto *outcome = UiTest::waitForVisible<QMessageBox>(u"buildOutcome"_s, 30000);
        QVERIFY(outcome);
        QAbstractButton *disk = nullptr;
        for (QAbstractButton *button : outcome->buttons())
            if (button->text() == u"Write to &Disk…"_s)
                disk = button;
        QVERIFY(disk);
        QCOMPARE(disk->toolTip(), u"Write the new image to a disk?"_s);
        disk->click();
        auto *chooser = UiTest::waitForVisible<DiskChooserDialog>(u"diskChooser"_s);
        QVERIFY(chooser);
        QCOMPARE(window.diskWriteController()->chooser(), chooser);
        chooser->reject();
    }

    // The whole flow on a loop device: chooser, confirmation naming the disk, progress, result.
    void writesLoopDeviceThroughTheDialogs()
    {
        LoopDevice loop(m_dir.filePath(u"loop.raw"_s), 8 * 1024 * 1024);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        QWidget window;
        DiskWriteController controller(&window);
        QSignalSpy finished(&controller, &DiskWriteController::finished);
        controller.writeImage(m_image);
        DiskChooserDialog *chooser = controller.chooser();
        QVERIFY(chooser);
        chooser->showLoopBox()->setChecked(true);
        const int row = chooser->model()->rowOf(loop.path());
        QVERIFY(row >= 0);
        chooser->view()->setCurrentIndex(chooser->model()->index(row));
        QVERIFY(chooser->writeButton()->isEnabled());
        chooser->writeButton()->click();
        QMessageBox *box = controller.confirmation();
        QVERIFY(box);
        QVERIFY2(box->text().contains(loop.path()) && box->text().contains(u"MiB"_s), qPrintable(box->text()));
        QAbstractButton *erase = nullptr;
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                erase = button;
        QVERIFY(erase);
        erase->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(controller.resultDialog());
        QVERIFY2(controller.resultDialog()->headline().contains(u"Written and verified"_s),
            qPrintable(controller.resultDialog()->headline()));
        QCOMPARE(loop.read(0, m_imageBytes.size()), m_imageBytes);
        controller.resultDialog()->reject();
    }
};

QTEST_MAIN(TestUiDisk)
#include "tst_ui_disk.moc"
