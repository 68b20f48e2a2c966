// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

// open-image: an image opened in its own tab, from the call until the table is filled
// and the findings are shown.
class OpenImageScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("open-image"); }
    QString usage() const override { return QStringLiteral("IMG"); }
    bool run(const QStringList &args) override;
};
