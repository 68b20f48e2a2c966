// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SentinelFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

SentinelFolder::SentinelFolder(const QString &root)
    : m_root(root)
{
    QDir(m_root).mkpath(QStringLiteral("target"));
    QDir(m_root).mkpath(QStringLiteral("sentinel-dir"));
    for (const QString &path : QStringList {sentinelFile(), sentinelFolder() + QStringLiteral("/inside.txt")}) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("sentinel: must not change\n");
    }
    snapshot();
}

QString SentinelFolder::target() const
{
    return m_root + QStringLiteral("/target");
}

QString SentinelFolder::sentinelFile() const
{
    return m_root + QStringLiteral("/sentinel.txt");
}

QString SentinelFolder::sentinelFolder() const
{
    return m_root + QStringLiteral("/sentinel-dir");
}

void SentinelFolder::snapshot()
{
    m_snapshot = state();
}

QMap<QString, QByteArray> SentinelFolder::state() const
{
    // lstat throughout: a link planted by a test is recorded as the link, never followed.
    QMap<QString, QByteArray> out;
    QStringList pending {m_root};
    while (!pending.isEmpty()) {
        const QString path = pending.takeLast();
        struct stat st
        {
        };
        const QByteArray native = QFile::encodeName(path);
        if (::lstat(native.constData(), &st) != 0)
            continue;
        QByteArray line = QByteArray::number(st.st_mode, 8) + ' ' + QByteArray::number(qint64(st.st_size)) + ' ' +
            QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qint64(st.st_mtim.tv_nsec));
        if (S_ISLNK(st.st_mode)) {
            char link[4096];
            const ssize_t n = ::readlink(native.constData(), link, sizeof link);
            line += " -> " + QByteArray(link, n > 0 ? int(n) : 0);
        } else if (S_ISREG(st.st_mode)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&file);
                line += ' ' + hash.result().toHex();
            }
        }
        // The target itself may change its times; what is inside it is the extraction's.
        if (path != target())
            out.insert(path, line);
        if (S_ISDIR(st.st_mode) && path != target()) {
            const QStringList children =
                QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            for (const QString &child : children)
                pending << path + QLatin1Char('/') + child;
        }
    }
    return out;
}

QString SentinelFolder::changesOutsideTarget() const
{
    const QMap<QString, QByteArray> now = state();
    QStringList changes;
    for (auto it = m_snapshot.cbegin(); it != m_snapshot.cend(); ++it) {
        if (!now.contains(it.key()))
            changes << QStringLiteral("disappeared: ") + it.key();
        else if (now.value(it.key()) != it.value())
            changes << QStringLiteral("changed: ") + it.key();
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!m_snapshot.contains(it.key()))
            changes << QStringLiteral("appeared: ") + it.key();
    return changes.join(QLatin1Char('\n'));
}

bool SentinelFolder::plant(Plant kind) const
{
    switch (kind) {
    case Plant::Nothing:
        return true;
    case Plant::LinkToSentinelFile:
        return QFile::link(QStringLiteral("../sentinel.txt"), planted());
    case Plant::LinkToSentinelFolder:
        return QFile::link(QStringLiteral("../sentinel-dir"), planted());
    case Plant::Folder:
        return QDir().mkpath(planted() + QStringLiteral("/kept"));
    }
    return false;
}
