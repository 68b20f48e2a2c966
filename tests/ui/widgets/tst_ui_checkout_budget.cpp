// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutFixture.h"
#include "UiTestSupport.h"

#include "Checkout.h"
#include "DistfilePlan.h"
#include "FirstImageFormat.h"
#include "SrcfsPlan.h"
#include "controllers/checkout/CheckoutBudget.h"
#include "controllers/checkout/CheckoutSession.h"
#include "dialogs/BuildDialog.h"
#include "model/checkout/CheckoutDistfileModel.h"
#include "panels/AuthoringPanel.h"
#include "panels/CheckoutPanel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/meters/FillMeter.h"
#include "widgets/meters/FirstImageBudgetView.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using Half = CheckoutDistfileModel::Half;
using State = DistfileCheck::State;

// The checkout tab's first-image strip: the layout the checkout's importer reads and where it
// says so, the budget meters of the selected split (following the split chooser), the marks of
// the split points that fit, and the build's default layout. The expected figures come from
// the fixture (file sizes) and, for the whole tree, from SrcfsPlan counted here directly.
class TestCheckoutBudgetUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CheckoutFixture> m_checkout;

    // Opens the fixture and waits until the distfiles are checked and every split counted.
    CheckoutPanel *openCounted()
    {
        CheckoutPanel *panel = m_window->openCheckout(m_checkout->root());
        return panel && waitCounted(panel) ? panel : nullptr;
    }

    static bool waitCounted(CheckoutPanel *panel)
    {
        return QTest::qWaitFor(
            [panel] {
                const CheckoutSession *session = panel->session();
                return !session->isBusy() && session->model()->count(Half::FirstImage, State::Unchecked) == 0 &&
                    !panel->budget()->isCounting() &&
                    panel->budget()->budgetOf(panel->splitCombo()->currentText()) != nullptr;
            },
            20000);
    }

    // SrcfsPlan of the fixture split at `step`, counted without the GUI.
    SrcfsPlan countDirectly(const QString &step) const
    {
        Checkout checkout;
        DistfilePlan plan;
        SrcfsPlan budget;
        if (checkout.load(m_checkout->root()) && plan.build(checkout, step))
            budget.count(checkout, plan, m_checkout->distfilesDir());
        return budget;
    }

    static qint64 sizeOf(const QString &name) { return CheckoutFixture::contentOf(name).size(); }

    static int indexOf(const QComboBox *combo, const QString &step) { return combo->findText(step); }

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_checkout = std::make_unique<CheckoutFixture>(m_dir->filePath(QStringLiteral("live-bootstrap")));
        m_checkout->writeStandard();
        m_checkout->setImporter(true);
        m_window = std::make_unique<MainWindow>();
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

    void layoutAndItsSource()
    {
        CheckoutPanel *panel = openCounted();
        QVERIFY(panel);
        const int line =
            CheckoutFixture::lineOf(CheckoutFixture::importerSource(true), CheckoutFixture::importerCountLine(true));
        QVERIFY(line > 0);
        const FirstImageBudgetView *view = panel->budgetView();
        QCOMPARE(view->layoutLabel()->text(),
            QStringLiteral("Layout: u64, read from %1 line %2").arg(CheckoutFixture::importerPath()).arg(line));
        QCOMPARE(view->layoutLabel()->toolTip(), QString::fromLatin1(CheckoutFixture::importerCountLine(true)));
        QVERIFY(view->layoutNotice()->isHidden());
    }

    void layoutFindingsAreWarnings()
    {
        m_checkout->setGenerator(false); // u32: the importer (u64) decides, with a warning
        CheckoutPanel *panel = openCounted();
        QVERIFY(panel);
        const FirstImageBudgetView *view = panel->budgetView();
        QVERIFY(view->layoutLabel()->text().startsWith(QStringLiteral("Layout: u64, read from ")));
        QVERIFY(view->layoutNotice()->isVisible());
        QCOMPARE(view->layoutNotice()->messageType(), KMessageWidget::Warning);
        QVERIFY(view->layoutNotice()->text().contains(CheckoutFixture::importerPath()));
        QVERIFY(view->layoutNotice()->text().contains(QStringLiteral("lib/generator.py")));
    }

    void noLayoutSaysSo()
    {
        QFile::remove(m_checkout->root() + QLatin1Char('/') + CheckoutFixture::importerPath());
        CheckoutPanel *panel = openCounted();
        QVERIFY(panel);
        QCOMPARE(panel->budgetView()->layoutLabel()->text(),
            QStringLiteral("Layout: u32 (the checkout does not say; u32 assumed)"));
    }

    void metersFollowTheSplit()
    {
        m_checkout->setFiwix(1381376);
        CheckoutPanel *panel = openCounted();
        QVERIFY(panel);
        QComboBox *split = panel->splitCombo();
        QCOMPARE(split->currentText(), QStringLiteral("import_payload"));
        const FirstImageBudgetView *view = panel->budgetView();
        const SrcfsPlan direct = countDirectly(QStringLiteral("import_payload"));
        const FirstImageBudget &b = direct.budget();
        QVERIFY(b.filesUsed > 10);
        QCOMPARE(view->filesMeter()->used(), qint64(b.filesUsed));
        QCOMPARE(view->filesMeter()->limit(), qint64(FirstImageFormat::MaxFiles));
        QCOMPARE(view->bytesMeter()->used(), b.bytesUsed);
        QCOMPARE(view->bytesMeter()->limit(), FirstImageFormat::MaxBytes);
        const QLocale locale;
        QCOMPARE(view->filesMeter()->text(),
            QStringLiteral("%1 of %2 files")
                .arg(locale.toString(b.filesUsed), locale.toString(FirstImageFormat::MaxFiles)));
        QVERIFY(view->titleLabel()->text().contains(QStringLiteral("import_payload")));
        // The Fiwix figure is inferred, and says so where it is shown.
        QVERIFY(view->fiwixLabel()->text().contains(QStringLiteral("(inferred)")));
        QVERIFY(view->fiwixMeter()->text().contains(QStringLiteral("inferred")));
        QVERIFY(view->fiwixMeter()->toolTip().startsWith(QStringLiteral("Inferred")));
        QCOMPARE(view->fiwixMeter()->limit(), FirstImageFormat::MaxBytes - 1381376LL * 1024);
        QCOMPARE(view->fiwixMeter()->used(), b.bytesUsed);
        QVERIFY(view->largestLabel()->text().startsWith(QStringLiteral("Largest: ")));

        // Moving the split past pkg-c and pkg-d adds their three distfiles (gamma, delta and
        // gnulib; alpha is already in), shown at once from the last count.
        split->setCurrentIndex(indexOf(split, QStringLiteral("get_network")));
        const qint64 added = sizeOf(QStringLiteral("gamma-3.tar.gz")) + sizeOf(QStringLiteral("delta-4.tar.bz2")) +
            sizeOf(QStringLiteral("gnulib-abc.tar.gz"));
        QCOMPARE(view->filesMeter()->used(), qint64(b.filesUsed + 3));
        QCOMPARE(view->bytesMeter()->used(), b.bytesUsed + added);
        QVERIFY(view->titleLabel()->text().contains(QStringLiteral("get_network")));
        QVERIFY(waitCounted(panel));
        QCOMPARE(view->filesMeter()->used(), qint64(b.filesUsed + 3));
        QCOMPARE(view->bytesMeter()->used(), b.bytesUsed + added);

        // A distfile that grows changes the count once the check has seen it.
        m_checkout->addDistfile(QStringLiteral("gamma-3.tar.gz"), QByteArray(50000, 'g'));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return view->bytesMeter()->used() ==
                    b.bytesUsed + added - sizeOf(QStringLiteral("gamma-3.tar.gz")) + 50000;
            },
            20000));
    }

    void splitsThatDoNotFitAreMarked()
    {
        // A Fiwix image that leaves less than 1 KiB for the srcfs split at import_payload: that
        // split fits, get_network (three more distfiles) does not. Both scripts are 7 digits.
        m_checkout->setFiwix(1000000);
        const qint64 used = countDirectly(QStringLiteral("import_payload")).budget().bytesUsed;
        QVERIFY(used > 0);
        const qint64 kib = (FirstImageFormat::MaxBytes - used) / 1024;
        QCOMPARE(QByteArray::number(kib).size(), 7);
        m_checkout->setFiwix(kib);
        QVERIFY(countDirectly(QStringLiteral("import_payload")).fits());

        CheckoutPanel *panel = openCounted();
        QVERIFY(panel);
        QComboBox *split = panel->splitCombo();
        const QStringList steps = {
            QStringLiteral("setup"), QStringLiteral("import_payload"), QStringLiteral("get_network")};
        QCOMPARE(split->count(), 3);
        const QList<bool> fits = {true, true, false};
        for (int i = 0; i < steps.size(); ++i) {
            const int index = indexOf(split, steps.at(i));
            QVERIFY(index >= 0);
            QCOMPARE(split->itemData(index, CheckoutBudget::FitsRole).toBool(), fits.at(i));
            QVERIFY(!split->itemIcon(index).isNull());
            QVERIFY(split->itemData(index, Qt::ToolTipRole)
                        .toString()
                        .contains(fits.at(i) ? QStringLiteral("fits") : QStringLiteral("does not fit")));
        }
        const FirstImageBudgetView *view = panel->budgetView();
        QCOMPARE(view->splitsLabel()->text(), QStringLiteral("Split points that fit: 2 of 3"));
        QVERIFY(view->splitsLabel()->toolTip().contains(QStringLiteral("get_network")));
        QVERIFY(!view->fiwixMeter()->isOver());
        QVERIFY(!view->notesLabel()->text().contains(QStringLiteral("does not fit")));

        split->setCurrentIndex(indexOf(split, QStringLiteral("get_network")));
        QVERIFY(view->fiwixMeter()->isOver());
        QVERIFY(view->fiwixMeter()->text().contains(QStringLiteral("short (inferred)")));
        QVERIFY(view->notesLabel()->isVisible());
        QVERIFY(view->notesLabel()->text().contains(QStringLiteral("does not fit")));
        QVERIFY(waitCounted(panel));
    }

    void requestsInAPauseMakeOneCount()
    {
        CheckoutPanel *panel = openCounted();
        QVERIFY(panel);
        QSignalSpy counted(panel->budget(), &CheckoutBudget::counted);
        for (int i = 0; i < 3; ++i) {
            panel->budget()->recount();
            QTest::qWait(CheckoutBudget::DebounceMs / 5);
        }
        QVERIFY(panel->budget()->isCounting());
        QVERIFY(counted.wait(10000));
        QTest::qWait(CheckoutBudget::DebounceMs * 2);
        QCOMPARE(counted.count(), 1);
        QVERIFY(!panel->budget()->isCounting());
        QVERIFY(!panel->budgetView()->titleLabel()->text().contains(QStringLiteral("counting")));
    }

    void stage0PosixNote()
    {
        CheckoutPanel *panel = openCounted();
        QVERIFY(panel);
        // The fixture has no seed/stage0-posix: the budget is too low, and says so.
        QVERIFY(panel->budgetView()->notesLabel()->isVisible());
        QVERIFY(panel->budgetView()->notesLabel()->text().contains(QStringLiteral("seed/stage0-posix")));
    }

    void buildDefaultsToTheCheckoutsLayout()
    {
        CheckoutPanel *panel = openCounted();
        QVERIFY(panel);
        QAction *build = m_window->actions()->buildExternal;
        QVERIFY(build->isEnabled());
        build->trigger();
        auto *dialog = UiTest::waitForVisible<BuildDialog>(QStringLiteral("buildDialog"));
        QVERIFY(dialog);
        dialog->setOutputPath(m_dir->filePath(QStringLiteral("external.img")));
        QCOMPARE(dialog->request().options.layout, PayloadFormat::Layout::U64);
        QVERIFY(dialog->layoutNotice()->isHidden());

        // The other layout is allowed, with a warning naming the importer.
        QComboBox *layout = nullptr;
        for (QComboBox *c : dialog->findChildren<QComboBox *>())
            if (c->accessibleName() == QStringLiteral("Layout"))
                layout = c;
        QVERIFY(layout);
        layout->setCurrentIndex(layout->findData(int(PayloadFormat::Layout::U32)));
        QCOMPARE(dialog->request().options.layout, PayloadFormat::Layout::U32);
        QVERIFY(dialog->layoutNotice()->isVisible());
        QCOMPARE(dialog->layoutNotice()->messageType(), KMessageWidget::Warning);
        QVERIFY(dialog->layoutNotice()->text().contains(CheckoutFixture::importerPath()));
        QVERIFY(dialog->buildButton()->isEnabled());
        dialog->reject();

        // Open as Payload List starts in the checkout's layout too.
        m_window->actions()->openAsPayloadList->trigger();
        QCOMPARE(m_window->authoringPanel()->layout(), PayloadFormat::Layout::U64);
    }
};

QTEST_MAIN(TestCheckoutBudgetUi)
#include "tst_ui_checkout_budget.moc"
