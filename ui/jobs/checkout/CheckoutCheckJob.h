// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileChecker.h"
#include "jobs/BackgroundJob.h"

#include <QList>
#include <QMutex>
#include <QPair>

#include <memory>
#include <optional>

class HashCache;

// Checks a checkout's distfiles folder on a worker: the whole plan with DistfileChecker::check
// (Mode::Hash, all cores, the hash cache first), or only some distfiles, each with checkOne,
// when the folder watcher saw them change. The checker reports from its threads; the results
// are queued and handed to the GUI thread in batches on the job's 100 ms tick
// (resultsArrived), so a folder of thousands of files costs the GUI a few signals a second.
//
// The hash cache is shared with the caller: it is loaded on the worker before the first check
// that asks for it, and saved at the end of every check. The caller must not start another
// job on the same cache while one runs.
class CheckoutCheckJob : public BackgroundJob
{
    Q_OBJECT
public:
    using Result = QPair<int, DistfileCheck>;
    // What the GUI last knew of a distfile's file, for telling which ones changed.
    struct Seen
    {
        bool checked = false; // unchecked rows (a canceled check) are left for Check Again
        std::optional<FileIdentity> identity; // nullopt: there was no file
    };
    using BackgroundJob::BackgroundJob;

    // Checks every one of `distfiles` (DistfilePlan::all()) in `dir`. `cache` may be null;
    // with `loadCache`, cache->load() runs first on the worker.
    void startFull(
        const QList<PlannedDistfile> &distfiles, const QString &dir, std::shared_ptr<HashCache> cache, bool loadCache);
    // Looks again at the distfiles `indices` of `distfiles` (checkOne each) and at the checked
    // ones whose file's identity is no longer the one in `known` (stat only, on the worker;
    // pass an empty `known` to skip that scan), then lists the extra files anew.
    void startSome(const QList<PlannedDistfile> &distfiles, const QList<int> &indices, const QList<Seen> &known,
        const QString &dir, std::shared_ptr<HashCache> cache);

    // After finished().
    bool wasFull() const { return m_full; }
    const QStringList &extraFiles() const { return m_extra; }
    qint64 bytesHashed() const { return m_bytesHashed; }
    int cacheHits() const { return m_cacheHits; }
    // The cache's load or save problem, if any (for the notice bar).
    QString cacheWarning() const { return m_cacheWarning; }

Q_SIGNALS:
    // GUI thread: a batch of (index, check), in no particular order.
    void resultsArrived(const QList<CheckoutCheckJob::Result> &results);

protected:
    void collect() override;
    void complete() override;

private:
    struct Shared
    {
        QMutex mutex;
        QList<Result> arrived;
        QStringList extra;
        qint64 bytesHashed = 0;
        int cacheHits = 0;
        QString cacheWarning;
    };
    static void saveCache(HashCache *cache, Shared &shared);

    std::shared_ptr<Shared> m_shared;
    bool m_full = false;
    QStringList m_extra;
    qint64 m_bytesHashed = 0;
    int m_cacheHits = 0;
    QString m_cacheWarning;
};
