// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "DiskPairFixture.h"
#include "controllers/disk/DiskPairController.h"
#include "dialogs/DiskPairDialog.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>

// Open Both Disks…: the action and the drop of both images open the Check Both Disks dialog;
// the check runs on a worker and its verdict names every problem.
class TestDiskPair : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    DiskPairFixture::Disks make(DiskPairFixture::Damage damage)
    {
        return DiskPairFixture::make(m_dir.filePath(QStringLiteral("case-%1").arg(++m_case)), damage);
    }

    static bool runCheck(DiskPairDialog *dialog, const QString &checkout)
    {
        QSignalSpy done(dialog, &DiskPairDialog::checkFinished);
        dialog->setCheckout(checkout);
        dialog->startCheck();
        return done.wait(60000);
    }

private Q_SLOTS:
    void theActionOpensOneDialog()
    {
        MainWindow window;
        window.actions()->openBothDisks->trigger();
        DiskPairDialog *dialog = window.diskPairs()->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        window.actions()->openBothDisks->trigger();
        QCOMPARE(window.diskPairs()->dialog(), dialog);
    }

    void droppingBothDisksChecksThemTogether()
    {
        const auto disks = make(DiskPairFixture::Damage::None);
        QVERIFY(!disks.first.isEmpty());
        MainWindow window;
        window.show();
        QMimeData mime;
        // The order of a drop says nothing; the bytes tell the disks apart.
        mime.setUrls({QUrl::fromLocalFile(disks.external), QUrl::fromLocalFile(disks.first)});
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.tabs()->count(), 1); // no image tabs: the pair check instead
        DiskPairDialog *dialog = window.diskPairs()->dialog();
        QVERIFY(dialog);
        QVERIFY(runCheck(dialog, disks.checkout));
        QVERIFY2(dialog->verdictText().startsWith(QStringLiteral("These disks belong together")),
            qPrintable(dialog->verdictText()));
        QCOMPARE(dialog->problemCount(), 0);
    }

    void aStaleImageIsNamed()
    {
        const auto disks = make(DiskPairFixture::Damage::ChangedStep);
        QVERIFY(!disks.first.isEmpty());
        DiskPairDialog dialog;
        dialog.setImages(disks.first, disks.external);
        QVERIFY(runCheck(&dialog, disks.checkout));
        QVERIFY2(dialog.verdictText().startsWith(QStringLiteral("These disks do not boot together")),
            qPrintable(dialog.verdictText()));
        QCOMPARE(dialog.problemCount(), 1);
    }

    void aDiskThatCannotBeReadIsSaid()
    {
        const auto disks = make(DiskPairFixture::Damage::None);
        DiskPairDialog dialog;
        dialog.setImages(disks.external, disks.first); // swapped
        QVERIFY(runCheck(&dialog, disks.checkout));
        QVERIFY2(dialog.verdictText().startsWith(QStringLiteral("The check could not run")),
            qPrintable(dialog.verdictText()));
    }
};

QTEST_MAIN(TestDiskPair)
#include "tst_ui_disk_pair.moc"
