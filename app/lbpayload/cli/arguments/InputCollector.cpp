// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "InputCollector.h"
#include "Console.h"
#include "SourceList.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

bool InputCollector::folderEntries(const QString &folder, bool recursive, QList<BuildEntry> *entries, QString *error)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable()) {
        *error = tr("%1: cannot read the folder").arg(folder);
        return false;
    }
    // Hidden files count too: a folder of distfiles is taken as it is. Sub-folders reached
    // through symbolic links are not entered, so a link loop cannot trap the walk.
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    QList<std::pair<QByteArray, QString>> found; // relative path bytes (the sort key), path
    const QDir base(folder);
    while (it.hasNext()) {
        const QFileInfo file = it.nextFileInfo();
        if (!file.isFile()) // dangling links, sockets, devices
            continue;
        found.append({QFile::encodeName(base.relativeFilePath(file.filePath())), file.filePath()});
    }
    // Directory order depends on the file system; byte order of the paths does not.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[relative, path] : std::as_const(found))
        entries->append(BuildEntry::fromFile(path, QFile::encodeName(QFileInfo(path).fileName())));
    return true;
}

bool InputCollector::addPath(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        m_error = tr("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (S_ISDIR(st.st_mode))
        return folderEntries(path, m_recursive, &m_entries, &m_error);
    if (!S_ISREG(st.st_mode)) {
        m_error = tr("%1: is neither a regular file nor a folder").arg(path);
        return false;
    }
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0) {
        m_error = tr("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_entries.append(BuildEntry::fromFile(path, QFile::encodeName(QFileInfo(path).fileName())));
    return true;
}

bool InputCollector::checkSource(const BuildEntry &entry, const QString &origin)
{
    struct stat st = {};
    const QByteArray native = QFile::encodeName(entry.sourcePath);
    QString why;
    if (::stat(native.constData(), &st) != 0)
        why = QString::fromLocal8Bit(std::strerror(errno));
    else if (!S_ISREG(st.st_mode))
        why = tr("not a regular file");
    else if (::access(native.constData(), R_OK) != 0)
        why = QString::fromLocal8Bit(std::strerror(errno));
    if (why.isEmpty())
        return true;
    m_error = tr("%1: entry \"%2\": %3: %4").arg(origin, Console::displayName(entry.name), entry.sourcePath, why);
    return false;
}

bool InputCollector::addList(const QString &listPath)
{
    QList<BuildEntry> listed;
    QString error;
    if (listPath == QLatin1String("-")) {
        QFile in;
        if (!in.open(STDIN_FILENO, QIODevice::ReadOnly, QFileDevice::DontCloseHandle) ||
            !SourceList::parse(in.readAll(), QDir::currentPath(), &listed, &error)) {
            m_error = tr("standard input: %1").arg(error.isEmpty() ? in.errorString() : error);
            return false;
        }
    } else if (!SourceList::load(listPath, &listed, &error)) {
        m_error = error;
        return false;
    }
    const QString origin = listPath == QLatin1String("-") ? tr("standard input") : listPath;
    for (const BuildEntry &e : std::as_const(listed))
        if (!checkSource(e, origin))
            return false;
    m_entries += listed;
    return true;
}

int InputCollector::exclude(const QString &path)
{
    struct stat out = {};
    if (::stat(QFile::encodeName(path).constData(), &out) != 0)
        return 0; // not there yet, so not among the inputs
    const qsizetype before = m_entries.size();
    m_entries.removeIf([&](const BuildEntry &e) {
        struct stat st = {};
        return ::stat(QFile::encodeName(e.sourcePath).constData(), &st) == 0 && st.st_dev == out.st_dev &&
            st.st_ino == out.st_ino;
    });
    return int(before - m_entries.size());
}
