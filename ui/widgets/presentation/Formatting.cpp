// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/presentation/Formatting.h"

#include <QLocale>

QString Formatting::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString Formatting::exactBytes(qint64 bytes)
{
    return tr("%1 bytes").arg(QLocale().toString(bytes));
}

QString Formatting::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(bytes(qint64(bytesPerSecond)));
}

QString Formatting::duration(qint64 seconds)
{
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
    return tr("%1 h %2 min").arg(locale.toString(seconds / 3600), locale.toString(seconds % 3600 / 60));
}

QString Formatting::count(qint64 n)
{
    return QLocale().toString(n);
}

QString Formatting::percent(double percent, int decimals)
{
    const QLocale locale;
    // Where the sign goes and whether a space comes before it is the language's: English and
    // the C locale write it straight after the number, German and French after a no-break space.
    const QString number = locale.toString(percent, 'f', decimals);
    switch (locale.language()) {
    case QLocale::German:
    case QLocale::French:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Polish:
    case QLocale::Russian:
        return number + QChar(0x00A0) + locale.percent();
    default:
        break;
    }
    return number + locale.percent();
}

QString Formatting::sentence(const QString &text)
{
    if (text.isEmpty() || !text.at(0).isLower())
        return text;
    // Only an ordinary word: a message that begins with a file or member name ("page.tar.gz
    // is named like…", "../x escapes…") keeps the name as it is written.
    qsizetype end = 0;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    if (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char(':') &&
        text.at(end) != QLatin1Char(','))
        return text;
    return QLocale().toUpper(text.left(1)) + text.mid(1);
}
