// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>
#include <QVariant>

// Writes the application's settings (QSettings) on a worker.
//
// A QSettings object writes its file when it goes: a lock file and the file itself, each
// followed by fdatasync(). Opening an image wrote twice (the recent files, the last folder):
// 2 ms of the GUI thread's CPU and 20 to 30 ms of it waiting for a busy disk. What needs no
// reading back in the same event is written here instead. The writes run one at a time, in the
// order asked for, so the last value of a key wins; each is in the process's settings as soon
// as its turn comes, and on the disk when it ends. Until then value() answers from the writes
// still waiting, so a read never waits for the disk. Before the application object goes, the
// writes still waiting are done.
class SettingsWriter
{
public:
    // Sets `key` of the default QSettings to `value`, on the worker; an invalid `value` removes
    // the key. Returns at once.
    static void setValue(const QString &key, const QVariant &value);
    // The value of `key` as the writes asked for so far leave it: the newest of those still
    // waiting for their turn (`fallback` for a removal), else the settings' own value, else
    // `fallback`. Never waits for the worker. GUI thread, like setValue().
    static QVariant value(const QString &key, const QVariant &fallback = {});
    // Returns once every write asked for so far is done (at exit, and for tests that read the
    // settings file itself).
    static void waitForWrites();
};
