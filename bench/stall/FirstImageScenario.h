// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "stall/StallScenario.h"

class QAbstractItemModel;
class QModelIndex;

// first-image: a first boot disk (init.img, builder-hex0; IMG, or one made for the run with
// 14,000 srcfs records: 200 step folders of 20 files and 9,800 distfiles in one folder) opened
// in its tab until it is shown; then the distfiles folder expanded and the tree sorted by
// name, by size (descending) and back to script order, each step watched until the view is
// idle.
class FirstImageScenario : public StallScenario
{
public:
    using StallScenario::StallScenario;
    QString name() const override { return QStringLiteral("first-image"); }
    QString usage() const override { return QStringLiteral("[IMG]"); }
    bool run(const QStringList &args) override;

private:
    // Writes the image described above into a new temporary folder; empty when it cannot.
    QString makeImage();
    // The child of `parent` in `model` with the most children (the distfiles folder).
    static QModelIndex largestChild(const QAbstractItemModel *model, const QModelIndex &parent);
};
