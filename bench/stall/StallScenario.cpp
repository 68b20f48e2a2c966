// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "stall/StallScenario.h"
#include "controllers/authoring/EntryImporter.h"
#include "model/authoring/EntryTableModel.h"
#include "panels/AuthoringPanel.h"
#include "panels/ImagePanel.h"
#include "stall/StallProbe.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

StallScenario::StallScenario(MainWindow *window, StallProbe *probe)
    : m_window(window)
    , m_probe(probe)
{ }

StallScenario::~StallScenario()
{
    for (const QString &dir : std::as_const(m_tempDirs))
        QDir(dir).removeRecursively();
}

bool StallScenario::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll, timeout;
    // Coarse polling is enough: the probe's own timer measures, this only ends the loop.
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] { loop.exit(1); });
    poll.start();
    timeout.start(timeoutMs);
    return loop.exec() == 0;
}

double StallScenario::measure(
    const QString &step, const std::function<void()> &action, const std::function<bool()> &done, int timeoutMs)
{
    m_probe->start();
    bool started = false;
    // From the event loop, as a click would: the action's own time is a stall like any other.
    QTimer::singleShot(0, [&] {
        action();
        started = true;
    });
    const bool ok = waitUntil([&] { return started && done(); }, timeoutMs);
    m_probe->stop();
    const double stall = ok ? m_probe->maxStallMs() : -1;
    m_maxStallMs = stall < 0 || m_maxStallMs < 0 ? -1 : std::max(m_maxStallMs, stall);
    m_seconds += m_probe->seconds();
    addField(step + QStringLiteral("_stall_ms"), QString::number(stall, 'f', 1));
    const double cpu = m_probe->maxEventCpuMs();
    addField(step + QStringLiteral("_event_cpu_ms"), QString::number(cpu, 'f', 2));
    if (cpu > m_maxEventCpuMs) {
        m_maxEventCpuMs = cpu;
        m_maxEventCpuWhat = m_probe->maxEventCpuWhat();
    }
    if (StallProbe::traceEvents) {
        std::fprintf(stderr, "%s: %.1f ms longest stall in %.3f s, %d ticks\n", qPrintable(step), stall,
            m_probe->seconds(), m_probe->ticks());
        std::fprintf(stderr, "  most GUI-thread CPU in one event: %.2f ms (target %.0f ms: %s)  %s\n", cpu,
            StallProbe::EventCpuTargetMs, cpu <= StallProbe::EventCpuTargetMs ? "met" : "missed",
            qPrintable(m_probe->maxEventCpuWhat()));
        for (const StallProbe::SlowEvent &e : m_probe->slowest())
            std::fprintf(stderr, "  %8.2f ms  %s\n", e.ms, qPrintable(e.what));
    }
    return stall;
}

double StallScenario::measureSettled(const QString &step, const std::function<void()> &action)
{
    QElapsedTimer since;
    return measure(
        step,
        [&] {
            action();
            since.start();
        },
        [&] { return since.isValid() && since.elapsed() >= SettleMs; });
}

bool StallScenario::typeFilter(QLineEdit *filter, const QString &text, const std::function<int()> &matching)
{
    int keys = 0;
    QElapsedTimer since;
    QTimer typist;
    typist.setInterval(50);
    QObject::connect(&typist, &QTimer::timeout, filter, [&] {
        if (keys < text.size()) {
            filter->insert(text.mid(keys++, 1));
            if (keys == text.size())
                since.start();
        }
    });
    bool ok = measure(
                  QStringLiteral("filter_typing"), [&] { typist.start(); },
                  [&] { return since.isValid() && since.elapsed() >= SettleMs; }) >= 0;
    typist.stop();
    addField(QStringLiteral("matching"), QString::number(matching()));
    ok = ok && measureSettled(QStringLiteral("filter_clear"), [&] { filter->clear(); }) >= 0;
    return ok;
}

void StallScenario::addField(const QString &key, const QString &value)
{
    m_fields << QPair<QString, QString> {key, value};
}

ImagePanel *StallScenario::openImage(const QString &path)
{
    bool finished = false, ok = false;
    ImagePanel *panel = m_window->openImage(path);
    QObject::connect(panel, &ImagePanel::openFinished, panel, [&](bool success) {
        finished = true;
        ok = success;
    });
    if (!waitUntil([&] { return finished; }) || !ok) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return nullptr;
    }
    return panel;
}

bool StallScenario::addToList(const QStringList &paths)
{
    AuthoringPanel *panel = m_window->authoringPanel();
    const int before = panel->model()->rowCount();
    panel->addPaths(paths);
    return waitUntil(
        [&] { return !panel->importer()->isBusy() && panel->model()->rowCount() > before && listHashed(); });
}

bool StallScenario::listHashed() const
{
    // From the entries, not summary(): the bench must not add work of the kind it measures.
    const QList<AuthoringEntry> &entries = m_window->authoringPanel()->model()->entries();
    return !entries.isEmpty() && std::none_of(entries.cbegin(), entries.cend(), [](const AuthoringEntry &e) {
        return e.hashState == AuthoringEntry::HashState::Pending && e.sourceState == AuthoringEntry::SourceState::Ok;
    });
}

QString StallScenario::makeTempDir()
{
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("ui-stall-bench-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder: %s\n", qPrintable(dir.errorString()));
        return {};
    }
    dir.setAutoRemove(false);
    m_tempDirs << dir.path();
    return dir.path();
}

QString StallScenario::makeSmallFiles(int count, int bytes)
{
    const QString path = makeTempDir();
    if (path.isEmpty())
        return {};
    QByteArray content(bytes, 'x');
    for (int i = 0; i < count; ++i) {
        // Distinct contents, as distfiles have.
        const QByteArray tag = QByteArray::number(i);
        content.replace(0, tag.size(), tag);
        QFile f(QDir(path).filePath(QStringLiteral("file-%1.dat").arg(i, 5, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return {};
        }
    }
    return path;
}
