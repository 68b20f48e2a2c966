// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

// undo-remove: with the files of DIR (or 20,000 small ones made for the run) listed and
// hashed, Select All and Remove, then Undo; both steps are measured.
class UndoRemoveScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("undo-remove"); }
    QString usage() const override { return QStringLiteral("[DIR]"); }
    bool run(const QStringList &args) override;
};
