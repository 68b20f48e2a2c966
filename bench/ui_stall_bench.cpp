// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// ui-stall-bench: does the GUI thread stay responsive while background work streams results
// in? Each scenario drives the real main window the way a user would (a folder drop, a build,
// opening a large image, Compute SHA-256, Test Integrity, sorting and filtering, undo, a
// checkout's check, a first image's tree) and
// measures the longest gap between ticks of a 2 ms timer on the GUI thread, less the interval.
// It also takes the GUI thread's CPU time of each event the loop delivers: the largest is the
// work done in one go on the GUI thread, which must stay under half a frame (8 ms) however
// many rows there are. Prints one line per run:
//   scenario=<name> max_stall_ms=<ms> max_event_cpu_ms=<ms> seconds=<s> <step>_stall_ms=<ms>
//   <step>_event_cpu_ms=<ms>... <facts>
// scripts/bench compares the stall with one frame at 60 Hz (16 ms) and the CPU time of one
// event with half of it. Run with QT_QPA_PLATFORM=offscreen; --trace lists, for each step, the
// event that took the most CPU time and the slowest events on stderr, and the scenario's verdict.
#include "stall/AddFolderScenario.h"
#include "stall/BenchApplication.h"
#include "stall/BuildVerifyScenario.h"
#include "stall/CheckoutScenario.h"
#include "stall/FirstImageScenario.h"
#include "stall/IntegrityScenario.h"
#include "stall/OpenImageScenario.h"
#include "stall/Sha256EntriesScenario.h"
#include "stall/SortFilterScenario.h"
#include "stall/StallProbe.h"
#include "stall/UndoRemoveScenario.h"
#include "window/MainWindow.h"

#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

namespace {
std::vector<std::unique_ptr<StallScenario>> allScenarios(MainWindow *window, StallProbe *probe)
{
    std::vector<std::unique_ptr<StallScenario>> all;
    all.push_back(std::make_unique<AddFolderScenario>(window, probe));
    all.push_back(std::make_unique<BuildVerifyScenario>(window, probe));
    all.push_back(std::make_unique<OpenImageScenario>(window, probe));
    all.push_back(std::make_unique<Sha256EntriesScenario>(window, probe));
    all.push_back(std::make_unique<IntegrityScenario>(window, probe));
    all.push_back(std::make_unique<SortFilterScenario>(window, probe));
    all.push_back(std::make_unique<UndoRemoveScenario>(window, probe));
    all.push_back(std::make_unique<CheckoutScenario>(window, probe));
    all.push_back(std::make_unique<FirstImageScenario>(window, probe));
    return all;
}
} // namespace

int main(int argc, char **argv)
{
    BenchApplication app(argc, argv);
    // The user's settings (window state, recent files) are neither read nor changed.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ui-stall-bench"));
    QApplication::setOrganizationName(QStringLiteral("payload-studio-bench"));

    QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.constFirst() == QLatin1String("--trace")) {
        StallProbe::traceEvents = true;
        args.removeFirst();
    }
    StallProbe probe;
    app.setProbe(&probe);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    // The first paint and the deferred layouts of a new window are not the scenario's.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();
    auto scenarios = allScenarios(&window, &probe);
    StallScenario *chosen = nullptr;
    for (const auto &s : scenarios)
        if (!args.isEmpty() && s->name() == args.constFirst())
            chosen = s.get();
    if (!chosen) {
        std::fprintf(stderr, "usage: ui-stall-bench [--trace] SCENARIO ARGS...\n");
        for (const auto &s : scenarios)
            std::fprintf(stderr, "  %s %s\n", qPrintable(s->name()), qPrintable(s->usage()));
        return 2;
    }
    if (!chosen->run(args.mid(1)))
        return 1;
    QString line =
        QStringLiteral("scenario=%1 max_stall_ms=%2 max_event_cpu_ms=%3 seconds=%4")
            .arg(chosen->name(), QString::number(chosen->maxStallMs(), 'f', 1),
                QString::number(chosen->maxEventCpuMs(), 'f', 2), QString::number(chosen->seconds(), 'f', 3));
    for (const auto &[key, value] : chosen->fields())
        line += QLatin1Char(' ') + key + QLatin1Char('=') + value;
    std::printf("%s\n", qPrintable(line));
    if (StallProbe::traceEvents)
        std::fprintf(stderr, "%s: most GUI-thread CPU in one event %.2f ms, target %.0f ms: %s (%s)\n",
            qPrintable(chosen->name()), chosen->maxEventCpuMs(), StallProbe::EventCpuTargetMs,
            chosen->maxEventCpuMs() <= StallProbe::EventCpuTargetMs ? "met" : "missed",
            qPrintable(chosen->maxEventCpuWhat()));
    return 0;
}
