// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

// The commands of lbpayload, in the order its help lists them. Those that need a library no
// other command needs are hand-overs to a helper program (HandOverCommand, FetchHandOver), so
// a start loads only Qt Core and the core library's own.
class LbpayloadCommands
{
public:
    static std::vector<std::unique_ptr<Command>> all();
};
