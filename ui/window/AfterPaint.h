// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

// Runs a function once a widget has been painted.
//
// Work put off "until the next event" (a posted call, a zero-interval QTimer) usually runs
// before a new widget's first paint: the paint request is posted at low priority, or not at all
// until the widget is shown. The GUI thread then handles the work and the first paint of the
// whole window back to back. A new tab that fills its views after its first paint shows an
// empty frame first, then repaints only the views that changed (issue 24: the checkout tab's
// first paint and plan load were one 18 ms stretch).
class AfterPaint : public QObject
{
    Q_OBJECT
public:
    // Runs `call` after `widget`'s next paint has been handled, or after `fallbackMs` when
    // nothing paints it by then (a hidden widget, a window that is not shown). Returns at once;
    // when `widget` is destroyed first, `call` never runs. GUI thread only.
    static void run(QWidget *widget, std::function<void()> call, int fallbackMs = 100);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    AfterPaint(QWidget *widget, std::function<void()> call, int fallbackMs);
    void fire();

    QWidget *m_widget;
    std::function<void()> m_call;
    QTimer m_fallback;
};
