// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class MainWindow;
class StallProbe;
class ImagePanel;
class QLineEdit;

// One thing a user does in the GUI whose background work must not stall the GUI thread. The
// scenario drives the real main window (actions, drops, the panels' controls) and measures the
// longest stall of the measured steps with the probe, then prints one line:
// `scenario=<name> max_stall_ms=<ms> seconds=<s> <more key=value>`.
class StallScenario
{
public:
    StallScenario(MainWindow *window, StallProbe *probe);
    virtual ~StallScenario();

    // The scenario's command-line name ("add-folder").
    virtual QString name() const = 0;
    // The arguments after the name, for the usage text ("[DIR]").
    virtual QString usage() const = 0;
    // Runs the scenario with its arguments. Returns false (after saying why on stderr) when it
    // could not be run; the figures are printed by the caller on success.
    virtual bool run(const QStringList &args) = 0;

    // The longest stall over every measured step, and the time they took together.
    double maxStallMs() const { return m_maxStallMs; }
    // The most GUI-thread CPU time one event took over every measured step, and which event.
    double maxEventCpuMs() const { return m_maxEventCpuMs; }
    const QString &maxEventCpuWhat() const { return m_maxEventCpuWhat; }
    double seconds() const { return m_seconds; }
    // Extra key=value fields of the line (steps' own stalls, counts).
    const QList<QPair<QString, QString>> &fields() const { return m_fields; }

protected:
    // Runs the event loop until `done()` holds; false after `timeoutMs` without it.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs = 600000);
    // Measures one step: `action` is started from the event loop and the probe runs until
    // `done()` holds. Returns the step's longest stall in ms (-1 on a timeout); its largest
    // CPU time of one event becomes the field <step>_event_cpu_ms.
    double measure(const QString &step, const std::function<void()> &action, const std::function<bool()> &done,
        int timeoutMs = 600000);
    // Measures one step that has no end of its own: `action` is started from the event loop
    // and the step is watched for SettleMs more, as the views' deferred relayouts and repaints
    // happen on later turns of the event loop and stall as much as the action itself.
    double measureSettled(const QString &step, const std::function<void()> &action);
    // Types `text` into `filter` one key every 50 ms, as a quick typist does (step
    // filter_typing), then clears it (filter_clear); both watched until settled. Adds the
    // field `matching` with `view`'s rows while filtered. False on a timeout.
    bool typeFilter(QLineEdit *filter, const QString &text, const std::function<int()> &matching);
    void addField(const QString &key, const QString &value);
    // Opens `path` as an image tab and waits until it is read (not measured).
    ImagePanel *openImage(const QString &path);
    // Adds files or folders to the list, waits until they are in and hashed (not measured).
    bool addToList(const QStringList &paths);
    // True when the list has rows and none waits for its hash.
    bool listHashed() const;
    // A folder of `count` files of `bytes` each (a new temporary folder, removed with the scenario).
    QString makeSmallFiles(int count, int bytes);
    // A new empty temporary folder, removed with the scenario; empty when it cannot be made.
    QString makeTempDir();

    static constexpr int SettleMs = 300;

    MainWindow *m_window;
    StallProbe *m_probe;

private:
    double m_maxStallMs = 0;
    double m_seconds = 0;
    double m_maxEventCpuMs = 0;
    QString m_maxEventCpuWhat;
    QList<QPair<QString, QString>> m_fields;
    QStringList m_tempDirs;
};
