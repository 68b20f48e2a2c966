// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/SettingsWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>

namespace {
QMutex settingsWriterMutex;
// The writes asked for and not done yet, by key: the newest value and how many are waiting.
struct PendingWrite
{
    QVariant value;
    int waiting = 0;
};
QHash<QString, PendingWrite> pendingWrites; // under settingsWriterMutex
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
    QThreadPool *threads = settingsWriterThreads();
    {
        const QMutexLocker lock(&settingsWriterMutex);
        PendingWrite &pending = pendingWrites[key];
        pending.value = value;
        ++pending.waiting;
    }
    threads->start([key, value] {
        {
            // The same settings as QSettings() on the GUI thread: the application's names are
            // set once at start-up, and read here only.
            QSettings settings;
            if (value.isValid())
                settings.setValue(key, value);
            else
                settings.remove(key);
        }
        const QMutexLocker lock(&settingsWriterMutex);
        const auto it = pendingWrites.find(key);
        if (it != pendingWrites.end() && --it->waiting == 0)
            pendingWrites.erase(it);
    });
}

QVariant SettingsWriter::value(const QString &key, const QVariant &fallback)
{
    {
        const QMutexLocker lock(&settingsWriterMutex);
        const auto it = pendingWrites.constFind(key);
        if (it != pendingWrites.cend())
            return it->value.isValid() ? it->value : fallback;
    }
    return QSettings().value(key, fallback);
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
