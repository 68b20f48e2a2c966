// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <unistd.h>

// A loop device over a sparse file, for the disk-writing suites: attached with losetup in the
// constructor, detached in the destructor. Making one needs root (CAP_SYS_ADMIN) and a /sys
// that lists it; where either is missing, isValid() is false and skipReason() says what, for
// the test's QSKIP.
class LoopDevice
{
public:
    // `backingFile` is made sparse with `size` bytes, each of its first `fillBytes` set to
    // `fill`, so a test can tell written bytes from old ones. A `partitionTable` (a master boot
    // record) is written at the start and the kernel asked to scan it (/dev/loopNp1 and on).
    LoopDevice(const QString &backingFile, qint64 size, char fill = '\0', qint64 fillBytes = 0,
        const QByteArray &partitionTable = {})
        : m_backing(backingFile)
    {
        QFile file(backingFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !file.resize(size)) {
            m_skip = QStringLiteral("cannot make the sparse file %1").arg(backingFile);
            return;
        }
        if (fillBytes > 0)
            file.write(QByteArray(fillBytes, fill));
        if (!partitionTable.isEmpty() && (!file.seek(0) || file.write(partitionTable) != partitionTable.size())) {
            m_skip = QStringLiteral("cannot write the partition table into %1").arg(backingFile);
            return;
        }
        file.close();
        if (!QFileInfo::exists(QStringLiteral("/sys/block"))) {
            m_skip = QStringLiteral("/sys/block is not visible here, so loop devices cannot be checked");
            return;
        }
        const QString losetup = QStandardPaths::findExecutable(QStringLiteral("losetup"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        if (losetup.isEmpty()) {
            m_skip = QStringLiteral("losetup is not installed");
            return;
        }
        QProcess p;
        QStringList arguments {QStringLiteral("--find"), QStringLiteral("--show"), backingFile};
        if (!partitionTable.isEmpty())
            arguments.prepend(QStringLiteral("--partscan"));
        p.start(losetup, arguments);
        p.waitForFinished(30000);
        const QString path = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || path.isEmpty()) {
            m_skip = QStringLiteral("cannot make a loop device (needs root and loop support): %1")
                         .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
            return;
        }
        m_path = path;
        m_losetup = losetup;
    }
    ~LoopDevice()
    {
        if (!m_path.isEmpty())
            QProcess::execute(m_losetup, {QStringLiteral("-d"), m_path});
    }
    LoopDevice(const LoopDevice &) = delete;
    LoopDevice &operator=(const LoopDevice &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString skipReason() const { return m_skip; }
    QString path() const { return m_path; }
    QString backingFile() const { return m_backing; }

    // `length` bytes at `offset`, read past the page cache of the loop device.
    QByteArray read(qint64 offset, qint64 length) const
    {
        QByteArray out(length, '\0');
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return {};
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        const ssize_t n = ::pread(fd, out.data(), size_t(length), offset);
        ::close(fd);
        return n == length ? out : QByteArray();
    }
    // Overwrites bytes on the device and syncs, as a failing disk or a meddler would.
    bool write(qint64 offset, const QByteArray &bytes) const
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const bool ok =
            ::pwrite(fd, bytes.constData(), size_t(bytes.size()), offset) == bytes.size() && ::fsync(fd) == 0;
        ::close(fd);
        return ok;
    }

private:
    QString m_backing;
    QString m_path;
    QString m_losetup;
    QString m_skip;
};
