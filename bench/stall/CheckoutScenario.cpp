// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/CheckoutScenario.h"
#include "CheckoutFixture.h"
#include "controllers/checkout/CheckoutSession.h"
#include "model/checkout/CheckoutDistfileModel.h"
#include "panels/CheckoutPanel.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QLineEdit>
#include <QSortFilterProxyModel>

#include <cstdio>

namespace {
constexpr int Steps = 60;
constexpr int DistfilesPerStep = 5;
// The steps before the split: their distfiles go into the first image.
constexpr int StepsBeforeSplit = 10;

using Half = CheckoutDistfileModel::Half;
using State = DistfileCheck::State;
} // namespace

QString CheckoutScenario::makeCheckout()
{
    const QString root = makeTempDir();
    if (root.isEmpty())
        return {};
    CheckoutFixture checkout(root);
    QByteArray manifest;
    for (int s = 0; s < Steps; ++s) {
        const QString step = QStringLiteral("pkg-%1").arg(s, 3, 10, QLatin1Char('0'));
        manifest += "build: " + step.toUtf8() + '\n';
        if (s + 1 == StepsBeforeSplit)
            manifest += "improve: import_payload\n";
        QByteArray sources;
        for (int d = 0; d < DistfilesPerStep; ++d) {
            const int i = s * DistfilesPerStep + d;
            const QString name = QStringLiteral("%1-%2.tar.gz").arg(step).arg(d);
            // 4 KiB to 1 MiB, distinct contents.
            const int size = 4096 << (i % 9);
            QByteArray content = name.toUtf8() + '\n';
            content = content.repeated(size / int(content.size()) + 1).left(size);
            const QByteArray sha = checkout.addDistfile(name, content);
            sources += "f https://example.org/src/" + name.toUtf8() + ' ' + sha + '\n';
        }
        checkout.setSources(step, sources);
    }
    checkout.setManifest(manifest);
    return root;
}

bool CheckoutScenario::run(const QStringList &args)
{
    const QString root = args.isEmpty() ? makeCheckout() : args.constFirst();
    if (root.isEmpty())
        return false;
    // A hash cache of the run's own: a warm one would check nothing.
    const QString cacheDir = makeTempDir();
    m_window->setHashCachePath(QDir(cacheDir).filePath(QStringLiteral("hashes.cache")));
    CheckoutPanel *panel = nullptr;
    const auto checked = [&] {
        if (!panel)
            return false;
        const CheckoutSession *session = panel->session();
        return !session->isBusy() && session->model()->count(Half::FirstImage, State::Unchecked) == 0 &&
            session->model()->count(Half::ExternalImage, State::Unchecked) == 0;
    };
    bool ok = measure(
                  QStringLiteral("open_and_check"), [&] { panel = m_window->openCheckout(root); }, checked) >= 0;
    if (!ok || !panel) {
        std::fprintf(stderr, "cannot open and check the checkout %s\n", qPrintable(root));
        return false;
    }
    const CheckoutDistfileModel *model = panel->session()->model();
    const int distfiles = model->rows(Half::FirstImage) + model->rows(Half::ExternalImage);
    QSortFilterProxyModel *proxy = panel->proxy();
    ok = typeFilter(panel->filterEdit(), QStringLiteral("pkg-01"), [proxy] {
        int rows = 0;
        for (int g = 0; g < proxy->rowCount(); ++g)
            rows += proxy->rowCount(proxy->index(g, 0));
        return rows;
    });
    addField(QStringLiteral("distfiles"), QString::number(distfiles));
    addField(QStringLiteral("ok"),
        QString::number(model->count(Half::FirstImage, State::Ok) + model->count(Half::ExternalImage, State::Ok)));
    return ok;
}
