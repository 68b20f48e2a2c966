// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

// build-verify: the files built into OUT with SHA-256 and verification after writing,
// as the build dialog starts it (progress dialog on screen), until the outcome is shown.
class BuildVerifyScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("build-verify"); }
    QString usage() const override { return QStringLiteral("OUT FILE..."); }
    bool run(const QStringList &args) override;
};
