// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/meters/FillMeter.h"
#include "widgets/presentation/StatusColours.h"

#include <QApplication>

#include <algorithm>

FillMeter::FillMeter(QWidget *parent)
    : QProgressBar(parent)
{
    setRange(0, 1000);
    setValue(0);
    setTextVisible(true);
}

QColor FillMeter::overColor()
{
    // The negative colour, dark or light enough for the bar's own text drawn over it.
    return StatusColours::forText(
        StatusColours::Role::Negative, QApplication::palette().color(QPalette::HighlightedText));
}

void FillMeter::setUsage(qint64 used, qint64 limit)
{
    m_used = used;
    m_limit = limit;
    // Divided first: used * 1000 overflows nothing here, but a limit of 0 would divide by it.
    const qint64 permille =
        limit > 0 ? std::clamp<qint64>(qint64(double(used) * 1000.0 / double(limit)), 0, 1000) : (used > 0 ? 1000 : 0);
    setValue(int(permille));
    updateColor();
}

double FillMeter::percent() const
{
    return m_limit > 0 ? double(m_used) * 100.0 / double(m_limit) : 0.0;
}

void FillMeter::updateColor()
{
    // A palette, not a style sheet, so the bar keeps the platform style's look.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Highlight, isOver() ? overColor() : QApplication::palette().color(QPalette::Highlight));
    setPalette(palette);
}
