// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "UiTestSupport.h"

#include "window/AfterPaint.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

namespace {

// A widget that writes down when it is painted, in the same log as the deferred call.
class LoggingWidget : public QWidget
{
public:
    explicit LoggingWidget(QStringList *log)
        : m_log(log)
    { }

protected:
    void paintEvent(QPaintEvent *) override { *m_log << QStringLiteral("paint"); }

private:
    QStringList *m_log;
};

} // namespace

// Work put off until a widget has been painted runs after that paint, not before it and not
// inside it; it still runs when nothing paints the widget, and never once the widget is gone.
class TestAfterPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void runsAfterTheFirstPaintOfAWidgetShownLater()
    {
        QStringList log;
        LoggingWidget widget(&log);
        widget.resize(200, 100);
        // As a new tab is filled: the call is put off before the widget is shown.
        AfterPaint::run(
            &widget, [&] { log << QStringLiteral("call"); }, 5000);
        QCoreApplication::processEvents();
        QVERIFY(log.isEmpty());
        widget.show();
        QTRY_VERIFY(log.contains(QStringLiteral("call")));
        QCOMPARE(log.first(), QStringLiteral("paint"));
        QCOMPARE(log.count(QStringLiteral("call")), 1);
    }

    void runsAfterTheFallbackWhenNothingPaints()
    {
        QWidget hidden;
        int calls = 0;
        QElapsedTimer clock;
        clock.start();
        AfterPaint::run(
            &hidden, [&] { ++calls; }, 50);
        QTRY_COMPARE(calls, 1);
        QVERIFY(clock.elapsed() >= 45);
        QTest::qWait(100);
        QCOMPARE(calls, 1);
    }

    void neverRunsOnceTheWidgetIsGone()
    {
        auto *widget = new QWidget;
        widget->show();
        int calls = 0;
        AfterPaint::run(
            widget, [&] { ++calls; }, 20);
        delete widget;
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void theCallMayDeleteTheWidget()
    {
        QPointer<QWidget> widget = new QWidget;
        widget->show();
        AfterPaint::run(widget, [&] { delete widget.data(); });
        QTRY_VERIFY(widget.isNull());
    }
};

QTEST_MAIN(TestAfterPaint)
#include "tst_ui_after_paint.moc"
