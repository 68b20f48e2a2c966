// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/BenchApplication.h"
#include "stall/StallProbe.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>

#include <algorithm>

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

// `name` the receiver's object name, `parentClass` its parent's class (or nullptr).
QString describe(const QString &name, const char *parentClass)
{
    if (!name.isEmpty())
        return name;
    // Timers and watchers are nameless: their owner tells whose they are.
    return parentClass ? QStringLiteral("in %1").arg(QLatin1String(parentClass)) : QString();
}
// The widgets painted inside one event that cost the most CPU time: " (paints: QTableView
// 3.10 ms, …)"; empty when nothing was painted.
QString paintsOf(QList<QPair<QString, qint64>> paints)
{
    if (paints.isEmpty())
        return {};
    // A widget's paint includes its children's (they are painted from inside it): the list
    // says where the time went, not a sum.
    std::sort(paints.begin(), paints.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(paints.size(), 5); ++i)
        parts << QStringLiteral("%1 %2 ms").arg(paints.at(i).first, QString::number(paints.at(i).second / 1e6, 'f', 2));
    return QStringLiteral(" (%1 widgets painted; most CPU: %2)")
        .arg(paints.size())
        .arg(parts.join(QStringLiteral(", ")));
}
} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{ }

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    if (!m_probe || !m_probe->isMeasuring())
        return QApplication::notify(receiver, event);
    if (m_depth > 0) {
        // Inside another event: with tracing, the paints of a repaint are told apart, so that
        // a slow UpdateRequest names the widgets that cost it.
        if (!StallProbe::traceEvents || event->type() != QEvent::Paint)
            return QApplication::notify(receiver, event);
        // A plain QWidget is mostly a view's viewport or a container: its parent says which.
        QString painted = QLatin1String(receiver->metaObject()->className());
        if (painted == QLatin1String("QWidget") && receiver->parent())
            painted += QLatin1String(" in ") + QLatin1String(receiver->parent()->metaObject()->className()) +
                (receiver->parent()->objectName().isEmpty() ? QString()
                                                            : QLatin1Char(' ') + receiver->parent()->objectName());
        const qint64 before = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        m_paints.append({painted, threadCpuNs() - before});
        return handled;
    }
    m_paints.clear();
    // What the event is, read before delivery (the receiver may delete itself while handling
    // it) but put into words only for the events that are kept: most are not.
    const char *className = receiver->metaObject()->className();
    const QString name = receiver->objectName();
    const char *parentClass = receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr;
    const QEvent::Type type = event->type();
    const auto what = [&] {
        return QStringLiteral("%1 (%2): %3")
            .arg(QLatin1String(className), describe(name, parentClass),
                QLatin1String(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)));
    };
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = threadCpuNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 cpuNs = threadCpuNs() - cpuBefore;
    const qint64 wallNs = timer.nsecsElapsed();
    if (m_probe->beatsEventCpu(cpuNs))
        m_probe->recordEventCpu(cpuNs, what() + paintsOf(m_paints));
    if (StallProbe::traceEvents)
        m_probe->recordEvent(wallNs, what() + QStringLiteral(" [cpu %1 ms]").arg(cpuNs / 1e6, 0, 'f', 2));
    return handled;
}
