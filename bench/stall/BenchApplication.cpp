// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/BenchApplication.h"
#include "stall/StallProbe.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>

#include <ctime>

namespace {
// The GUI thread's own CPU time: on a loaded machine, a long event may be one that waited for
// a core rather than one that worked.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString describe(const QObject *o)
{
    if (!o->objectName().isEmpty())
        return o->objectName();
    // Timers and watchers are nameless: their owner tells whose they are.
    return o->parent() ? QStringLiteral("in %1").arg(QLatin1String(o->parent()->metaObject()->className())) : QString();
}
} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{ }

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    if (!m_probe || !StallProbe::traceEvents || !m_probe->isMeasuring() || m_depth > 0)
        return QApplication::notify(receiver, event);
    // Read before delivery: the receiver may delete itself while handling the event.
    QString what = QStringLiteral("%1 (%2): %3")
                       .arg(QLatin1String(receiver->metaObject()->className()), describe(receiver),
                           QLatin1String(QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type())));
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = threadCpuNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    what += QStringLiteral(" [cpu %1 ms]").arg((threadCpuNs() - cpuBefore) / 1e6, 0, 'f', 2);
    m_probe->recordEvent(timer.nsecsElapsed(), what);
    return handled;
}
