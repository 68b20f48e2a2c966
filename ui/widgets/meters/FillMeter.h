// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QProgressBar>

// A bar that shows how much of a limit is used: the status bar's target-disk fill and the
// first image's budget. The platform style draws it; only its highlight changes, to red once
// the use goes past the limit, so every meter of the application reads the same way.
class FillMeter : public QProgressBar
{
    Q_OBJECT
public:
    explicit FillMeter(QWidget *parent = nullptr);

    // Shows `used` of `limit` (per mille, clamped to full). A `limit` of 0 or less with
    // anything used counts as over. The text is the caller's (setFormat()).
    void setUsage(qint64 used, qint64 limit);
    qint64 used() const { return m_used; }
    qint64 limit() const { return m_limit; }
    bool isOver() const { return m_used > m_limit; }
    // Per cent of the limit used, unclamped (0 when there is no limit).
    double percent() const;

    // The red of an exceeded limit: the negative status colour, readable under the bar's text.
    static QColor overColor();

private:
    void updateColor();

    qint64 m_used = 0;
    qint64 m_limit = 0;
};
