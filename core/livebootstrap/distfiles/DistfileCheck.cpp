// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DistfileCheck.h"
#include "TrailerCheck.h"

QString DistfileCheck::stateName(State state)
{
    switch (state) {
    case State::Unchecked:
        return tr("not checked");
    case State::Present:
        return tr("present");
    case State::Ok:
        return tr("OK");
    case State::WrongChecksum:
        return tr("wrong checksum");
    case State::Missing:
        return tr("missing");
    case State::NotRegular:
        return tr("not a regular file");
    case State::Unreadable:
        return tr("unreadable");
    }
    return {};
}

QString DistfileCheck::statusText() const
{
    if (cutShort.isEmpty())
        return stateName(state);
    //: %1 a state such as "wrong checksum", %2 "cut short"
    return tr("%1, %2").arg(stateName(state), TrailerCheck::statusWord());
}
