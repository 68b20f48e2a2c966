// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/checkout/CheckoutCheckJob.h"
#include "HashCache.h"

#include <QDir>
#include <QSet>

void CheckoutCheckJob::saveCache(HashCache *cache, Shared &shared)
{
    if (!cache)
        return;
    QString error;
    if (!cache->save(&error)) {
        QMutexLocker lock(&shared.mutex);
        shared.cacheWarning = error;
    }
}

void CheckoutCheckJob::startFull(
    const QList<PlannedDistfile> &distfiles, const QString &dir, std::shared_ptr<HashCache> cache, bool loadCache)
{
    m_full = true;
    m_shared = std::make_shared<Shared>();
    BackgroundJob::start([distfiles, dir, cache, loadCache, shared = m_shared](const JobControl &control) {
        if (cache && loadCache) {
            cache->load();
            QMutexLocker lock(&shared->mutex);
            shared->cacheWarning = cache->warning();
        }
        const DistfileCheckReport report = DistfileChecker::check(distfiles, dir, cache.get(),
            DistfileChecker::Mode::Hash, control, [shared](int index, const DistfileCheck &check) {
                QMutexLocker lock(&shared->mutex);
                shared->arrived.append({index, check});
            });
        {
            QMutexLocker lock(&shared->mutex);
            shared->extra = report.extraFiles;
            shared->bytesHashed = report.bytesHashed;
            shared->cacheHits = report.cacheHits;
        }
        saveCache(cache.get(), *shared);
    });
}

void CheckoutCheckJob::startSome(const QList<PlannedDistfile> &distfiles, const QList<int> &indices,
    const QList<Seen> &known, const QString &dir, std::shared_ptr<HashCache> cache)
{
    m_full = false;
    m_shared = std::make_shared<Shared>();
    BackgroundJob::start([distfiles, indices, known, dir, cache, shared = m_shared](const JobControl &control) {
        QList<int> todo = indices;
        const QSet<int> asked(indices.cbegin(), indices.cend());
        // A file that appeared, vanished or was replaced has another identity (or none) than
        // when it was checked; stat() of every planned name is cheap next to hashing one file.
        const QDir folder(dir);
        for (int i = 0; i < known.size() && i < distfiles.size() && !control.canceled(); ++i) {
            if (!known.at(i).checked || asked.contains(i))
                continue;
            const auto now = FileIdentity::ofPath(folder.filePath(distfiles.at(i).fileName));
            if (now != known.at(i).identity)
                todo << i;
        }
        for (int i : std::as_const(todo)) {
            if (control.canceled())
                break;
            if (i < 0 || i >= distfiles.size())
                continue;
            const DistfileCheck check =
                DistfileChecker::checkOne(distfiles.at(i), dir, cache.get(), DistfileChecker::Mode::Hash, control);
            if (control.canceled())
                break;
            QMutexLocker lock(&shared->mutex);
            shared->arrived.append({i, check});
        }
        QStringList names;
        for (const PlannedDistfile &d : distfiles)
            names << d.fileName;
        const QStringList extra = DistfileChecker::extraFiles(names, dir);
        {
            QMutexLocker lock(&shared->mutex);
            shared->extra = extra;
        }
        if (!todo.isEmpty())
            saveCache(cache.get(), *shared);
    });
}

void CheckoutCheckJob::collect()
{
    QList<Result> arrived;
    {
        QMutexLocker lock(&m_shared->mutex);
        arrived.swap(m_shared->arrived);
    }
    if (!arrived.isEmpty())
        Q_EMIT resultsArrived(arrived);
}

void CheckoutCheckJob::complete()
{
    QMutexLocker lock(&m_shared->mutex);
    m_extra = m_shared->extra;
    m_bytesHashed = m_shared->bytesHashed;
    m_cacheHits = m_shared->cacheHits;
    m_cacheWarning = m_shared->cacheWarning;
}
