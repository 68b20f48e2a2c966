// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "AtomicOutputFile.h"
#include "SystemError.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

AtomicOutputFile::AtomicOutputFile(const QString &path)
    : m_path(path)
{ }

AtomicOutputFile::~AtomicOutputFile()
{
    discard();
}

bool AtomicOutputFile::open(bool overwrite)
{
    m_overwrite = overwrite;
    const QFileInfo info(m_path);
    if (info.isDir()) {
        m_error = tr("%1: is a folder").arg(m_path);
        return false;
    }
    if (info.exists() && !overwrite) {
        m_error = tr("%1: the file exists; choose another name or allow overwriting").arg(m_path);
        return false;
    }
    m_temp = std::make_unique<QTemporaryFile>(
        info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QLatin1String(".XXXXXX.part")));
    if (!m_temp->open()) {
        m_error = tr("%1: cannot create a file in %2: %3").arg(m_path, info.absolutePath(), m_temp->errorString());
        m_temp.reset();
        return false;
    }
    return true;
}

QFile *AtomicOutputFile::file() const
{
    return m_temp.get();
}

int AtomicOutputFile::handle() const
{
    return m_temp ? m_temp->handle() : -1;
}

bool AtomicOutputFile::commit(bool sync)
{
    if (!m_temp) {
        m_error = tr("%1: nothing to commit").arg(m_path);
        return false;
    }
    if (!m_temp->flush()) {
        m_error = tr("%1: write error: %2").arg(m_path, m_temp->errorString());
        discard();
        return false;
    }
    if (sync && ::fsync(m_temp->handle()) != 0) {
        m_error = tr("%1: cannot flush the file to disk: %2").arg(m_path, errnoText(errno));
        discard();
        return false;
    }
    // Temporary files are created 0600; the result is an ordinary file like any other.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(m_temp->handle(), 0666 & ~mask);
    const QString tempPath = m_temp->fileName();
    m_temp->close();

    const QByteArray from = QFile::encodeName(tempPath);
    const QByteArray to = QFile::encodeName(QFileInfo(m_path).absoluteFilePath());
    bool ok = true;
    if (m_overwrite) {
        if (::rename(from.constData(), to.constData()) != 0) {
            m_error = tr("%1: cannot move the finished file into place: %2").arg(m_path, errnoText(errno));
            ok = false;
        }
    } else if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
    } else if (errno == EEXIST) {
        m_error = tr("%1: the file appeared while this one was written; not replaced").arg(m_path);
        ok = false;
    } else if (::rename(from.constData(), to.constData()) != 0) { // file systems without hard links
        m_error = tr("%1: cannot move the finished file into place: %2").arg(m_path, errnoText(errno));
        ok = false;
    }
    if (!ok) {
        discard();
        return false;
    }
    m_temp->setAutoRemove(false);
    m_temp.reset();
    return true;
}

void AtomicOutputFile::discard()
{
    m_temp.reset(); // QTemporaryFile removes its file
}
