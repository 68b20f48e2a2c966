// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

// The colours that mark a state in text: a problem, a warning, a success. They start from
// KDE's semantic colours (Breeze's negative, neutral and positive text) and are made darker on
// a light background or lighter on a dark one until they keep WCAG's contrast for text, so
// they stay readable under any colour scheme instead of being fixed.
class StatusColours
{
public:
    enum class Role { Negative, Neutral, Positive };

    // WCAG 2's minimum contrast ratio for normal text (level AA).
    static constexpr double minimumContrast = 4.5;

    // The colour of `role` for text drawn on `background`: its contrast with it is at least
    // minimumContrast (or as high as black or white allows).
    static QColor forText(Role role, const QColor &background);
    // For text in item views: on the Base colour of `palette`.
    static QColor forView(Role role, const QPalette &palette = QGuiApplication::palette());
    // For labels: on the Window colour of `palette`.
    static QColor forWindow(Role role, const QPalette &palette = QGuiApplication::palette());
    // WCAG 2's contrast ratio of two colours, from 1 (the same luminance) to 21.
    static double contrast(const QColor &a, const QColor &b);
    // `palette` with its text (on Window and on Base) in the colour of `role`.
    static QPalette labelPalette(Role role, const QPalette &palette);
};
