// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutFinding.h"

#include <QCoreApplication>

QString CheckoutFinding::text() const
{
    const QString where = line > 0 ? file + QLatin1Char(':') + QString::number(line) : file;
    const QString word = severity == Severity::Error ? QCoreApplication::translate("CheckoutFinding", "error")
                                                     : QCoreApplication::translate("CheckoutFinding", "warning");
    return QCoreApplication::translate("CheckoutFinding", "%1: %2: %3").arg(where, word, message);
}
