// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"
#include "Checkout.h"
#include "CheckoutLayout.h"
#include "DistfilePlan.h"
#include "jobs/checkout/CheckoutCheckJob.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class CheckoutDistfileModel;
class DistfileFetcher;
class HashCache;

// One opened live-bootstrap checkout and its distfiles folder: the parsed checkout, the plan
// for the chosen split step, the model showing each distfile's state, and the work that keeps
// that state true: a full check (hash cache first, all cores), a folder watcher that checks a
// file that appears, vanishes or changes by itself, and Fetch Missing. One check runs at a
// time; watcher events met meanwhile wait for it. The panel shows it; this has no widgets.
class CheckoutSession : public QObject
{
    Q_OBJECT
public:
    // `cachePath`: the hash cache file (HashCache::defaultPath() for the user's; tests pass
    // a temporary one).
    explicit CheckoutSession(const QString &cachePath, QObject *parent = nullptr);
    ~CheckoutSession() override;

    // The split step to offer first: import_payload when the manifest has it, else the first
    // improve step whose name contains "network"; empty when neither is there (ask the user).
    static QString suggestedSplitStep(const QStringList &improveSteps);

    // Reads the checkout at `root` (with steps-guix/ when `guix`) and plans the split at
    // `splitStep`. Returns false and sets error() when `root` is not a checkout; a plan that
    // has errors (no such step, one name with two checksums) still loads: planErrors() says
    // what is wrong. Does not start a check (see check()). `read`, when given, is that
    // checkout already read with `guix` by the caller: it is not read a second time. The
    // folder is watched from the next turn of the event loop on.
    bool load(const QString &root, const QString &splitStep, bool guix, const Checkout *read = nullptr);
    // The folder the distfiles are looked for in (default: the checkout's distfiles/); it is
    // watched from now on. The rows go back to unchecked.
    void setDistfilesDir(const QString &dir);

    QString error() const { return m_error; }
    const Checkout &checkout() const { return m_checkout; }
    // The LBPAYLD1 layout the checkout's importer reads (read with the checkout by load()):
    // the default of a build from this checkout.
    const CheckoutLayout &layout() const { return m_layout; }
    const DistfilePlan &plan() const { return m_plan; }
    QStringList planErrors() const { return m_plan.errors(); }
    QString distfilesDir() const { return m_distfilesDir; }
    CheckoutDistfileModel *model() const { return m_model; }
    QStringList extraFiles() const { return m_extra; }
    // The hash cache's problem (corrupt file, cannot save), if any.
    QString cacheWarning() const { return m_cacheWarning; }
    QString cachePath() const;

    // Checks every distfile (hashing what the cache does not know). Does nothing while a
    // check or a download runs, except after a new plan or folder: then it starts once the
    // stale check has stopped.
    void check();
    // Stops the full check or the downloads; rows not reached keep what they had.
    void cancel();
    bool isChecking() const;
    bool isFetching() const;
    // Also while a load announced by expectLoad() has not come yet.
    bool isBusy() const { return m_loadExpected || isChecking() || isFetching(); }
    // The caller will call load() on a later turn of the event loop and check() after it:
    // the session is busy until that load (stateChanged()), so that whoever waits for the check
    // to end waits for it too.
    void expectLoad();
    CheckoutCheckJob *checkJob() { return &m_full; }

    // Downloads every missing or wrong distfile, from each of `mirrors` (as
    // <mirror>/<file name>) and then its own URLs; the fetched files are checked again after.
    // Returns false (and does nothing) when there is nothing to fetch or work is running.
    bool fetchMissing(const QStringList &mirrors);
    DistfileFetcher *fetcher() const { return m_fetcher; }

    // The rows that are not OK and are missing or wrong: one URL a line, each file once.
    QStringList missingUrls() const;
    // True when every distfile of external.img is OK and nothing runs.
    bool canBuild() const;
    // The build entries of external.img for the build dialog (valid when canBuild()).
    QList<BuildEntry> externalBuildEntries() const;
    // external.img's distfiles as plain whole-file entries, present or not, sorted by name:
    // for an authoring list. Known digests are carried.
    QList<BuildEntry> payloadListEntries() const;

Q_SIGNALS:
    // Busy state, extra files or the cache warning changed: actions and notices follow.
    void stateChanged();
    // Progress of the check or of the downloads, for the panel's progress bar.
    void progress(qint64 done, qint64 total, const QString &text);
    void checkFinished();
    void fetchFinished(int fetched, int failed);

private:
    // Cancels what runs and marks its results stale (a new plan or folder).
    void abandonWork();
    void watchFolder();
    // watchFolder() on the next turn of the event loop, unless a new plan or folder came
    // first: its hundreds of file watches are no part of showing the plan.
    void watchFolderSoon();
    void onFolderChanged();
    void runPendingRechecks();
    void onCheckFinished(CheckoutCheckJob *job);
    void onFetchFinished();

    QString m_error;
    Checkout m_checkout;
    CheckoutLayout m_layout;
    DistfilePlan m_plan;
    QString m_distfilesDir;
    CheckoutDistfileModel *m_model;
    std::shared_ptr<HashCache> m_cache;
    bool m_cacheLoaded = false;
    QString m_cacheWarning;
    CheckoutCheckJob m_full;
    CheckoutCheckJob m_some;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QSet<QString> m_dirtyNames; // files the watcher named
    bool m_scanPending = false; // the folder changed: compare every file's identity
    QStringList m_extra;
    DistfileFetcher *m_fetcher = nullptr; // a child, made on the first fetch
    QHash<int, QString> m_fetchNames; // by fetch item index: the files the running fetch gets
    // Bumped by every new plan or folder: results of jobs started before are dropped, since
    // their indices name other distfiles.
    int m_generation = 0;
    int m_fullGeneration = 0;
    int m_someGeneration = 0;
    bool m_checkWanted = false; // check() met a canceled check still winding down
    bool m_loadExpected = false;
};
