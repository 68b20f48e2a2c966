// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DistfileFetcher.h"
#include "CoreLogging.h"
#include "FileIdentity.h"
#include "HashCache.h"
#include "Sha256.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

// One item in flight: which URL it is on, the temporary file and the running hash.
struct DistfileFetcher::Transfer
{
    FetchItem item;
    int urlIndex = -1;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QTemporaryFile> file;
    Sha256 sha;
    qint64 received = 0;
    QStringList failures;
    QString writeError;
};

DistfileFetcher::DistfileFetcher(QObject *parent)
    : QObject(parent)
{ }

DistfileFetcher::~DistfileFetcher()
{
    m_queue.clear();
    for (Transfer *t : std::as_const(m_active)) {
        if (t->reply) {
            t->reply->disconnect(this);
            t->reply->abort();
            t->reply->deleteLater();
        }
        delete t; // the temporary file goes with it
    }
    m_active.clear();
}

void DistfileFetcher::setParallel(int downloads)
{
    m_parallel = std::max(1, downloads);
}

void DistfileFetcher::setStallTimeout(int milliseconds)
{
    m_stallTimeout = std::max(1, milliseconds);
}

bool DistfileFetcher::allOk() const
{
    if (m_canceled || m_outcomes.size() != m_total)
        return false;
    return std::all_of(m_outcomes.cbegin(), m_outcomes.cend(), [](const FetchOutcome &o) { return o.ok; });
}

void DistfileFetcher::start(const QList<FetchItem> &items, const QString &dir)
{
    Q_ASSERT(!m_running);
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_dir = dir;
    m_queue = items;
    m_outcomes.clear();
    m_total = int(items.size());
    m_bytes = 0;
    m_canceled = false;
    m_running = true;
    startNext();
    finishIfDone();
}

void DistfileFetcher::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    m_queue.clear();
    const QList<Transfer *> active = m_active;
    m_active.clear();
    for (Transfer *t : active) {
        if (t->reply) {
            t->reply->disconnect(this);
            t->reply->abort();
            t->reply->deleteLater();
        }
        t->failures << tr("canceled");
        m_outcomes.insert(t->item.index, FetchOutcome {false, QString(), t->received, t->failures});
        Q_EMIT itemFinished(t->item.index, false, tr("%1: canceled").arg(t->item.fileName));
        delete t;
    }
    finishIfDone();
}

void DistfileFetcher::startNext()
{
    while (!m_canceled && m_active.size() < m_parallel && !m_queue.isEmpty()) {
        auto *t = new Transfer;
        t->item = m_queue.takeFirst();
        m_active.append(t);
        tryUrl(t);
    }
}

void DistfileFetcher::tryUrl(Transfer *t)
{
    ++t->urlIndex;
    if (t->urlIndex >= t->item.urls.size()) {
        const QString why = t->item.urls.isEmpty()
            ? tr("%1: no URL to download it from (its sources line has _ and no mirror is set)").arg(t->item.fileName)
            : tr("%1: every source failed: %2").arg(t->item.fileName, t->failures.join(QLatin1String("; ")));
        endItem(t, false, why);
        return;
    }
    const QString url = t->item.urls.at(t->urlIndex);
    // A hidden temporary name beside the distfile: same file system for the rename, and never
    // mistaken for a distfile or an extra file.
    t->file = std::make_unique<QTemporaryFile>(
        m_dir + QStringLiteral("/.") + t->item.fileName + QStringLiteral(".XXXXXX.part"));
    if (!t->file->open()) {
        endItem(
            t, false, tr("%1: cannot create a file in %2: %3").arg(t->item.fileName, m_dir, t->file->errorString()));
        return;
    }
    t->sha.result(); // reset
    t->received = 0;
    t->writeError.clear();
    QNetworkRequest request {QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_stallTimeout);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("payload-studio"));
    QNetworkReply *reply = m_network->get(request);
    t->reply = reply;
    Q_EMIT itemStarted(t->item.index, url);
    connect(reply, &QNetworkReply::readyRead, this, [this, t] { onReadyRead(t); });
    connect(reply, &QNetworkReply::downloadProgress, this,
        [this, t](qint64 received, qint64 total) { Q_EMIT itemProgress(t->item.index, received, total); });
    connect(reply, &QNetworkReply::finished, this, [this, t] { onFinished(t); });
}

