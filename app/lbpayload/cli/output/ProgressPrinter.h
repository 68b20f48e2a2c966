// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <mutex>

// The one-line progress display on standard error: bytes done and in all, rate, time left and
// the entry being worked on, redrawn in place at most ten times a second. It shows only when
// standard error is a terminal and --quiet was not given, so logs and pipes stay clean.
class ProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)
public:
    explicit ProgressPrinter(bool quiet);
    ~ProgressPrinter(); // erases the line
    ProgressPrinter(const ProgressPrinter &) = delete;
    ProgressPrinter &operator=(const ProgressPrinter &) = delete;

    // Whether anything will be drawn.
    bool enabled() const { return m_enabled; }
    // A JobControl whose progress is drawn here and whose cancel request is CancelSignal's
    // flag. It refers to this object, which must outlive the job.
    JobControl control();
    // Erases the line; later reports draw it again.
    void finish();

    // Erases the line of the printer currently drawing, if any, so that a message can be
    // written on a clean line. Safe to call from any thread.
    static void eraseActiveLine();

private:
    void report(qint64 done, qint64 total, const QString &current);
    QString line(qint64 done, qint64 total, const QString &current) const;
    void eraseLocked();

    bool m_enabled;
    bool m_drawn = false;
    std::mutex m_mutex;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1;
    QString m_current;
};
