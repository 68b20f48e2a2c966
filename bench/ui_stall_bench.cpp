// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// ui-stall-bench: does the GUI thread stay responsive while an image is built? Builds the
// given files the way the GUI does (BuildJob with SHA-256 and verify-after-writing, the real
// progress dialog on screen) and measures the longest gap between ticks of a 5 ms timer on
// the GUI thread. Prints `max_stall_ms=<ms> ticks=<n> seconds=<s>`; scripts/bench compares
// the stall with the 100 ms target.
#include "dialogs/JobProgressDialog.h"
#include "jobs/authoring/BuildJob.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: ui-stall-bench OUT FILE...\n");
        return 2;
    }
    BuildRequest request;
    request.outputPath = args.takeFirst();
    request.options.overwrite = true;
    request.options.computeSha256 = true;
    request.verifyAfterWriting = true;
    for (const QString &path : std::as_const(args))
        request.entries << BuildEntry::fromFile(path, QFileInfo(path).fileName().toUtf8());

    BuildJob job;
    JobProgressDialog dialog(&job, QStringLiteral("Building"));
    dialog.show();

    QElapsedTimer clock, sinceTick;
    qint64 maxGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, sinceTick.restart());
        ++ticks;
    });
    QObject::connect(&job, &BackgroundJob::finished, &app, &QCoreApplication::quit);
    QTimer::singleShot(0, [&] {
        clock.start();
        sinceTick.start();
        ticker.start();
        job.start(request);
    });
    app.exec();
    const BuildResult &result = job.result();
    if (!result.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    // The timer's own interval is not a stall.
    std::printf("max_stall_ms=%lld ticks=%d seconds=%.3f verified=%d\n", static_cast<long long>(std::max<qint64>(0, maxGap - 5)),
                ticks, clock.nsecsElapsed() / 1e9, int(result.verified));
    return 0;
}
