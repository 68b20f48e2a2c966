// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "ContentCheck.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/authoring/ContentChecker.h"
#include "controllers/authoring/EntryImporter.h"
#include "controllers/authoring/SourceHasher.h"
#include "dialogs/BuildDialog.h"
#include "model/authoring/EntryTableModel.h"
#include "model/authoring/EntryValidator.h"
#include "panels/AuthoringPanel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/summaries/PayloadStatusWidget.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <KTar>

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The quick content check made when files are added: a download that is not what its name
// says shows as "Mismatch" at once, counts in the status bar, and is listed (not blocking) in
// the build dialog with the failed integrity tests, whose button tests the flagged rows.
class TestContentCheck : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    AuthoringPanel *panel() const { return m_window->authoringPanel(); }
    EntryTableModel *model() const { return panel()->model(); }

    QString file(const QString &name, const QByteArray &content)
    {
        return UiTest::writeFile(QDir(m_dir->path()), name, content);
    }

    // A real gzip-compressed tar, for the rows that must pass.
    QByteArray tarGz()
    {
        const QString path = QDir(m_dir->path()).filePath(u"made.tar.gz"_s);
        KTar tar(path, u"application/x-gzip"_s);
        if (!tar.open(QIODevice::WriteOnly) || !tar.writeFile(u"pkg/README"_s, QByteArray(3000, 'r')) || !tar.close())
            qFatal("cannot write %s", qPrintable(path));
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    void add(const QStringList &paths)
    {
        QSignalSpy done(panel()->importer(), &EntryImporter::finished);
        panel()->addPaths(paths);
        QVERIFY(done.wait(10000));
        waitForChecks();
    }

    void waitForChecks()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            model()->summary().checkingContent == 0 && !panel()->contentChecker()->isRunning(), 10000);
    }

    QString status(int row, int role = Qt::DisplayRole) const
    {
        return model()->index(row, EntryTableModel::StatusColumn).data(role).toString();
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

    void mismatchShowsOnAdd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason"); // empty: no mismatch
        const QByteArray html = "<!DOCTYPE html>\n<html><head><title>404</title></head><body>gone</body></html>\n";
        QTest::newRow("HTML page as .tar.gz") << u"page.tar.gz"_s << html << u"HTML"_s;
        QTest::newRow("XML error as .tar.bz2")
            << u"error.tar.bz2"_s << QByteArray("<?xml version=\"1.0\"?>\n<Error><Code>NoSuchKey</Code></Error>\n")
            << u"XML"_s;
        QTest::newRow("empty .tar.gz") << u"empty.tar.gz"_s << QByteArray() << u"empty"_s;
        QTest::newRow("zeros as .tar.xz") << u"zeros.tar.xz"_s << QByteArray(100000, '\0') << u"zero bytes"_s;
        QTest::newRow("gzip named .xz") << u"pkg.tar.xz"_s << QByteArray("tar.gz") << u"gzip"_s;
        QTest::newRow("real tar.gz") << u"pkg.tar.gz"_s << QByteArray("tar.gz") << QString();
        QTest::newRow("HTML saved as .html") << u"index.html"_s << html << QString();
    }

    void mismatchShowsOnAdd()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        add({file(name, content == "tar.gz" ? tarGz() : content)});
        QCOMPARE(model()->rowCount(), 1);
        const EntryTableModel::Summary s = model()->summary();
        if (reason.isEmpty()) {
            QCOMPARE(status(0), u"OK"_s);
            QCOMPARE(s.mismatches, 0);
            QCOMPARE(s.warningRows, 0);
            return;
        }
        QCOMPARE(status(0), u"Mismatch"_s);
        QVERIFY2(status(0, Qt::ToolTipRole).contains(reason), qPrintable(status(0, Qt::ToolTipRole)));
        QVERIFY2(status(0, Qt::ToolTipRole).contains(name), qPrintable(status(0, Qt::ToolTipRole)));
        QCOMPARE(model()->index(0, 0).data(EntryTableModel::SeverityRole).toInt(), 1); // a warning
        QCOMPARE(s.mismatches, 1);
        QCOMPARE(s.errorRows, 0);
        QVERIFY(model()->buildBlockers(model()->layout()).isEmpty());
        QTRY_VERIFY(m_window->statusWidget()->problemsText().contains(u"1 content mismatch"_s));
    }

    // A .tar.xz cut short looks right in its first bytes; the look at its end says "Cut short"
    // at once, naming where it ends, long before an integrity test.
    void cutShortShowsOnAdd()
    {
        const QString made = QDir(m_dir->path()).filePath(u"made.tar.xz"_s);
        KTar tar(made, u"application/x-xz"_s);
        QVERIFY(tar.open(QIODevice::WriteOnly));
        QByteArray noise(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) ^ (i >> 5));
        QVERIFY(tar.writeFile(u"pkg/blob.bin"_s, noise) && tar.close());
        QFile f(made);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        const QByteArray cut = whole.left(whole.size() / 2);
        add({file(u"pkg-1.0.tar.xz"_s, cut), file(u"whole-1.0.tar.xz"_s, whole)});
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(status(0), u"Cut short"_s);
        QVERIFY2(
            status(0, Qt::ToolTipRole).contains(QString::number(cut.size())), qPrintable(status(0, Qt::ToolTipRole)));
        QVERIFY2(status(0, Qt::ToolTipRole).contains(u"pkg-1.0.tar.xz"_s), qPrintable(status(0, Qt::ToolTipRole)));
        QCOMPARE(model()->index(0, 0).data(EntryTableModel::SeverityRole).toInt(), 1); // a warning
        QCOMPARE(status(1), u"OK"_s);
        QCOMPARE(model()->summary().warningRows, 1);
        QVERIFY(model()->buildBlockers(model()->layout()).isEmpty());
    }

    // The name is judged anew on a rename (no second read), and undo brings the verdict back.
    void renameRejudgesWithoutReading()
    {
        add({file(u"page.tar.gz"_s, "<html><body>Not Found</body></html>\n")});
        QCOMPARE(status(0), u"Mismatch"_s);
        QVERIFY(model()->setData(model()->index(0, EntryTableModel::NameColumn), u"page.html"_s));
        QCOMPARE(status(0), u"OK"_s);
        QCOMPARE(model()->entry(0).contentState, AuthoringEntry::ContentState::Checked);
        QVERIFY(!panel()->contentChecker()->isRunning());
        panel()->undoStack()->undo();
        QCOMPARE(status(0), u"Mismatch"_s);
    }

    void checkSourcesAgainChecksAgain()
    {
        const QString path = file(u"pkg.tar.gz"_s, tarGz());
        add({path});
        QCOMPARE(status(0), u"OK"_s);
        // The mirror's error page replaces the download.
        file(u"pkg.tar.gz"_s, "<!DOCTYPE html><html><body>503</body></html>");
        m_window->actions()->recheck->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status(0), u"Mismatch"_s, 10000);
    }

    void buildDialogListsWarnings()
    {
        const QByteArray gz = tarGz();
        add({file(u"good.tar.gz"_s, gz), file(u"page.tar.gz"_s, "<html><body>Not Found</body></html>"),
            file(u"trunc.tar.gz"_s, gz.left(gz.size() / 2))});
        m_window->actions()->buildImage->trigger();
        auto *dialog = UiTest::waitForVisible<BuildDialog>(u"buildDialog"_s);
        QVERIFY(dialog);
        dialog->setOutputPath(QDir(m_dir->path()).filePath(u"out.img"_s));
        // The truncated file looks right in its first bytes: only the mismatch is known yet.
        QCOMPARE(dialog->warnings().size(), 1);
        QVERIFY2(
            dialog->warnings().constFirst().contains(u"page.tar.gz"_s), qPrintable(dialog->warnings().join(u'\n')));
        QCOMPARE(dialog->flaggedIds(), QList<quint64> {model()->entry(1).id});
        QVERIFY(dialog->buildButton()->isEnabled()); // a warning, not a blocker
        QVERIFY(dialog->warningNotice()->isVisible());

        // "Test Integrity of Flagged" tests the flagged row, and only it.
        QSignalSpy tested(panel()->integrity(), &IntegrityController::finished);
        dialog->testFlaggedAction()->trigger();
        QVERIFY(tested.wait(20000));
        QCOMPARE(model()->index(1, 0).data(EntryTableModel::IntegrityRole).toString(), u"mismatch"_s);
        QVERIFY(!model()->index(0, 0).data(EntryTableModel::IntegrityRole).isValid());
        QCOMPARE(status(1), u"Mismatch"_s); // not "Mismatch (+1)": one verdict, said once
        UiTest::closeDialogs();

        // A failed test is listed too, with its reason, and still does not block.
        panel()->testIntegrity(false);
        QVERIFY(tested.wait(20000));
        m_window->actions()->buildImage->trigger();
        dialog = UiTest::waitForVisible<BuildDialog>(u"buildDialog"_s);
        QVERIFY(dialog);
        dialog->setOutputPath(QDir(m_dir->path()).filePath(u"out.img"_s));
        QCOMPARE(dialog->warnings().size(), 2);
        QVERIFY(dialog->warnings().at(1).contains(u"trunc.tar.gz"_s));
        QVERIFY2(dialog->warnings().at(1).contains(u"Truncated"_s), qPrintable(dialog->warnings().at(1)));
        QVERIFY(dialog->buildButton()->isEnabled());
    }

    // The verdicts and digests of a folder of small files, which a tick of the jobs brings by
    // the thousand, go into the model a bounded portion per event: each change of the counts
    // the model signals is at most a portion, and every row ends checked and hashed.
    void resultsGoInPortions_data()
    {
        QTest::addColumn<int>("files");
        QTest::addRow("fewer than a portion") << 12;
        QTest::addRow("several portions") << SourceHasher::DigestsPerEvent + 2 * ContentChecker::VerdictsPerEvent + 37;
    }

    void resultsGoInPortions()
    {
        QFETCH(int, files);
        QStringList paths;
        for (int i = 0; i < files; ++i)
            paths << file(u"f%1.tar.gz"_s.arg(i), "<html>not a tarball</html>");
        int checking = -1, hashing = -1, largestChecked = 0, largestHashed = 0;
        connect(model(), &EntryTableModel::contentsChanged, this, [&] {
            const EntryTableModel::Summary s = model()->summary();
            if (checking >= 0 && s.entries == files) {
                largestChecked = std::max(largestChecked, checking - s.checkingContent);
                largestHashed = std::max(largestHashed, hashing - s.hashing);
            }
            checking = s.checkingContent;
            hashing = s.hashing;
        });
        add(paths);
        QTRY_VERIFY_WITH_TIMEOUT(
            model()->summary().hashing == 0 && !m_window->authoringPanel()->contentChecker()->isRunning(), 20000);
        QCOMPARE(model()->rowCount(), files);
        QCOMPARE(model()->summary().mismatches, files);
        QVERIFY2(largestChecked > 0 && largestChecked <= ContentChecker::VerdictsPerEvent,
            qPrintable(u"%1 verdicts in one event"_s.arg(largestChecked)));
        QVERIFY2(largestHashed > 0 && largestHashed <= SourceHasher::DigestsPerEvent,
            qPrintable(u"%1 digests in one event"_s.arg(largestHashed)));
    }

    // A batch of verdicts costs the batch: 100 results in a list of 20,000 judge 100 rows.
    void aBatchCostsTheBatch()
    {
        QUndoStack undo;
        EntryTableModel list(&undo);
        QList<AuthoringEntry> entries;
        for (int i = 0; i < 20000; ++i)
            entries << AuthoringEntry::fromBuildEntry(
                BuildEntry::fromRange(u"/nonexistent"_s, 0, 10, "f" + QByteArray::number(i) + ".tar.gz"), false);
        list.insertEntries(0, entries);
        QCOMPARE(list.summary().checkingContent, 20000);
        QList<EntryTableModel::ContentResult> batch;
        for (int i = 0; i < 100; ++i)
            batch << EntryTableModel::ContentResult {
                list.entry(i * 7).id, ContentCheck::sniff("<html>gone</html>", list.entry(i * 7).displayName())};
        const quint64 before = EntryValidator::judgedRows();
        list.setContentChecks(batch);
        const EntryTableModel::Summary s = list.summary();
        QCOMPARE(EntryValidator::judgedRows() - before, quint64(100));
        QCOMPARE(s.mismatches, 100);
        QCOMPARE(s.warningRows, 100);
        QCOMPARE(s.checkingContent, 19900);
    }
};

QTEST_MAIN(TestContentCheck)
#include "tst_ui_contentcheck.moc"
