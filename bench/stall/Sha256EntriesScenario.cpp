// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/Sha256EntriesScenario.h"
#include "model/image/ImageEntryModel.h"
#include "panels/ImagePanel.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>

#include <cstdio>

bool Sha256EntriesScenario::run(const QStringList &args)
{
    if (args.size() != 1) {
        std::fprintf(stderr, "sha256-entries needs IMG\n");
        return false;
    }
    ImagePanel *panel = openImage(args.constFirst());
    if (!panel)
        return false;
    ImageEntryModel *model = panel->model();
    const int last = model->rowCount() - 1;
    bool started = false;
    const double stall = measure(
        QStringLiteral("hash_all"),
        [&] {
            m_window->actions()->hashAll->trigger();
            started = panel->isBusy();
        },
        // The digests are in once the job is over and the last row has one.
        [&] { return started && !panel->isBusy() && last >= 0 && !model->digest(last).isEmpty(); });
    if (stall < 0) {
        std::fprintf(stderr, "Compute SHA-256 of All did not finish\n");
        return false;
    }
    addField(QStringLiteral("rows"), QString::number(model->rowCount()));
    return true;
}
