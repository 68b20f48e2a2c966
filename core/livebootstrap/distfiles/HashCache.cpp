// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "HashCache.h"
#include "CoreLogging.h"
#include "Sha256.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

namespace {
// The first line names the format; the last holds the count and a checksum of all before it.
const QByteArray Header = QByteArrayLiteral("payload-studio sha256-cache 1\n");

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

bool isHex64(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}
} // namespace

QString HashCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/payload-studio/sha256-cache");
}

HashCache::HashCache(const QString &path, qsizetype maxEntries)
    : m_path(path)
    , m_maxEntries(std::max<qsizetype>(1, maxEntries))
{
}

QString HashCache::warning() const
{
    std::lock_guard lock(m_mutex);
    return m_warning;
}

qsizetype HashCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_records.size();
}

bool HashCache::readFile(QHash<Key, Record> *out, QString *problem) const
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1: cannot read the hash cache: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    auto corrupt = [&](const QString &what) {
        *problem = tr("%1: the hash cache is damaged (%2); it is ignored and will be rewritten").arg(m_path, what);
        out->clear();
        return true; // readable, just not trusted
    };
    if (!data.startsWith(Header))
        return corrupt(tr("unknown format"));
    const qsizetype lastLine = data.lastIndexOf('\n', data.size() - 2);
    if (!data.endsWith('\n') || lastLine < Header.size() - 1)
        return corrupt(tr("it ends early"));
    const QByteArray body = data.left(lastLine + 1);
    const QList<QByteArray> trailer = data.mid(lastLine + 1).trimmed().split(' ');
    if (trailer.size() != 3 || trailer.at(0) != "end" || trailer.at(2) != Sha256::hexOf(body))
        return corrupt(tr("its checksum does not match"));
    bool countOk = false;
    const qsizetype count = trailer.at(1).toLongLong(&countOk);
    const QList<QByteArray> lines = body.mid(Header.size()).split('\n');
    // split() leaves one empty element after the final line break.
    if (!countOk || count != lines.size() - 1)
        return corrupt(tr("its entry count does not match"));
    for (qsizetype i = 0; i < count; ++i) {
        const QList<QByteArray> f = lines.at(i).split(' ');
        bool ok[6] = {};
        Record r;
        if (f.size() == 7) {
            r.identity.device = f.at(0).toULongLong(&ok[0]);
            r.identity.inode = f.at(1).toULongLong(&ok[1]);
            r.identity.size = f.at(2).toLongLong(&ok[2]);
            r.identity.mtimeNs = f.at(3).toLongLong(&ok[3]);
            r.identity.ctimeNs = f.at(4).toLongLong(&ok[4]);
            r.lastUsed = f.at(5).toLongLong(&ok[5]);
            r.identity.regular = true;
            r.sha256 = f.at(6);
        }
        if (f.size() != 7 || !std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || !isHex64(r.sha256))
            return corrupt(tr("line %1 cannot be read").arg(i + 2));
        out->insert(Key(r.identity.device, r.identity.inode), r);
    }
    return true;
}

bool HashCache::load()
{
    QHash<Key, Record> records;
    QString problem;
    const bool ok = readFile(&records, &problem);
    std::lock_guard lock(m_mutex);
    m_records = std::move(records);
    m_warning = problem;
    if (!problem.isEmpty())
        qCWarning(lcCore).noquote() << problem;
    return ok;
}

std::optional<QByteArray> HashCache::lookup(const FileIdentity &identity) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_records.find(Key(identity.device, identity.inode));
    if (it == m_records.end() || !(it->identity == identity))
        return std::nullopt;
    it->lastUsed = now();
    return it->sha256;
}

void HashCache::insert(const FileIdentity &identity, const QByteArray &sha256)
{
    if (!identity.regular || !isHex64(sha256))
        return;
    std::lock_guard lock(m_mutex);
    m_records.insert(Key(identity.device, identity.inode), Record{identity, sha256, now()});
}

bool HashCache::save(QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return failWith(tr("%1: cannot create the folder for the hash cache").arg(info.absolutePath()));
    // Another process may be saving too: take turns, and keep what it wrote.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    // QLockFile::tryLock(timeout) sleeps 100 ms, then longer, between attempts, while a save
    // holds the lock only while it writes the file: poll every few milliseconds instead.
    QElapsedTimer waited;
    waited.start();
    bool locked = lock.tryLock(0);
    while (!locked && waited.elapsed() < 10000) {
        QThread::msleep(2);
        locked = lock.tryLock(0);
    }
    if (!locked)
        return failWith(tr("%1: the hash cache is locked by another process").arg(m_path));

    QHash<Key, Record> merged;
    QString ignored;
    readFile(&merged, &ignored);
    QList<Record> records;
    {
        std::lock_guard guard(m_mutex);
        for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
            const auto theirs = merged.constFind(it.key());
            if (theirs == merged.cend() || theirs->lastUsed <= it->lastUsed)
                merged.insert(it.key(), it.value());
        }
        records = merged.values();
        // The most recently used first; what does not fit is dropped.
        std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
            return a.lastUsed != b.lastUsed ? a.lastUsed > b.lastUsed : a.identity.inode < b.identity.inode;
        });
        if (records.size() > m_maxEntries)
            records.resize(m_maxEntries);
        m_records.clear();
        for (const Record &r : std::as_const(records))
            m_records.insert(Key(r.identity.device, r.identity.inode), r);
    }

    QByteArray body = Header;
    for (const Record &r : std::as_const(records)) {
        body += QByteArray::number(r.identity.device) + ' ' + QByteArray::number(r.identity.inode) + ' '
            + QByteArray::number(r.identity.size) + ' ' + QByteArray::number(r.identity.mtimeNs) + ' '
            + QByteArray::number(r.identity.ctimeNs) + ' ' + QByteArray::number(r.lastUsed) + ' ' + r.sha256 + '\n';
    }
    const QByteArray trailer = "end " + QByteArray::number(records.size()) + ' ' + Sha256::hexOf(body) + '\n';
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || file.write(trailer) != trailer.size()
        || !file.commit())
        return failWith(tr("%1: cannot write the hash cache: %2").arg(m_path, file.errorString()));
    return true;
}
