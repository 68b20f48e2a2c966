// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

// integrity: with FILEs listed and hashed, Test Integrity of All, until the summary is shown.
class IntegrityScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("integrity"); }
    QString usage() const override { return QStringLiteral("FILE..."); }
    bool run(const QStringList &args) override;
};
