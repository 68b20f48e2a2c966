// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/BuildVerifyScenario.h"
#include "controllers/authoring/BuildController.h"
#include "window/MainWindow.h"

#include <QFileInfo>

#include <cstdio>

bool BuildVerifyScenario::run(const QStringList &args)
{
    if (args.size() < 2) {
        std::fprintf(stderr, "build-verify needs OUT and at least one FILE\n");
        return false;
    }
    BuildRequest request;
    request.outputPath = args.constFirst();
    request.options.overwrite = true;
    request.options.computeSha256 = true;
    request.verifyAfterWriting = true;
    for (const QString &path : args.mid(1))
        request.entries << BuildEntry::fromFile(path, QFileInfo(path).fileName().toUtf8());

    BuildController *build = m_window->buildController();
    bool finished = false;
    BuildResult result;
    QObject::connect(build, &BuildController::finished, build, [&](const BuildResult &r) {
        finished = true;
        result = r;
    });
    const double stall = measure(
        QStringLiteral("build_verify"), [&] { build->start(request); }, [&] { return finished; });
    if (stall < 0 || !result.ok) {
        std::fprintf(stderr, "the build failed: %s\n", qPrintable(result.error));
        return false;
    }
    addField(QStringLiteral("entries"), QString::number(request.entries.size()));
    addField(QStringLiteral("verified"), QString::number(int(result.verified)));
    return true;
}
