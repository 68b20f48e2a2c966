// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class HashCache;
class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;
class Sha256;

// One distfile to download: the URLs to try in turn and the digest that decides.
struct FetchItem
{
    int index = -1; // the caller's row, echoed in every signal
    QString fileName;
    QByteArray sha256;
    QStringList urls;
};

// How a download ended.
struct FetchOutcome
{
    bool ok = false;
    QString url; // the URL that delivered the verified file
    qint64 bytes = 0;
    QStringList failures; // one line per URL that failed: "<url>: <reason>"
};

// Downloads missing or wrong distfiles with Qt Network, several at once. Each file is tried
// from each URL in turn (mirrors first, see PlannedDistfile::candidateUrls()); redirects are followed; the
// bytes go to a temporary file in the distfiles folder and are hashed as they arrive; only a
// file whose SHA-256 is the planned one is renamed to the distfile's name (replacing a wrong
// file), so nothing but a verified file ever takes that name. A wrong checksum, an HTTP error
// or a stalled transfer moves on to the next URL.
//
// The fetcher works in the thread it lives in, driven by that thread's event loop.
class DistfileFetcher : public QObject
{
    Q_OBJECT
public:
    explicit DistfileFetcher(QObject *parent = nullptr);
    ~DistfileFetcher() override; // cancels what is running; no temporary file is left

    void setParallel(int downloads); // at most this many at once (default 4)
    // A transfer that receives nothing for this long fails and moves on (default 30 s).
    void setStallTimeout(int milliseconds);
    // Verified downloads are recorded here, so the next check does not read them again.
    void setCache(HashCache *cache) { m_cache = cache; }

    // Starts downloading `items` into `dir` (which must exist) and returns;
    // finished() follows when every item has succeeded or run out of URLs, or after cancel().
    // Items that fail at once (no URL, no temporary file) end, and finished() may be emitted,
    // before start() returns: connect first.
    void start(const QList<FetchItem> &items, const QString &dir);
    // Aborts every transfer and removes the temporary files; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCanceled() const { return m_canceled; }
    // By item index, for every item that ended.
    const QHash<int, FetchOutcome> &outcomes() const { return m_outcomes; }
    bool allOk() const;

Q_SIGNALS:
    void itemStarted(int index, const QString &url);
    // `total` is -1 while the server has not said.
    void itemProgress(int index, qint64 received, qint64 total);
    // `message` names the file and says where it came from, or every URL's failure.
    void itemFinished(int index, bool ok, const QString &message);
    // Overall: items ended of all items, bytes received so far.
    void progress(int itemsDone, int itemsTotal, qint64 bytesReceived);
    void finished();

private:
    struct Transfer;
    void startNext();
    void tryUrl(Transfer *transfer);
    void onReadyRead(Transfer *transfer);
    void onFinished(Transfer *transfer);
    void endItem(Transfer *transfer, bool ok, const QString &message);
    void failAttempt(Transfer *transfer, const QString &reason);
    void finishIfDone();

    QNetworkAccessManager *m_network = nullptr;
    QString m_dir;
    QList<FetchItem> m_queue;
    QList<Transfer *> m_active;
    QHash<int, FetchOutcome> m_outcomes;
    HashCache *m_cache = nullptr;
    int m_parallel = 4;
    int m_stallTimeout = 30000;
    int m_total = 0;
    qint64 m_bytes = 0;
    bool m_running = false;
    bool m_canceled = false;
};
