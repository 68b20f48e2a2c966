// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QApplication>
#include <QList>
#include <QPair>
#include <QString>

class StallProbe;

// The bench's application: with a probe attached and measuring, takes the GUI thread's CPU
// time of every event the event loop delivers (not the ones sent from inside another event's
// handling, which are part of it) and hands the largest to the probe with its receiver and
// type; with tracing on, the wall-clock time of each too, for the slowest, and which widgets'
// paints the event with the most CPU time spent it on.
class BenchApplication : public QApplication
{
public:
    BenchApplication(int &argc, char **argv);

    void setProbe(StallProbe *probe) { m_probe = probe; }
    bool notify(QObject *receiver, QEvent *event) override;

private:
    StallProbe *m_probe = nullptr;
    int m_depth = 0;
    // With tracing: the widgets painted inside the current top-level event, with their CPU time.
    QList<QPair<QString, qint64>> m_paints;
};
