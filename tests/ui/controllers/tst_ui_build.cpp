// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "Manifest.h"
#include "PayloadReader.h"
#include "controllers/authoring/BuildController.h"
#include "controllers/authoring/EntryImporter.h"
#include "controllers/authoring/ListFileController.h"
#include "dialogs/BuildDialog.h"
#include "dialogs/JobProgressDialog.h"
#include "model/authoring/EntryTableModel.h"
#include "panels/AuthoringPanel.h"
#include "widgets/summaries/PayloadStatusWidget.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

// A build driven through the window: File > Build Image…, the dialog, the progress dialog
// with its signals, the outcome; and a cancel that leaves nothing behind.
class TestBuild : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    AuthoringPanel *panel() const { return m_window->authoringPanel(); }

    void addPaths(const QStringList &paths)
    {
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        panel()->addPaths(paths);
        QVERIFY(done.wait(10000));
    }

    BuildDialog *openBuildDialog()
    {
        m_window->actions()->buildImage->trigger();
        return UiTest::waitForVisible<BuildDialog>(QStringLiteral("buildDialog"));
    }

    QStringList leftovers() const
    {
        return QDir(m_dir->path())
            .entryList({QStringLiteral("*.part"), QStringLiteral("*.img")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        UiTest::closeDialogs();
        m_window.reset();
        m_dir.reset();
    }

    void buildVerifiesAndWritesManifest()
    {
        const QDir dir(m_dir->path());
        addPaths({UiTest::writeFile(dir, QStringLiteral("b.tar.gz"), QByteArray(70000, 'b')),
            UiTest::writeFile(dir, QStringLiteral("a.txt"), "alpha\n")});
        BuildDialog *dialog = openBuildDialog();
        QVERIFY(dialog);
        const QString output = dir.filePath(QStringLiteral("external.img"));
        dialog->setOutputPath(output);
        dialog->setVerifyAfterWriting(true);
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
            if (box->text().startsWith(QStringLiteral("Write a manifest")))
                box->setChecked(true);
        QVERIFY(dialog->buildButton()->isEnabled());

        QSignalSpy progress(m_window->buildController()->job(), &BuildJob::progressChanged);
        QSignalSpy finished(m_window->buildController(), &BuildController::finished);
        dialog->buildButton()->click();
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress.isEmpty());
        // Progress counts bytes up to a total that covers writing, hashing and verifying.
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());
        QVERIFY(last.at(1).toLongLong() >= 70006);

        const BuildResult result = finished.first().first().value<BuildResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.verified);
        QCOMPARE(result.hashesChecked, 2);
        QCOMPARE(result.entryCount, 2);
        auto *outcome = UiTest::waitForVisible<QMessageBox>(QStringLiteral("buildOutcome"));
        QVERIFY(outcome);
        QVERIFY(outcome->text().contains(output));

        // Upstream order (sorted by name is the default) and the bytes as added.
        PayloadReader reader;
        QVERIFY2(reader.open(output), qPrintable(reader.errorString()));
        QCOMPARE(reader.layout(), PayloadFormat::Layout::U32);
        QCOMPARE(reader.entries().size(), 2);
        QCOMPARE(reader.entries().at(0).rawName, QByteArray("a.txt"));
        QCOMPARE(reader.entries().at(1).size, 70000);
        Manifest written;
        QString error;
        QVERIFY2(Manifest::load(output + QStringLiteral(".json"), &written, &error), qPrintable(error));
        QCOMPARE(written.entries.size(), 2);
        QCOMPARE(written.entries.at(0).sha256.size(), 64);
        // The "Open Image" button opens the result in an inspect tab.
        const auto buttons = outcome->buttons();
        for (QAbstractButton *b : buttons)
            if (b->text().contains(QStringLiteral("Open Image")))
                b->click();
        QTRY_COMPARE(m_window->tabs()->count(), 2);
    }

    void blockersDisableBuild()
    {
        const QDir dir(m_dir->path());
        UiTest::writeFile(dir, QStringLiteral("same.tar.gz"), "1");
        // A second file of the same name, added under its name through the list format.
        const QString list = UiTest::writeFile(dir, QStringLiteral("l.list"),
            "same.tar.gz " + QFile::encodeName(dir.filePath(QStringLiteral("same.tar.gz"))) + "\nsame.tar.gz " +
                QFile::encodeName(dir.filePath(QStringLiteral("same.tar.gz"))) + "\n");
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        QVERIFY(m_window->listFile()->open(list));
        QVERIFY(done.wait(10000));
        BuildDialog *dialog = openBuildDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->buildButton()->isEnabled());
        QCOMPARE(dialog->blockers().size(), 1);
        QVERIFY(dialog->blockers().constFirst().startsWith(QStringLiteral("Duplicate name: 2 entries")));
        // The status bar counts the problem rows; a too small target disk turns its bar red.
        QCOMPARE(m_window->statusWidget()->entriesText(), QStringLiteral("2 entries"));
        QVERIFY(m_window->statusWidget()->problemsText().startsWith(QStringLiteral("2 problems")));
        QVERIFY(!m_window->statusWidget()->exceedsTarget());
        m_window->statusWidget()->setTargetDiskBytes(256 << 20);
        QVERIFY(!m_window->statusWidget()->exceedsTarget());
        // The notice above the list says the same before anyone opens the dialog.
        // It is refreshed from a zero-time timer, so it may show an event-loop turn later.
        QTRY_VERIFY(panel()->findChild<QWidget *>(QStringLiteral("noticeBar"))->isVisible());
        dialog->setOutputPath(QString());
        QCOMPARE(dialog->blockers().size(), 2);
    }

    void cancelLeavesNothing()
    {
        // Large sparse sources: copying and hashing them takes long enough to cancel midway.
        const QDir dir(m_dir->path());
        QStringList sources;
        for (int i = 0; i < 4; ++i)
            sources << UiTest::sparseFile(dir, QStringLiteral("big%1.tar").arg(i), 256 << 20);
        addPaths(sources);
        BuildDialog *dialog = openBuildDialog();
        QVERIFY(dialog);
        dialog->setOutputPath(dir.filePath(QStringLiteral("external.img")));
        dialog->setVerifyAfterWriting(true);
        BuildJob *job = m_window->buildController()->job();
        QSignalSpy progress(job, &BuildJob::progressChanged);
        QSignalSpy finished(m_window->buildController(), &BuildController::finished);
        dialog->buildButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);

        // Cancel asks first; the build continues until the answer.
        JobProgressDialog *progressDialog = m_window->buildController()->progressDialog();
        QVERIFY(progressDialog);
        progressDialog->requestCancel();
        auto *question = UiTest::waitForVisible<QMessageBox>(QStringLiteral("cancelQuestion"));
        QVERIFY(question);
        QElapsedTimer clock;
        for (QAbstractButton *b : question->buttons())
            if (b->text() == QStringLiteral("&Stop"))
                b->click();
        clock.start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(clock.elapsed() < 2000, "the build did not stop within a second or so");
        const BuildResult result = finished.first().first().value<BuildResult>();
        QVERIFY(result.canceled);
        QVERIFY(!result.ok);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
        auto *outcome = UiTest::waitForVisible<QMessageBox>(QStringLiteral("buildOutcome"));
        QVERIFY(outcome);
        QCOMPARE(outcome->windowTitle(), QStringLiteral("Build Canceled"));
    }

    void closingDuringBuildAsksThenStops()
    {
        const QDir dir(m_dir->path());
        QStringList sources;
        for (int i = 0; i < 4; ++i)
            sources << UiTest::sparseFile(dir, QStringLiteral("big%1.tar").arg(i), 256 << 20);
        addPaths(sources);
        BuildRequest request;
        request.entries = panel()->model()->buildEntries();
        request.outputPath = dir.filePath(QStringLiteral("external.img"));
        request.verifyAfterWriting = true;
        QSignalSpy finished(m_window->buildController(), &BuildController::finished);
        m_window->buildController()->start(request);
        QVERIFY(!m_window->close());
        auto *question = UiTest::waitForVisible<QMessageBox>(QStringLiteral("stopBuildQuestion"));
        QVERIFY(question);
        for (QAbstractButton *b : question->buttons())
            if (b->text() == QStringLiteral("&Stop and Quit"))
                b->click();
        QVERIFY(finished.wait(10000));
        // Unsaved list: the window asks about it next, and closes once answered.
        auto *save = UiTest::waitForVisible<QMessageBox>(QStringLiteral("saveListQuestion"));
        QVERIFY(save);
        save->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(leftovers().isEmpty());
    }
};

QTEST_MAIN(TestBuild)
#include "tst_ui_build.moc"
