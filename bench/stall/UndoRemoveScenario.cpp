// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/UndoRemoveScenario.h"
#include "model/authoring/EntryTableModel.h"
#include "panels/AuthoringPanel.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>

#include <cstdio>

bool UndoRemoveScenario::run(const QStringList &args)
{
    const QString dir = args.isEmpty() ? makeSmallFiles(20000, 512) : args.constFirst();
    if (dir.isEmpty() || !addToList({dir})) {
        std::fprintf(stderr, "cannot list the files of %s\n", qPrintable(dir));
        return false;
    }
    AuthoringPanel *panel = m_window->authoringPanel();
    MainActions *actions = m_window->actions();
    const int rows = panel->model()->rowCount();
    actions->selectAll->trigger();
    const double removed = measure(
        QStringLiteral("remove"), [&] { actions->remove->trigger(); }, [&] { return panel->model()->rowCount() == 0; });
    const double undone = measure(
        QStringLiteral("undo"), [&] { actions->undo->trigger(); }, [&] { return panel->model()->rowCount() == rows; });
    addField(QStringLiteral("rows"), QString::number(rows));
    return removed >= 0 && undone >= 0;
}
