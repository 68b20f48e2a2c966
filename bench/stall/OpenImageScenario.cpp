// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/OpenImageScenario.h"
#include "model/image/ImageEntryModel.h"
#include "panels/ImagePanel.h"
#include "window/MainWindow.h"

#include <cstdio>

bool OpenImageScenario::run(const QStringList &args)
{
    if (args.size() != 1) {
        std::fprintf(stderr, "open-image needs IMG\n");
        return false;
    }
    ImagePanel *panel = nullptr;
    bool finished = false, ok = false;
    const double stall = measure(
        QStringLiteral("open"),
        [&] {
            panel = m_window->openImage(args.constFirst());
            QObject::connect(panel, &ImagePanel::openFinished, panel, [&](bool success) {
                finished = true;
                ok = success;
            });
        },
        [&] { return finished; });
    if (stall < 0 || !ok) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.constFirst()));
        return false;
    }
    addField(QStringLiteral("rows"), QString::number(panel->model()->rowCount()));
    return true;
}
