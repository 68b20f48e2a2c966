// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutFixture.h"
#include "LocalHttpServer.h"
#include "UiTestSupport.h"

#include "PayloadReader.h"
#include "controllers/authoring/BuildController.h"
#include "controllers/authoring/EntryImporter.h"
#include "controllers/checkout/CheckoutSession.h"
#include "dialogs/BuildDialog.h"
#include "model/authoring/EntryTableModel.h"
#include "model/checkout/CheckoutDistfileModel.h"
#include "panels/AuthoringPanel.h"
#include "panels/CheckoutPanel.h"
#include "widgets/messages/NoticeBar.h"
#include "window/AppSettings.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using Half = CheckoutDistfileModel::Half;
using State = DistfileCheck::State;

// File > Open live-bootstrap Checkout…: the checkout tab's model after a check, the counts,
// when Build external.img is enabled, the folder watcher, the findings, Copy Missing URLs, the
// build dialog's preset and Open as Payload List. Offscreen, with a hash cache of its own.
class TestCheckoutUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CheckoutFixture> m_checkout;

    CheckoutPanel *openChecked()
    {
        CheckoutPanel *panel = m_window->openCheckout(m_checkout->root());
        if (!panel)
            return nullptr;
        CheckoutSession *session = panel->session();
        const bool done = QTest::qWaitFor(
            [session] {
                return !session->isBusy() && session->model()->count(Half::FirstImage, State::Unchecked) == 0 &&
                    session->model()->count(Half::ExternalImage, State::Unchecked) == 0;
            },
            20000);
        return done ? panel : nullptr;
    }

    static QStringList namesOf(const CheckoutDistfileModel *model, CheckoutDistfileModel::Group group)
    {
        QStringList names;
        const QModelIndex parent = model->groupIndex(group);
        for (int r = 0; r < model->rowCount(parent); ++r)
            names << model->index(r, CheckoutDistfileModel::NameColumn, parent).data().toString();
        return names;
    }

    static QString statusOf(const CheckoutDistfileModel *model, const QString &name)
    {
        return model->indexOfDistfile(model->indicesOf(name).value(0, -1), CheckoutDistfileModel::StatusColumn)
            .data()
            .toString();
    }

    QAction *buildAction() const { return m_window->actions()->buildExternal; }

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_checkout = std::make_unique<CheckoutFixture>(m_dir->filePath(QStringLiteral("live-bootstrap")));
        m_checkout->writeStandard();
        m_window = std::make_unique<MainWindow>();
        // Never the user's cache.
        m_window->setHashCachePath(m_dir->filePath(QStringLiteral("cache/sha256-cache")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        UiTest::closeDialogs();
        m_window.reset();
        m_checkout.reset();
        m_dir.reset();
    }

    void standardCheckoutIsAllOk()
    {
        CheckoutPanel *panel = openChecked();
        QVERIFY(panel);
        const CheckoutDistfileModel *model = panel->session()->model();
        QCOMPARE(m_window->tabs()->currentWidget(), panel);
        QCOMPARE(panel->splitCombo()->currentText(), QStringLiteral("import_payload"));
        QCOMPARE(namesOf(model, CheckoutDistfileModel::FirstImageGroup), CheckoutFixture::standardFirstImage());
        QCOMPARE(namesOf(model, CheckoutDistfileModel::ExternalGroup), CheckoutFixture::standardExternalImage());
        for (const QString &name : CheckoutFixture::standardNames()) {
            QCOMPARE(statusOf(model, name), QStringLiteral("OK"));
            const QModelIndex status = model->indexOfDistfile(model->indicesOf(name).constFirst(), 0);
            QCOMPARE(status.data(CheckoutDistfileModel::StateKeyRole).toString(), QStringLiteral("ok"));
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        QCOMPARE(model->count(Half::ExternalImage, State::Ok), 4);
        QCOMPARE(model->count(Half::FirstImage, State::Ok), 2);
        QVERIFY(model->allOk(Half::ExternalImage));
        // The g line's `_` URL: only mirrors can provide it.
        const int gnulib = model->indicesOf(QStringLiteral("gnulib-abc.tar.gz")).constFirst();
        QCOMPARE(model->indexOfDistfile(gnulib, CheckoutDistfileModel::UrlColumn).data().toString(),
            QStringLiteral("— (mirrors only)"));
        QCOMPARE(model->indexOfDistfile(gnulib, CheckoutDistfileModel::StepsColumn).data().toString(),
            QStringLiteral("pkg-d"));
        const QString summary = panel->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("all 4 OK")), qPrintable(summary));
        QVERIFY(buildAction()->isEnabled());
        QVERIFY(m_window->actions()->openAsPayloadList->isEnabled());
        QVERIFY(panel->findingsView()->topLevelItemCount() == 0);
        QCOMPARE(panel->extraFilesView()->count(), 0);

        // The filter narrows both halves by name, step or URL.
        panel->filterEdit()->setText(QStringLiteral("gamma"));
        QCOMPARE(panel->proxy()->rowCount(panel->proxy()->index(0, 0)), 1);
        QCOMPARE(panel->proxy()->rowCount(), 1);
        panel->filterEdit()->clear();
        QCOMPARE(panel->proxy()->rowCount(), 2);

        // A check while running disables Build; the cache answers the second check.
        m_window->actions()->checkDistfiles->trigger();
        QVERIFY(panel->session()->isChecking());
        QVERIFY(!buildAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->session()->isBusy(), 20000);
        QVERIFY(buildAction()->isEnabled());
        QCOMPARE(panel->session()->checkJob()->bytesHashed(), 0);
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("cache/sha256-cache"))));
    }

    void missingAndWrongFiles()
    {
        QVERIFY(QFile::remove(m_checkout->distfile(QStringLiteral("delta-4.tar.bz2"))));
        m_checkout->addDistfile(QStringLiteral("gamma-3.tar.gz"), "not gamma\n");
        m_checkout->addDistfile(QStringLiteral("stray.txt"), "left over\n");
        CheckoutPanel *panel = openChecked();
        QVERIFY(panel);
        const CheckoutDistfileModel *model = panel->session()->model();
        QCOMPARE(statusOf(model, QStringLiteral("delta-4.tar.bz2")), QStringLiteral("Missing"));
        QCOMPARE(statusOf(model, QStringLiteral("gamma-3.tar.gz")), QStringLiteral("Wrong checksum"));
        QCOMPARE(statusOf(model, QStringLiteral("zeta-6.txt")), QStringLiteral("OK"));
        QCOMPARE(model->count(Half::ExternalImage, State::Missing), 1);
        QCOMPARE(model->count(Half::ExternalImage, State::WrongChecksum), 1);
        QCOMPARE(model->count(Half::ExternalImage, State::Ok), 2);
        QCOMPARE(model->bytes(Half::ExternalImage, State::WrongChecksum), qint64(10));
        const QString summary = panel->summaryLabel()->text();
        // (Plural forms come from the English catalogue; the counts are what matters here.)
        QVERIFY2(summary.contains(QStringLiteral(": 2 OK")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 missing")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 wrong checksum")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 extra file")), qPrintable(summary));
        QCOMPARE(panel->extraFilesView()->count(), 1);
        QCOMPARE(panel->extraFilesView()->item(0)->text(), QStringLiteral("stray.txt"));
        QVERIFY(!buildAction()->isEnabled());

        // One URL a line, missing and wrong ones, in the table's order.
        QVERIFY(m_window->actions()->copyMissingUrls->isEnabled());
        m_window->actions()->copyMissingUrls->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
            QStringLiteral("https://example.org/src/delta-4.tar.bz2\nhttps://example.org/src/gamma-3.tar.gz\n"));
    }

    // Fetch Missing against a server of the test's own: the first mirror has a wrong gamma and
    // no delta, the second has both right; only verified files take their names.
    void fetchMissingDownloadsFromTheMirrors()
    {
        LocalHttpServer server;
        QVERIFY(server.start());
        const QByteArray gamma = CheckoutFixture::contentOf(QStringLiteral("gamma-3.tar.gz"));
        const QByteArray delta = CheckoutFixture::contentOf(QStringLiteral("delta-4.tar.bz2"));
        server.serve(QStringLiteral("/m1/gamma-3.tar.gz"), "<html>wrong</html>");
        server.serve(QStringLiteral("/m2/gamma-3.tar.gz"), gamma);
        server.serve(QStringLiteral("/m2/delta-4.tar.bz2"), delta);
        AppSettings::setMirrors({server.url(QStringLiteral("/m1")), server.url(QStringLiteral("/m2/"))});
        QVERIFY(QFile::remove(m_checkout->distfile(QStringLiteral("delta-4.tar.bz2"))));
        m_checkout->addDistfile(QStringLiteral("gamma-3.tar.gz"), "not gamma\n");

        CheckoutPanel *panel = openChecked();
        QVERIFY(panel);
        const CheckoutDistfileModel *model = panel->session()->model();
        QCOMPARE(model->count(Half::ExternalImage, State::Missing), 1);
        QCOMPARE(model->count(Half::ExternalImage, State::WrongChecksum), 1);
        QVERIFY(!buildAction()->isEnabled());
        QVERIFY(m_window->actions()->fetchMissing->isEnabled());
        m_window->actions()->fetchMissing->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->count(Half::ExternalImage, State::Ok), 4, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(buildAction()->isEnabled(), 10000);
        QCOMPARE(statusOf(model, QStringLiteral("gamma-3.tar.gz")), QStringLiteral("OK"));

        QFile fetched(m_checkout->distfile(QStringLiteral("gamma-3.tar.gz")));
        QVERIFY(fetched.open(QIODevice::ReadOnly));
        QCOMPARE(fetched.readAll(), gamma);
        QCOMPARE(server.hits(QStringLiteral("/m1/gamma-3.tar.gz")), 1);
        QCOMPARE(server.hits(QStringLiteral("/m2/delta-4.tar.bz2")), 1);
        // Nothing else was left in the folder: no temporary file, no extra file.
        QCOMPARE(QDir(m_checkout->distfilesDir()).entryList(QDir::Files | QDir::Hidden).size(), 6);
        QCOMPARE(panel->extraFilesView()->count(), 0);
        AppSettings::setMirrors({});
    }

    void watcherChecksAFileThatAppears()
    {
        QVERIFY(QFile::remove(m_checkout->distfile(QStringLiteral("zeta-6.txt"))));
        CheckoutPanel *panel = openChecked();
        QVERIFY(panel);
        const CheckoutDistfileModel *model = panel->session()->model();
        QCOMPARE(statusOf(model, QStringLiteral("zeta-6.txt")), QStringLiteral("Missing"));
        QVERIFY(!buildAction()->isEnabled());
        QSignalSpy full(panel->session(), &CheckoutSession::checkFinished);

        m_checkout->addDistfile(QStringLiteral("zeta-6.txt"), CheckoutFixture::contentOf(QStringLiteral("zeta-6.txt")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, QStringLiteral("zeta-6.txt")), QStringLiteral("OK"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(buildAction()->isEnabled(), 10000);
        // By itself, not by a check of the whole list.
        QCOMPARE(full.count(), 0);

        // A file that changes in place is looked at again too.
        m_checkout->addDistfile(QStringLiteral("zeta-6.txt"), "changed\n");
        QTRY_COMPARE_WITH_TIMEOUT(
            statusOf(model, QStringLiteral("zeta-6.txt")), QStringLiteral("Wrong checksum"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!buildAction()->isEnabled(), 10000);
        QCOMPARE(full.count(), 0);
    }

    void findingsNameFileAndLine()
    {
        m_checkout->setSources(QStringLiteral("pkg-e"),
            CheckoutFixture::fLine(QStringLiteral("zeta-6.txt")) + "f https://example.org/short\n");
        CheckoutPanel *panel = openChecked();
        QVERIFY(panel);
        QTreeWidget *findings = panel->findingsView();
        QVERIFY(findings->topLevelItemCount() >= 1);
        const QString where = findings->topLevelItem(0)->text(0);
        QVERIFY2(where == QStringLiteral("steps/pkg-e/sources:2"), qPrintable(where));
        QVERIFY(!findings->topLevelItem(0)->text(1).isEmpty());
    }

    // Opening shows the tab at once and reads the plan into it on the next event: the session
    // is busy from the start, so that whoever waits for the check waits for the plan too; a
    // split chosen before that event wins, and the plan is read once, not twice.
    void openLoadsThePlanOnTheNextEvent_data()
    {
        QTest::addColumn<QString>("chosen"); // empty: left as remembered
        QTest::addColumn<QString>("planned");
        QTest::addRow("left alone") << QString() << QStringLiteral("import_payload");
        QTest::addRow("split chosen before the load") << QStringLiteral("setup") << QStringLiteral("setup");
    }

    void openLoadsThePlanOnTheNextEvent()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, planned);
        CheckoutPanel *panel = m_window->openCheckout(m_checkout->root());
        QVERIFY(panel);
        CheckoutSession *session = panel->session();
        QVERIFY(session->isBusy());
        QCOMPARE(session->model()->rows(Half::ExternalImage), 0);
        QSignalSpy plans(session->model(), &QAbstractItemModel::modelReset);
        if (!chosen.isEmpty())
            panel->splitCombo()->setCurrentText(chosen);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 20000);
        QTest::qWait(50);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(session->plan().splitStep(), planned);
        QCOMPARE(panel->splitCombo()->currentText(), planned);
        QVERIFY(session->model()->rows(Half::ExternalImage) > 0);
        QCOMPARE(session->model()->count(Half::ExternalImage, State::Unchecked), 0);
    }

    void noSplitStepAsks()
    {
        m_checkout->setManifest("build: pkg-a\nimprove: setup\nbuild: pkg-c\n");
        CheckoutPanel *panel = m_window->openCheckout(m_checkout->root());
        QVERIFY(panel);
        QCOMPARE(panel->splitCombo()->currentIndex(), -1);
        QVERIFY(panel->planNotice()->isVisibleTo(panel));
        QCOMPARE(panel->planNotice()->messageType(), KMessageWidget::Information);
        QVERIFY(!panel->session()->isBusy());
        QVERIFY(!buildAction()->isEnabled());
        panel->splitCombo()->setCurrentText(QStringLiteral("setup"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->session()->isBusy(), 20000);
        QVERIFY(!panel->planNotice()->isVisibleTo(panel));
        QCOMPARE(panel->session()->model()->rows(Half::FirstImage), 1);
    }

    void notACheckout()
    {
        QVERIFY(!m_window->openCheckout(m_dir->path()));
        QCOMPARE(m_window->tabs()->count(), 1);
        auto *box = UiTest::waitForVisible<QMessageBox>(QStringLiteral("notCheckout"));
        QVERIFY(box);
        QVERIFY(box->text().contains(m_dir->path()));
    }

    void buildDialogHasUpstreamPreset()
    {
        // The list's defaults (shared by the UI tests' settings) say: no manifest, unsorted.
        AppSettings::BuildDefaults listDefaults;
        listDefaults.writeManifest = false;
        listDefaults.sortByName = false;
        AppSettings::setBuildDefaults(listDefaults);
        CheckoutPanel *panel = openChecked();
        QVERIFY(panel);
        QVERIFY(buildAction()->isEnabled());
        buildAction()->trigger();
        auto *dialog = UiTest::waitForVisible<BuildDialog>(QStringLiteral("buildDialog"));
        QVERIFY(dialog);
        const QString output = m_dir->filePath(QStringLiteral("external.img"));
        dialog->setOutputPath(output);
        QVERIFY(dialog->buildButton()->isEnabled());
        const BuildRequest request = dialog->request();
        QCOMPARE(request.options.layout, PayloadFormat::Layout::U32);
        QVERIFY(request.options.sortByName);
        QVERIFY(request.verifyAfterWriting);
        QVERIFY(request.manifestFormat.has_value());
        QStringList names;
        for (const BuildEntry &e : request.entries) {
            names << QString::fromUtf8(e.name);
            QCOMPARE(e.knownSha256.size(), 64);
            QVERIFY(e.identity.has_value());
        }
        QCOMPARE(names, CheckoutFixture::standardExternalImage());

        QSignalSpy finished(m_window->buildController(), &BuildController::finished);
        dialog->buildButton()->click();
        QVERIFY(finished.wait(30000));
        const BuildResult result = finished.first().first().value<BuildResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        PayloadReader reader;
        QVERIFY2(reader.open(output), qPrintable(reader.errorString()));
        QCOMPARE(reader.entries().size(), 4);
        QCOMPARE(reader.entries().at(0).rawName, QByteArray("delta-4.tar.bz2"));
        // The list's own build defaults are untouched by the checkout's preset.
        QVERIFY(!AppSettings::buildDefaults().writeManifest);
        QVERIFY(!AppSettings::buildDefaults().sortByName);
    }

    void openAsPayloadList()
    {
        CheckoutPanel *panel = openChecked();
        QVERIFY(panel);
        AuthoringPanel *list = m_window->authoringPanel();
        QSignalSpy done(list->importer(), &EntryImporter::finished);
        m_window->actions()->openAsPayloadList->trigger();
        QVERIFY(done.wait(10000));
        QCOMPARE(m_window->tabs()->currentWidget(), list);
        QStringList names;
        for (const AuthoringEntry &e : list->model()->entries()) {
            names << e.displayName();
            QCOMPARE(e.sourcePath, m_checkout->distfile(e.displayName()));
            // The checked digest is carried: nothing is hashed again.
            QCOMPARE(e.hashState, AuthoringEntry::HashState::Done);
        }
        QCOMPARE(names, CheckoutFixture::standardExternalImage());
        QCOMPARE(list->layout(), PayloadFormat::Layout::U32);
    }
};

QTEST_MAIN(TestCheckoutUi)
#include "tst_ui_checkout.moc"
