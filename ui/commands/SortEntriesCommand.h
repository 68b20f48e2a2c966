// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "commands/ReorderEntriesCommand.h"

// Sorts the authoring list by name the way upstream's generator does (by Unicode code
// point, i.e. raw UTF-8 bytes, not by locale), so a list made here builds the same bytes.
class SortEntriesCommand : public ReorderEntriesCommand
{
public:
    explicit SortEntriesCommand(EntryTableModel *model);
};
