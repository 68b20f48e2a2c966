// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FuzzTargets.h"

#include <QElapsedTimer>
#include <QFile>
#include <QString>

// What the regression and corpus suites do with each input: feed the file at `path` to fuzz
// target `target`, as the fuzz build does. Returns false and sets *problem when the file cannot
// be read; else sets *milliseconds to how long the target took.
inline bool replayFuzzInput(const QString &target, const QString &path, qint64 *milliseconds, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = path + QLatin1String(": ") + file.errorString();
        return false;
    }
    const QByteArray data = file.readAll();
    QElapsedTimer timer;
    timer.start();
    FuzzTargets::byName(target)(data);
    *milliseconds = timer.elapsed();
    return true;
}
