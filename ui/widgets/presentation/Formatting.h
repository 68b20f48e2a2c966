// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>

// How the application writes sizes, rates and durations, in the user's locale.
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
public:
    // "1.5 GiB" (IEC units, as KDE applications show them).
    static QString bytes(qint64 bytes);
    // "1,572,864,000 bytes", for tooltips where the exact number matters.
    static QString exactBytes(qint64 bytes);
    // "180 MiB/s".
    static QString rate(double bytesPerSecond);
    // "12 s", "3 min 5 s", "1 h 2 min".
    static QString duration(qint64 seconds);
    // "1,234" in English, "1.234" in German: a count with the locale's digit grouping.
    static QString count(qint64 n);
    // "64.9%" in English, "64,9 %" in French: `percent` with `decimals` places, written with
    // the locale's decimal point and percent sign.
    static QString percent(double percent, int decimals = 1);
    // `text` with its first letter capitalised when it begins with an ordinary word: a message
    // from the core shown as a sentence of its own. A leading file name is left as it is.
    static QString sentence(const QString &text);
};
