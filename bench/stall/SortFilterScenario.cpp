// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/SortFilterScenario.h"
#include "model/image/ImageEntryModel.h"
#include "panels/ImagePanel.h"
#include "widgets/views/ImageTableView.h"
#include "window/MainWindow.h"

#include <QHeaderView>
#include <QLineEdit>

#include <cstdio>

bool SortFilterScenario::run(const QStringList &args)
{
    if (args.size() != 1) {
        std::fprintf(stderr, "sort-filter needs IMG\n");
        return false;
    }
    ImagePanel *panel = openImage(args.constFirst());
    if (!panel)
        return false;
    auto *filter = panel->findChild<QLineEdit *>();
    if (!filter) {
        std::fprintf(stderr, "the image panel has no filter box\n");
        return false;
    }
    QHeaderView *header = panel->view()->horizontalHeader();
    // A click on a header sets its sort indicator; the view sorts on that signal.
    const auto sortStep = [&](const QString &step, int column, Qt::SortOrder order) {
        return measureSettled(step, [&, column, order] { header->setSortIndicator(column, order); }) >= 0;
    };
    bool ok = sortStep(QStringLiteral("sort_name"), ImageEntryModel::NameColumn, Qt::AscendingOrder);
    ok = ok && sortStep(QStringLiteral("sort_size_desc"), ImageEntryModel::SizeColumn, Qt::DescendingOrder);
    ok = ok && sortStep(QStringLiteral("sort_index"), ImageEntryModel::IndexColumn, Qt::AscendingOrder);
    ok = ok && typeFilter(filter, QStringLiteral("1999"), [panel] { return panel->view()->model()->rowCount(); });
    addField(QStringLiteral("rows"), QString::number(panel->model()->rowCount()));
    return ok;
}
