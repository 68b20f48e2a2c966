// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/AuthoringEntry.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

quint64 AuthoringEntry::nextId()
{
    static std::atomic<quint64> counter {0};
    return ++counter;
}

AuthoringEntry AuthoringEntry::fromFile(const QString &path, const QByteArray &name)
{
    return fromBuildEntry(BuildEntry::fromFile(path, name));
}

AuthoringEntry AuthoringEntry::fromBuildEntry(const BuildEntry &entry, bool probe)
{
    AuthoringEntry e;
    e.id = nextId();
    e.name = entry.name;
    e.sourcePath = entry.sourcePath;
    e.sourceOffset = entry.sourceOffset;
    e.size = std::max<qint64>(0, entry.size);
    e.wholeFile = entry.wholeFile;
    // A digest the caller checked already (a checkout's distfile) need not be computed again.
    if (!entry.knownSha256.isEmpty()) {
        e.sha256 = entry.knownSha256;
        e.hashState = HashState::Done;
    }
    if (probe)
        e.probeSource();
    return e;
}

void AuthoringEntry::probeSource()
{
    const QByteArray path = QFile::encodeName(sourcePath);
    struct stat st
    {
    };
    sourceDetail.clear();
    if (::stat(path.constData(), &st) != 0) {
        const int err = errno;
        sourceState = err == ENOENT || err == ENOTDIR ? SourceState::Missing : SourceState::Unreadable;
        sourceDetail = QString::fromLocal8Bit(std::strerror(err));
        return;
    }
    if (wholeFile && !S_ISREG(st.st_mode)) {
        sourceState = SourceState::NotRegularFile;
        return;
    }
    // Opening is the only honest readability test (ACLs, root, read-only mounts).
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        sourceState = SourceState::Unreadable;
        sourceDetail = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    ::close(fd);
    if (wholeFile) {
        size = qint64(st.st_size);
    } else if (S_ISREG(st.st_mode) && sourceOffset + size > qint64(st.st_size)) {
        sourceState = SourceState::RangeOutOfBounds;
        return;
    }
    sourceState = SourceState::Ok;
}

BuildEntry AuthoringEntry::toBuildEntry() const
{
    return wholeFile ? BuildEntry::fromFile(sourcePath, name)
                     : BuildEntry::fromRange(sourcePath, sourceOffset, size, name);
}
