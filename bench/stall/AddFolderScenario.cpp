// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/AddFolderScenario.h"
#include "controllers/authoring/ContentChecker.h"
#include "controllers/authoring/EntryImporter.h"
#include "model/authoring/EntryTableModel.h"
#include "panels/AuthoringPanel.h"
#include "widgets/views/EntryTableView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QMimeData>
#include <QUrl>

#include <cstdio>

namespace {
// What a file manager's drop does: enter, move, drop on the list's viewport.
bool dropUrls(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint pos(target->width() / 2, target->height() - 5);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    QDragEnterEvent enter(pos, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}
} // namespace

bool AddFolderScenario::run(const QStringList &args)
{
    // --no-content-check: the same add without the content check, its yardstick.
    QStringList rest = args;
    const bool check = !rest.removeAll(QStringLiteral("--no-content-check"));
    const QString dir = rest.isEmpty() ? makeSmallFiles(20000, 512) : rest.constFirst();
    const int files = int(QDir(dir).entryList(QDir::Files).size());
    if (dir.isEmpty() || files == 0) {
        std::fprintf(stderr, "no files to add in %s\n", qPrintable(dir));
        return false;
    }
    AuthoringPanel *panel = m_window->authoringPanel();
    panel->contentChecker()->setEnabled(check);
    bool dropped = false;
    QElapsedTimer sinceDrop;
    sinceDrop.start();
    double rowsIn = -1;
    const double stall = measure(
        QStringLiteral("drop_and_hash"),
        [&] { dropped = dropUrls(panel->view()->viewport(), {QUrl::fromLocalFile(dir)}); },
        [&] {
            // When the rows are in (the add as the user sees it), before their hashes.
            if (rowsIn < 0 && panel->model()->rowCount() == files)
                rowsIn = sinceDrop.nsecsElapsed() / 1e9;
            return !panel->importer()->isBusy() && panel->model()->rowCount() == files && listHashed();
        });
    addField(QStringLiteral("rows"), QString::number(panel->model()->rowCount()));
    addField(QStringLiteral("rows_in_s"), QString::number(rowsIn, 'f', 3));
    // The content check (one small read a file) runs beside the hashing; not measured, timed.
    if (check) {
        waitUntil([panel] {
            return !panel->contentChecker()->isRunning() && panel->model()->summary().checkingContent == 0;
        });
        addField(QStringLiteral("content_checked_s"), QString::number(sinceDrop.nsecsElapsed() / 1e9, 'f', 3));
        addField(QStringLiteral("mismatches"), QString::number(panel->model()->summary().mismatches));
    }
    if (!dropped || stall < 0) {
        std::fprintf(stderr, "the drop of %s was %s\n", qPrintable(dir), dropped ? "not hashed in time" : "refused");
        return false;
    }
    return true;
}
