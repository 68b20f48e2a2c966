// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QApplication>

class StallProbe;

// The bench's application: with a probe attached and tracing on, times every event the event
// loop delivers (not the ones sent from inside another event's handling, which are part of
// it) and hands the slow ones to the probe with their receiver and type.
class BenchApplication : public QApplication
{
public:
    BenchApplication(int &argc, char **argv);

    void setProbe(StallProbe *probe) { m_probe = probe; }
    bool notify(QObject *receiver, QEvent *event) override;

private:
    StallProbe *m_probe = nullptr;
    int m_depth = 0;
};
