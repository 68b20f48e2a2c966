// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/IntegrityScenario.h"
#include "controllers/archive/IntegrityController.h"
#include "model/authoring/EntryTableModel.h"
#include "panels/AuthoringPanel.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>

#include <cstdio>

bool IntegrityScenario::run(const QStringList &args)
{
    if (args.isEmpty() || !addToList(args)) {
        std::fprintf(stderr, "integrity needs FILEs that can be listed\n");
        return false;
    }
    AuthoringPanel *panel = m_window->authoringPanel();
    bool finished = false;
    QObject::connect(panel->integrity(), &IntegrityController::finished, panel, [&] { finished = true; });
    const double stall = measure(
        QStringLiteral("test_all"), [&] { m_window->actions()->testAll->trigger(); }, [&] { return finished; });
    if (stall < 0)
        return false;
    addField(QStringLiteral("failures"), QString::number(panel->model()->integrityFailures()));
    addField(QStringLiteral("rows"), QString::number(panel->model()->rowCount()));
    return true;
}
