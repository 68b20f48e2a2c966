// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QString>

// Something the checkout's parser met that upstream's generator would crash on, misread or
// silently skip: a blank or short sources line, a malformed checksum, an unknown directive.
// Each names its file and line, so that the user can go and fix it.
struct CheckoutFinding {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 1-based; 0 when the finding is about the file as a whole
    QString message;

    // "<file>:<line>: error: <message>" (translated severity word).
    QString text() const;
};

using CheckoutFindings = QList<CheckoutFinding>;
