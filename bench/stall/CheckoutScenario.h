// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

// checkout: a live-bootstrap checkout (ROOT, or one made for the run: 60 steps whose sources
// name 300 distfiles of 4 KiB to 1 MiB, all present) opened in its tab, from the call until
// every distfile is checked; then typing a filter into the tab and clearing it, each step
// watched until the view is idle. The tab's hash cache is a new one, so every file is hashed.
class CheckoutScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("checkout"); }
    QString usage() const override { return QStringLiteral("[ROOT]"); }
    bool run(const QStringList &args) override;

private:
    // Writes the checkout described above into a new temporary folder; empty when it cannot.
    QString makeCheckout();
};
