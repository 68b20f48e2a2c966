// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/presentation/StatusColours.h"

#include <cmath>

static QColor baseColour(StatusColours::Role role)
{
    switch (role) {
    case StatusColours::Role::Negative:
        return QColor(0xda, 0x44, 0x53);
    case StatusColours::Role::Neutral:
        return QColor(0xf6, 0x74, 0x00);
    case StatusColours::Role::Positive:
        break;
    }
    return QColor(0x27, 0xae, 0x60);
}

static double luminance(const QColor &colour)
{
    auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double StatusColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColours::forText(Role role, const QColor &background)
{
    const QColor start = baseColour(role);
    // Towards black on a light background, towards white on a dark one: the hue stays
    // recognisable while the colour moves just far enough.
    const QColor target = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    QColor colour = start;
    for (int step = 1; step <= 20 && contrast(colour, background) < minimumContrast; ++step) {
        const double t = step / 20.0;
        colour = QColor::fromRgbF(float(start.redF() + (target.redF() - start.redF()) * t),
            float(start.greenF() + (target.greenF() - start.greenF()) * t),
            float(start.blueF() + (target.blueF() - start.blueF()) * t));
    }
    return colour;
}

QColor StatusColours::forView(Role role, const QPalette &palette)
{
    return forText(role, palette.color(QPalette::Base));
}

QColor StatusColours::forWindow(Role role, const QPalette &palette)
{
    return forText(role, palette.color(QPalette::Window));
}

QPalette StatusColours::labelPalette(Role role, const QPalette &palette)
{
    QPalette result = palette;
    result.setColor(QPalette::WindowText, forText(role, palette.color(QPalette::Window)));
    result.setColor(QPalette::Text, forText(role, palette.color(QPalette::Base)));
    return result;
}
