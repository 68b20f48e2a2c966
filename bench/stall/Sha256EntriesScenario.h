// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

// sha256-entries: with IMG open, Compute SHA-256 of All, until the digests are in the table.
class Sha256EntriesScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("sha256-entries"); }
    QString usage() const override { return QStringLiteral("IMG"); }
    bool run(const QStringList &args) override;
};
