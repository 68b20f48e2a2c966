// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/SortFilterScenario.h"
#include "model/image/ImageEntryModel.h"
#include "panels/ImagePanel.h"
#include "widgets/views/ImageTableView.h"
#include "window/MainWindow.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>

namespace {
// How long a step is watched after its action: the view's deferred relayout and repaint
// happen on later turns of the event loop and stall as much as the action itself.
constexpr int SettleMs = 300;
} // namespace

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
    QElapsedTimer since;
    const auto settled = [&] {
        return since.isValid() && since.elapsed() >= SettleMs;
    };
    // A click on a header sets its sort indicator; the view sorts on that signal.
    const auto sortStep = [&](const QString &step, int column, Qt::SortOrder order) {
        since.invalidate();
        return measure(
            step,
            [&, column, order] {
                header->setSortIndicator(column, order);
                since.start();
            },
            settled);
    };
    bool ok = sortStep(QStringLiteral("sort_name"), ImageEntryModel::NameColumn, Qt::AscendingOrder) >= 0;
    ok = ok && sortStep(QStringLiteral("sort_size_desc"), ImageEntryModel::SizeColumn, Qt::DescendingOrder) >= 0;
    ok = ok && sortStep(QStringLiteral("sort_index"), ImageEntryModel::IndexColumn, Qt::AscendingOrder) >= 0;

    // Typing "1999" one key at a time, 50 ms apart, as a quick typist does.
    const QString typed = QStringLiteral("1999");
    int keys = 0;
    QTimer typist;
    typist.setInterval(50);
    QObject::connect(&typist, &QTimer::timeout, filter, [&] {
        if (keys < typed.size()) {
            filter->insert(typed.mid(keys++, 1));
            if (keys == typed.size())
                since.start();
        }
    });
    since.invalidate();
    ok = ok &&
        measure(
            QStringLiteral("filter_typing"), [&] { typist.start(); }, settled) >= 0;
    typist.stop();
    const int matching = panel->view()->model()->rowCount();
    since.invalidate();
    ok = ok &&
        measure(
            QStringLiteral("filter_clear"),
            [&] {
                filter->clear();
                since.start();
            },
            settled) >= 0;
    addField(QStringLiteral("rows"), QString::number(panel->model()->rowCount()));
    addField(QStringLiteral("matching"), QString::number(matching));
    return ok;
}
