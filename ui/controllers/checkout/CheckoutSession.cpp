// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/checkout/CheckoutSession.h"
#include "CheckoutImageBuilder.h"
#include "DistfileFetcher.h"
#include "HashCache.h"
#include "model/checkout/CheckoutDistfileModel.h"
#include "widgets/presentation/Formatting.h"

#include <QDir>
#include <QFileInfo>

using State = DistfileCheck::State;

CheckoutSession::CheckoutSession(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_model(new CheckoutDistfileModel(this))
    , m_cache(std::make_shared<HashCache>(cachePath.isEmpty() ? HashCache::defaultPath() : cachePath))
{
    // Editors and downloaders write in bursts: one look at the folder after things settle.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &CheckoutSession::runPendingRechecks);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        m_scanPending = true;
        m_debounce.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_dirtyNames.insert(QFileInfo(path).fileName());
        m_debounce.start();
    });
    for (CheckoutCheckJob *job : {&m_full, &m_some}) {
        connect(job, &CheckoutCheckJob::resultsArrived, this, [this, job](const QList<CheckoutCheckJob::Result> &r) {
            if ((job == &m_full ? m_fullGeneration : m_someGeneration) == m_generation)
                m_model->applyChecks(r);
        });
        connect(job, &CheckoutCheckJob::finished, this, [this, job] { onCheckFinished(job); });
    }
    connect(
        &m_full, &CheckoutCheckJob::progressChanged, this, [this](qint64 done, qint64 total, const QString &current) {
            Q_EMIT progress(done, total,
                current.isEmpty() ? tr("Checking the distfiles…")
                                  : tr("Hashing %1…").arg(QFileInfo(current).fileName()));
        });
}

CheckoutSession::~CheckoutSession()
{
    if (m_fetcher)
        m_fetcher->disconnect(this);
    // The jobs are members: their destructors cancel and wait before the cache goes.
}

QString CheckoutSession::suggestedSplitStep(const QStringList &improveSteps)
{
    if (improveSteps.contains(DistfilePlan::defaultSplitStep()))
        return DistfilePlan::defaultSplitStep();
    for (const QString &step : improveSteps)
        if (step.contains(QLatin1String("network")))
            return step;
    return {};
}

QString CheckoutSession::cachePath() const
{
    return m_cache->path();
}

void CheckoutSession::expectLoad()
{
    m_loadExpected = true;
    Q_EMIT stateChanged();
}

bool CheckoutSession::load(const QString &root, const QString &splitStep, bool guix, const Checkout *read)
{
    m_loadExpected = false;
    Checkout checkout;
    if (read)
        checkout = *read;
    else if (!checkout.load(root, guix)) {
        m_error = checkout.error();
        return false;
    }
    m_error.clear();
    abandonWork();
    m_checkout = checkout;
    // Two source files at most, each read up to CheckoutLayout::MaxSourceBytes: small next to
    // the manifest and sources files the load has just read here.
    m_layout = CheckoutLayout::read(root);
    m_plan = DistfilePlan();
    // A plan with errors is kept and shown: errors() travel with it and block the build.
    [[maybe_unused]] const bool planned = m_plan.build(m_checkout, splitStep);
    if (m_distfilesDir.isEmpty())
        m_distfilesDir = m_checkout.defaultDistfilesDir();
    m_model->setPlan(m_plan, m_distfilesDir);
    watchFolderSoon();
    Q_EMIT stateChanged();
    return true;
}

void CheckoutSession::setDistfilesDir(const QString &dir)
{
    abandonWork();
    m_distfilesDir = QFileInfo(dir).absoluteFilePath();
    m_model->setPlan(m_plan, m_distfilesDir);
    m_extra.clear();
    watchFolderSoon();
    Q_EMIT stateChanged();
}

void CheckoutSession::abandonWork()
{
    ++m_generation;
    m_checkWanted = false;
    m_model->setChecking(false);
    m_full.cancel();
    m_some.cancel();
    if (m_fetcher)
        m_fetcher->cancel();
}

void CheckoutSession::watchFolderSoon()
{
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation)
                watchFolder();
        },
        Qt::QueuedConnection);
}

