// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

// sort-filter: with IMG open, sorting its table by name, by size (descending) and back by
// index, then typing a filter and clearing it; each step measured until the view is idle.
class SortFilterScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("sort-filter"); }
    QString usage() const override { return QStringLiteral("IMG"); }
    bool run(const QStringList &args) override;
};
