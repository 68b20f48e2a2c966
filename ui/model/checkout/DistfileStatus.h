// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileCheck.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QVariant>

// How the state of a checkout's distfile reads in the status column, in the manner of the
// authoring view's statuses: a capitalised word, the icon and the colour of its level. A
// verified file wears the "verified" shield, a missing one (fetchable) the warning colour,
// a file that is there but wrong the error colour.
class DistfileStatus
{
    Q_DECLARE_TR_FUNCTIONS(DistfileStatus)
public:
    using State = DistfileCheck::State;
    static constexpr int StateCount = int(State::Unreadable) + 1;

    // "OK", "Missing", "Wrong checksum"…; `checking` turns "Not checked" into "Checking…".
    static QString word(State state, bool checking = false);
    // The stable key of a state for StateKeyRole and the tests ("ok", "missing", "wrong").
    static QString key(State state);
    static QIcon icon(State state);
    static QVariant foreground(State state);
    // A sentence for the tooltip: what the state means and what to do about it.
    static QString explanation(const DistfileCheck &check);
};
