// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

// Measures how long the GUI thread is kept from its event loop: a precise timer ticks every
// `intervalMs` and the longest gap between two ticks, less the interval, is the longest stall
// a user could have felt (a click or a repaint waits at most that long).
//
// The application's notify() also reports the GUI thread's CPU time of every event the loop
// delivers: the largest is the work one event does on the GUI thread, whatever the machine's
// load, and must stay under half a frame (EventCpuTargetMs). With tracing on
// (StallProbe::traceEvents) the slowest events by wall time are kept too, so a stall can be
// pinned to the receiver and the event that caused it.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    struct SlowEvent
    {
        double ms = 0;
        QString what; // "receiver class (object name): event type"
    };

    // Half a frame at 60 Hz: the most GUI-thread CPU time one event may take.
    static constexpr double EventCpuTargetMs = 8.0;

    explicit StallProbe(int intervalMs = 2, QObject *parent = nullptr);

    // Starts a measurement (resets the figures).
    void start();
    // Ends it; the figures stay readable.
    void stop();

    // The longest gap between two ticks, minus the interval, in milliseconds (0 when none).
    double maxStallMs() const;
    int ticks() const { return m_ticks; }
    double seconds() const { return m_clock.isValid() ? m_elapsedNs / 1e9 : 0; }
    // The slowest events delivered while measuring, slowest first (with tracing only).
    const QList<SlowEvent> &slowest() const { return m_slowest; }

    // The most GUI-thread CPU time one event took while measuring, in ms, and which event it
    // was ("receiver class (object name): event type"; empty when no event was delivered).
    double maxEventCpuMs() const { return m_maxEventCpuNs / 1e6; }
    const QString &maxEventCpuWhat() const { return m_maxEventCpuWhat; }
    // True when `cpuNs` would be the new largest CPU time: the caller then describes the event.
    bool beatsEventCpu(qint64 cpuNs) const { return cpuNs > m_maxEventCpuNs; }
    // Called by the bench's application for every top-level event: `cpuNs` the GUI thread's
    // CPU time handling it. Keeps it when it is the largest so far.
    void recordEventCpu(qint64 cpuNs, const QString &what);
    // With tracing on, for every top-level event: `ns` its wall-clock handling time.
    void recordEvent(qint64 ns, const QString &what);
    bool isMeasuring() const { return m_ticker.isActive(); }

    // Set by --trace: keep the slowest events.
    static bool traceEvents;

private:
    int m_intervalMs;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceTick;
    qint64 m_maxGapNs = 0;
    qint64 m_elapsedNs = 0;
    int m_ticks = 0;
    QList<SlowEvent> m_slowest;
    qint64 m_maxEventCpuNs = 0;
    QString m_maxEventCpuWhat;
};