void DistfileFetcher::onReadyRead(Transfer *t)
{
    if (!t->reply || !t->reply->isOpen())
        return;
    const QByteArray chunk = t->reply->readAll();
    if (chunk.isEmpty() || !t->writeError.isEmpty())
        return;
    // Error pages are not the file: only a successful response is written and hashed.
    const int status = t->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return;
    if (t->file->write(chunk) != chunk.size()) {
        t->writeError = t->file->errorString();
        t->reply->abort();
        return;
    }
    t->sha.addData(chunk.constData(), chunk.size());
    t->received += chunk.size();
    m_bytes += chunk.size();
    Q_EMIT progress(int(m_outcomes.size()), m_total, m_bytes);
}

void DistfileFetcher::failAttempt(Transfer *t, const QString &reason)
{
    t->failures << tr("%1: %2").arg(t->item.urls.at(t->urlIndex), reason);
    qCDebug(lcCore) << "fetch attempt failed:" << t->failures.constLast();
    t->file.reset(); // removes the temporary file
    tryUrl(t);
}

void DistfileFetcher::onFinished(Transfer *t)
{
    QNetworkReply *reply = t->reply;
    if (!reply)
        return;
    onReadyRead(t);
    reply->deleteLater();
    t->reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!t->writeError.isEmpty())
        return endItem(t, false, tr("%1: cannot write to %2: %3").arg(t->item.fileName, m_dir, t->writeError));
    if (reply->error() != QNetworkReply::NoError) {
        const QString reason =
            status > 0 ? tr("HTTP %1 (%2)").arg(status).arg(reply->errorString()) : reply->errorString();
        return failAttempt(t, reason);
    }
    if (status >= 300)
        return failAttempt(t, tr("HTTP %1").arg(status));
    const QByteArray digest = t->sha.hexResult();
    if (digest != t->item.sha256)
        return failAttempt(t,
            tr("the bytes received have SHA-256 %1, expected %2")
                .arg(QString::fromLatin1(digest), QString::fromLatin1(t->item.sha256)));
    if (!t->file->flush())
        return endItem(t, false, tr("%1: cannot write to %2: %3").arg(t->item.fileName, m_dir, t->file->errorString()));
    // Only now does the file take the distfile's name, replacing a wrong one in one step.
    const QString finalPath = m_dir + QLatin1Char('/') + t->item.fileName;
    t->file->setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (::rename(QFile::encodeName(t->file->fileName()).constData(), QFile::encodeName(finalPath).constData()) != 0)
        return endItem(t, false,
            tr("%1: cannot move the download into place: %2")
                .arg(finalPath, QString::fromLocal8Bit(std::strerror(errno))));
    t->file->setAutoRemove(false);
    if (m_cache)
        if (const std::optional<FileIdentity> id = FileIdentity::ofPath(finalPath))
            m_cache->insert(*id, digest);
    const QString url = t->item.urls.at(t->urlIndex);
    m_outcomes.insert(t->item.index, FetchOutcome {true, url, t->received, t->failures});
    m_active.removeOne(t);
    Q_EMIT itemFinished(t->item.index, true, tr("%1: downloaded from %2").arg(t->item.fileName, url));
    delete t;
    Q_EMIT progress(int(m_outcomes.size()), m_total, m_bytes);
    startNext();
    finishIfDone();
}

void DistfileFetcher::endItem(Transfer *t, bool ok, const QString &message)
{
    m_outcomes.insert(t->item.index, FetchOutcome {ok, QString(), t->received, t->failures});
    m_active.removeOne(t);
    Q_EMIT itemFinished(t->item.index, ok, message);
    delete t;
    Q_EMIT progress(int(m_outcomes.size()), m_total, m_bytes);
    startNext();
    finishIfDone();
}

void DistfileFetcher::finishIfDone()
{
    if (!m_running || !m_active.isEmpty() || (!m_queue.isEmpty() && !m_canceled))
        return;
    m_running = false;
    Q_EMIT finished();
}
