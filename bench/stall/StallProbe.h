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
// With tracing on (StallProbe::traceEvents), the application's notify() also times every
// event the loop delivers, so a stall can be pinned to the receiver and the event that caused it.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    struct SlowEvent
    {
        double ms = 0;
        QString what; // "receiver class (object name): event type"
    };

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

    // Called by the bench's application for every top-level event; `ns` is its handling time.
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
};
