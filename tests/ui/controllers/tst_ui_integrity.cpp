// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveUiFixture.h"

#include "controllers/archive/IntegrityController.h"
#include "jobs/archive/IntegrityTestJob.h"
#include "model/image/ImageEntryModel.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/summaries/PayloadStatusWidget.h"
#include "widgets/views/ImageTableView.h"
#include "window/MainActions.h"

#include <QAction>

// Entries > Test Integrity in both views: results fill the status column as they arrive, a
// notice sums them up, a cancel leaves unfinished rows as they were.
class TestIntegrityUi : public QObject, private ArchiveUiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initApplication();
        setUp();
    }

    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

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
        QCOMPARE(controller->notice()->messageType(), KMessageWidget::Error);
        QVERIFY(controller->notice()->text().contains(summary));

        // The status bar counts what failed, beside the importer's problems.
        const PayloadStatusWidget *status = m_window->statusWidget();
        QVERIFY(status);
        QVERIFY2(status->problemsText().contains(QStringLiteral("2 failed integrity tests")),
            qPrintable(status->problemsText()));
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
        QCOMPARE(panel->integrity()->notice()->messageType(), KMessageWidget::Positive);
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
        QCOMPARE(panel->integrity()->notice()->messageType() == KMessageWidget::Warning,
            std::all_of(reports.cbegin(), reports.cend(),
                [](const ArchiveReport &r) { return r.passed() || r.status == ArchiveReport::Status::Canceled; }));
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
};

QTEST_MAIN(TestIntegrityUi)
#include "tst_ui_integrity.moc"
