// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/AfterPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace {
const QEvent::Type RunEvent = QEvent::Type(QEvent::registerEventType());
}

AfterPaint::AfterPaint(QWidget *widget, std::function<void()> call, int fallbackMs)
    : QObject(widget) // deleting the widget deletes this, its timer and its pending event
    , m_widget(widget)
    , m_call(std::move(call))
{
    m_fallback.setSingleShot(true);
    connect(&m_fallback, &QTimer::timeout, this, &AfterPaint::fire);
    m_fallback.start(fallbackMs);
    widget->installEventFilter(this);
}

void AfterPaint::run(QWidget *widget, std::function<void()> call, int fallbackMs)
{
    new AfterPaint(widget, std::move(call), fallbackMs);
}

bool AfterPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint) {
        // The rest of the window is painted in the same pass: run after it, not inside it.
        m_widget->removeEventFilter(this);
        m_fallback.stop();
        QCoreApplication::postEvent(this, new QEvent(RunEvent));
    }
    return false;
}

bool AfterPaint::event(QEvent *event)
{
    if (event->type() != RunEvent)
        return QObject::event(event);
    fire();
    return true;
}

void AfterPaint::fire()
{
    const std::function<void()> call = std::move(m_call);
    m_widget->removeEventFilter(this);
    delete this; // before the call, which may delete the widget
    call();
}
