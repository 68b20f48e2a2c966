// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/OrderRequest.h"

#include <QTest>

using Step = OrderRequest::Step;

// The protocol both worker-ordered proxies follow: one computation at a time, and only the
// newest request is shown.
class TestOrderRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSortAndNoFilterShowsTheModel()
    {
        OrderRequest r;
        QVERIFY(r.isIdentity());
        QCOMPARE(r.next(), Step::ShowModel);
        QVERIFY(!r.isPending());
    }

    void aSortIsComputedAndItsResultShown()
    {
        OrderRequest r;
        r.setSort(2, Qt::DescendingOrder);
        QCOMPARE(r.next(), Step::Compute);
        QVERIFY(r.isPending());
        QVERIFY(r.finished());
        QVERIFY(!r.isPending());
    }

    void requestsDuringAComputationMakeItsResultStale_data()
    {
        QTest::addColumn<int>("requestsMeanwhile");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("many, only the newest is computed") << 5;
    }
    void requestsDuringAComputationMakeItsResultStale()
    {
        QFETCH(int, requestsMeanwhile);
        OrderRequest r;
        QVERIFY(r.setFilter(QStringLiteral("gcc")));
        QCOMPARE(r.next(), Step::Compute);
        for (int i = 0; i < requestsMeanwhile; ++i) {
            r.setSort(i, Qt::AscendingOrder);
            QCOMPARE(r.next(), Step::Wait);
        }
        QCOMPARE(r.finished(), requestsMeanwhile == 0);
        if (requestsMeanwhile > 0) {
            QCOMPARE(r.next(), Step::Compute);
            QCOMPARE(r.sortColumn(), requestsMeanwhile - 1);
            QVERIFY(r.finished());
        }
    }

    void theSameFilterTwiceIsNoRequest()
    {
        OrderRequest r;
        QVERIFY(r.setFilter(QStringLiteral("a")));
        QVERIFY(!r.setFilter(QStringLiteral("a")));
        QVERIFY(r.setFilter(QString()));
        QVERIFY(r.isIdentity());
    }

    void aModelChangeInvalidatesOnlyARunningComputation()
    {
        OrderRequest r;
        r.invalidate();
        r.setSort(0, Qt::AscendingOrder);
        QCOMPARE(r.next(), Step::Compute);
        QVERIFY(r.finished()); // the change before the start did not count
        QCOMPARE(r.next(), Step::Compute);
        r.invalidate();
        QVERIFY(!r.finished());
    }
};

QTEST_GUILESS_MAIN(TestOrderRequest)
#include "tst_ui_order_request.moc"