void CheckoutSession::watchFolder()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_dirtyNames.clear();
    m_scanPending = false;
    if (!QFileInfo(m_distfilesDir).isDir())
        return;
    m_watcher.addPath(m_distfilesDir);
    // The folder's own events say nothing about a file rewritten in place (a download tool
    // writing under the final name): watch the planned files that are there, too.
    QStringList files;
    const QDir dir(m_distfilesDir);
    for (const QString &name : m_plan.fileNames())
        if (QFileInfo::exists(dir.filePath(name)))
            files << dir.filePath(name);
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}

bool CheckoutSession::isChecking() const
{
    return m_full.isRunning() || m_some.isRunning();
}

bool CheckoutSession::isFetching() const
{
    return m_fetcher && m_fetcher->isRunning();
}

void CheckoutSession::check()
{
    const bool stale = (m_full.isRunning() && m_fullGeneration != m_generation) ||
        (m_some.isRunning() && m_someGeneration != m_generation);
    if (stale && !isFetching()) {
        m_checkWanted = true;
        m_model->setChecking(true);
        return;
    }
    if (isBusy())
        return;
    m_checkWanted = false;
    m_fullGeneration = m_generation;
    m_model->setChecking(true);
    const bool loadCache = !m_cacheLoaded;
    m_cacheLoaded = true;
    m_full.startFull(m_model->distfiles(), m_distfilesDir, m_cache, loadCache);
    Q_EMIT stateChanged();
}

void CheckoutSession::cancel()
{
    m_full.cancel();
    if (m_fetcher)
        m_fetcher->cancel();
}

void CheckoutSession::runPendingRechecks()
{
    if (!m_scanPending && m_dirtyNames.isEmpty())
        return;
    // A full check looks at everything anyway; what changed after it looked comes next.
    if (isChecking())
        return;
    QList<int> indices;
    for (const QString &name : std::as_const(m_dirtyNames))
        indices += m_model->indicesOf(name);
    QList<CheckoutCheckJob::Seen> known;
    if (m_scanPending) {
        const QList<DistfileCheck> &checks = m_model->checks();
        known.reserve(checks.size());
        for (const DistfileCheck &c : checks) {
            CheckoutCheckJob::Seen seen;
            seen.checked = c.state != State::Unchecked;
            if (c.state != State::Missing && c.state != State::Unchecked)
                seen.identity = c.identity;
            known << seen;
        }
    }
    m_dirtyNames.clear();
    m_scanPending = false;
    m_someGeneration = m_generation;
    m_some.startSome(m_model->distfiles(), indices, known, m_distfilesDir, m_cache);
    Q_EMIT stateChanged();
}

void CheckoutSession::onCheckFinished(CheckoutCheckJob *job)
{
    const bool stale = (job == &m_full ? m_fullGeneration : m_someGeneration) != m_generation;
    if (stale) {
        if (m_checkWanted && !isChecking())
            check();
        Q_EMIT stateChanged();
        return;
    }
    if (job == &m_full)
        m_model->setChecking(false);
    m_extra = job->extraFiles();
    if (!job->cacheWarning().isEmpty())
        m_cacheWarning = job->cacheWarning();
    // Files that appeared since the watch began are watched too.
    const QStringList watchedList = m_watcher.files();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    QSet<QString> add;
    for (const DistfileCheck &c : m_model->checks())
        if (c.state != State::Missing && c.state != State::Unchecked && !watched.contains(c.path))
            add.insert(c.path);
    if (!add.isEmpty())
        m_watcher.addPaths(add.values());
    if (job == &m_full)
        Q_EMIT checkFinished();
    Q_EMIT stateChanged();
    if (m_scanPending || !m_dirtyNames.isEmpty())
        m_debounce.start();
}

