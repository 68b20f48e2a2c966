// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/StallProbe.h"

#include <algorithm>

bool StallProbe::traceEvents = false;

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(intervalMs);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        m_maxGapNs = std::max(m_maxGapNs, m_sinceTick.nsecsElapsed());
        m_sinceTick.restart();
        ++m_ticks;
    });
}

void StallProbe::start()
{
    m_maxGapNs = 0;
    m_elapsedNs = 0;
    m_ticks = 0;
    m_slowest.clear();
    m_maxEventCpuNs = 0;
    m_maxEventCpuWhat.clear();
    m_clock.start();
    m_sinceTick.start();
    m_ticker.start();
}

void StallProbe::stop()
{
    // The stretch since the last tick counts too: the scenario may end inside a long event.
    m_maxGapNs = std::max(m_maxGapNs, m_sinceTick.nsecsElapsed());
    m_elapsedNs = m_clock.nsecsElapsed();
    m_ticker.stop();
}

double StallProbe::maxStallMs() const
{
    return std::max(0.0, m_maxGapNs / 1e6 - m_intervalMs);
}

void StallProbe::recordEventCpu(qint64 cpuNs, const QString &what)
{
    if (cpuNs <= m_maxEventCpuNs)
        return;
    m_maxEventCpuNs = cpuNs;
    m_maxEventCpuWhat = what;
}

void StallProbe::recordEvent(qint64 ns, const QString &what)
{
    const double ms = ns / 1e6;
    constexpr int Kept = 8;
    if (m_slowest.size() >= Kept && ms <= m_slowest.constLast().ms)
        return;
    m_slowest << SlowEvent {ms, what};
    std::sort(m_slowest.begin(), m_slowest.end(), [](const SlowEvent &a, const SlowEvent &b) { return a.ms > b.ms; });
    if (m_slowest.size() > Kept)
        m_slowest.removeLast();
}
