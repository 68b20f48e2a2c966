// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/SettingsWriter.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>

namespace {
QMutex settingsWriterMutex;
// One thread, so that writes keep their order. Made on first use and never deleted: the
// application's post routine waits for it, while QSettings can still write.
QThreadPool *settingsWriterPool = nullptr;

QThreadPool *settingsWriterThreads()
{
    const QMutexLocker lock(&settingsWriterMutex);
    if (!settingsWriterPool) {
        settingsWriterPool = new QThreadPool;
        settingsWriterPool->setMaxThreadCount(1);
        settingsWriterPool->setObjectName(QStringLiteral("SettingsWriter"));
        qAddPostRoutine(SettingsWriter::waitForWrites);
    }
    return settingsWriterPool;
}
} // namespace

void SettingsWriter::setValue(const QString &key, const QVariant &value)
{
    settingsWriterThreads()->start([key, value] {
        // The same settings as QSettings() on the GUI thread: the application's names are set
        // once at start-up, and read here only.
        QSettings settings;
        if (value.isValid())
            settings.setValue(key, value);
        else
            settings.remove(key);
    });
}

void SettingsWriter::waitForWrites()
{
    QThreadPool *pool = nullptr;
    {
        const QMutexLocker lock(&settingsWriterMutex);
        pool = settingsWriterPool;
    }
    if (pool)
        pool->waitForDone();
}
