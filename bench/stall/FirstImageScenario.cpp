// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/FirstImageScenario.h"
#include "FirstImageFixture.h"
#include "model/firstimage/SrcfsTreeModel.h"
#include "model/firstimage/SrcfsTreeProxy.h"
#include "panels/FirstImagePanel.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>

#include <cstdio>

namespace {
constexpr int StepFolders = 200;
constexpr int FilesPerStep = 20;
constexpr int Distfiles = 9800;
} // namespace

QString FirstImageScenario::makeImage()
{
    const QString dir = makeTempDir();
    if (dir.isEmpty())
        return {};
    FirstImageFixture image;
    image.folder(".").folder("./steps");
    // Sizes and names out of script order, so that each sort moves rows.
    const auto sizeOf = [](int i) {
        return (i * 7919) % 3000 + 1;
    };
    int files = 0;
    for (int s = 0; s < StepFolders; ++s) {
        const QByteArray step = "./steps/pkg" + QByteArray::number((s * 37) % StepFolders).rightJustified(3, '0');
        image.folder(step);
        for (int f = 0; f < FilesPerStep; ++f, ++files)
            image.file(step + "/patch-" + QByteArray::number((f * 7) % FilesPerStep) + ".patch",
                QByteArray(sizeOf(files), 'p'));
    }
    image.folder("./external").folder("./external/distfiles");
    for (int d = 0; d < Distfiles; ++d, ++files)
        image.file("./external/distfiles/dist-" + QByteArray::number((d * 7919) % Distfiles).rightJustified(5, '0') +
                ".tar.gz",
            QByteArray(sizeOf(files), 'd'));
    const QString path = QDir(dir).filePath(QStringLiteral("init.img"));
    QString error;
    if (!image.write(path, &error)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
        return {};
    }
    return path;
}

QModelIndex FirstImageScenario::largestChild(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QModelIndex largest;
    int most = -1;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex child = model->index(r, 0, parent);
        if (model->rowCount(child) > most) {
            most = model->rowCount(child);
            largest = child;
        }
    }
    return largest;
}

bool FirstImageScenario::run(const QStringList &args)
{
    const QString path = args.isEmpty() ? makeImage() : args.constFirst();
    if (path.isEmpty())
        return false;
    FirstImagePanel *panel = nullptr;
    bool finished = false, ready = false;
    const double opened = measure(
        QStringLiteral("open"),
        [&] {
            panel = m_window->openFirstImage(path);
            QObject::connect(panel, &FirstImagePanel::openFinished, panel, [&](bool ok) {
                finished = true;
                ready = ok;
            });
        },
        [&] { return finished; });
    if (opened < 0 || !ready) {
        std::fprintf(stderr, "cannot open %s as a first image\n", qPrintable(path));
        return false;
    }
    SrcfsTreeView *view = panel->treeView();
    const QAbstractItemModel *model = view->model();
    // The folder with the most files, below the top folder the tab shows expanded.
    QModelIndex folder;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex candidate = largestChild(model, model->index(r, 0));
        if (candidate.isValid() && (!folder.isValid() || model->rowCount(candidate) > model->rowCount(folder)))
            folder = candidate;
    }
    if (!folder.isValid()) {
        std::fprintf(stderr, "no folder to expand in %s\n", qPrintable(path));
        return false;
    }
    const QPersistentModelIndex expanded(folder);
    bool ok = measureSettled(QStringLiteral("expand"), [&] { view->expand(expanded); }) >= 0;
    QHeaderView *header = view->header();
    // The tree's order is computed on a worker: a sort step lasts until it is shown and settled.
    const auto *proxy = qobject_cast<const SrcfsTreeProxy *>(model);
    const auto sortStep = [&](const QString &step, int column, Qt::SortOrder order) {
        QElapsedTimer idle;
        return measure(
                   step,
                   [&, column, order] {
                       header->setSortIndicator(column, order);
                       idle.start();
                   },
                   [&] {
                       if (proxy && proxy->isPending())
                           idle.start();
                       return idle.isValid() && idle.elapsed() >= SettleMs;
                   }) >= 0;
    };
    ok = ok && sortStep(QStringLiteral("sort_name"), SrcfsTreeModel::NameColumn, Qt::AscendingOrder);
    ok = ok && sortStep(QStringLiteral("sort_size_desc"), SrcfsTreeModel::SizeColumn, Qt::DescendingOrder);
    ok = ok && sortStep(QStringLiteral("sort_script"), -1, Qt::AscendingOrder);
    addField(QStringLiteral("records"), QString::number(panel->treeModel()->nodeCount()));
    addField(QStringLiteral("expanded_rows"), QString::number(model->rowCount(expanded)));
    return ok;
}
