// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

// add-folder: a folder of small files (DIR, or 20,000 files of 512 bytes made for the
// run) dropped on the empty list, until every row is in and hashed; then the time until every
// content check is done (content_checked_s). --no-content-check switches the check off, for
// the same add without it.
class AddFolderScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("add-folder"); }
    QString usage() const override { return QStringLiteral("[--no-content-check] [DIR]"); }
    bool run(const QStringList &args) override;
};