bool CheckoutSession::fetchMissing(const QStringList &mirrors)
{
    if (isBusy())
        return false;
    // One download per file name; every row of that name follows it.
    QList<FetchItem> items;
    QSet<QString> names;
    m_fetchNames.clear();
    const QList<PlannedDistfile> &distfiles = m_model->distfiles();
    for (int i = 0; i < distfiles.size(); ++i) {
        const State state = m_model->checks().at(i).state;
        const PlannedDistfile &d = distfiles.at(i);
        if ((state != State::Missing && state != State::WrongChecksum) || names.contains(d.fileName))
            continue;
        names.insert(d.fileName);
        FetchItem item;
        item.index = i;
        item.fileName = d.fileName;
        item.sha256 = d.sha256;
        item.urls = d.candidateUrls(mirrors);
        if (item.urls.isEmpty()) {
            m_model->endTransfer(i, tr("No URL: the sources line gives “_” and no mirror is set."));
            continue;
        }
        items << item;
        m_fetchNames.insert(i, d.fileName);
    }
    if (items.isEmpty())
        return false;
    if (!QDir().mkpath(m_distfilesDir)) {
        m_error = tr("The distfiles folder %1 cannot be created.").arg(m_distfilesDir);
        return false;
    }
    if (!m_fetcher) {
        // Asynchronous on the GUI thread's event loop; hashing a received chunk is small work.
        m_fetcher = new DistfileFetcher(this);
        m_fetcher->setCache(m_cache.get());
        connect(m_fetcher, &DistfileFetcher::itemProgress, this, [this](int index, qint64 received, qint64 total) {
            for (int row : m_model->indicesOf(m_fetchNames.value(index)))
                m_model->setTransfer(row, received, total);
        });
        connect(m_fetcher, &DistfileFetcher::itemFinished, this, [this](int index, bool ok, const QString &message) {
            const QString name = m_fetchNames.value(index);
            for (int row : m_model->indicesOf(name))
                m_model->endTransfer(row, ok ? QString() : message);
            // The file took its name: look at it soon rather than after the whole fetch.
            if (ok && !name.isEmpty()) {
                m_dirtyNames.insert(name);
                m_debounce.start();
            }
        });
        connect(m_fetcher, &DistfileFetcher::progress, this, [this](int done, int total, qint64 bytes) {
            Q_EMIT progress(done, total,
                tr("Downloading: %1 of %n file(s) done, %2 received", nullptr, total)
                    .arg(Formatting::count(done), Formatting::bytes(bytes)));
        });
        connect(m_fetcher, &DistfileFetcher::finished, this, &CheckoutSession::onFetchFinished);
    }
    m_fetcher->start(items, m_distfilesDir);
    Q_EMIT stateChanged();
    return true;
}

void CheckoutSession::onFetchFinished()
{
    int fetched = 0, failed = 0;
    for (auto it = m_fetchNames.cbegin(); it != m_fetchNames.cend(); ++it) {
        const auto outcome = m_fetcher->outcomes().constFind(it.key());
        if (outcome != m_fetcher->outcomes().cend() && outcome->ok)
            ++fetched;
        else
            ++failed;
        // Rows a cancel left half-way lose their progress.
        for (int row : m_model->indicesOf(it.value()))
            if (m_model->isTransferring(row))
                m_model->endTransfer(row);
        m_dirtyNames.insert(it.value());
    }
    m_fetchNames.clear();
    Q_EMIT stateChanged();
    Q_EMIT fetchFinished(fetched, failed);
    // The downloaded files are checked again, each by itself (the cache knows their digests).
    runPendingRechecks();
}

QStringList CheckoutSession::missingUrls() const
{
    QStringList urls;
    QSet<QString> names;
    const QList<PlannedDistfile> &distfiles = m_model->distfiles();
    for (int i = 0; i < distfiles.size(); ++i) {
        const State state = m_model->checks().at(i).state;
        const PlannedDistfile &d = distfiles.at(i);
        if ((state != State::Missing && state != State::WrongChecksum) || d.urls.isEmpty() ||
            names.contains(d.fileName))
            continue;
        names.insert(d.fileName);
        urls << d.urls.constFirst();
    }
    return urls;
}

bool CheckoutSession::canBuild() const
{
    return !isBusy() && m_plan.errors().isEmpty() && m_model->allOk(CheckoutDistfileModel::Half::ExternalImage);
}

QList<BuildEntry> CheckoutSession::externalBuildEntries() const
{
    return CheckoutImageBuilder::entriesFor(m_model->externalDistfiles(), m_model->externalChecks());
}

QList<BuildEntry> CheckoutSession::payloadListEntries() const
{
    QList<BuildEntry> entries;
    const QList<PlannedDistfile> external = m_model->externalDistfiles();
    const QList<DistfileCheck> checks = m_model->externalChecks();
    const QDir dir(m_distfilesDir);
    for (int i = 0; i < external.size(); ++i) {
        BuildEntry e = BuildEntry::fromFile(dir.filePath(external.at(i).fileName), external.at(i).fileName.toUtf8());
        if (checks.at(i).state == State::Ok)
            e.knownSha256 = checks.at(i).actualSha256;
        entries << e;
    }
    return entries;
}
