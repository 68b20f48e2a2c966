// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SrcfsTreeWalker.h"
#include "SystemError.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace {

QString walkerDisplayName(const QByteArray &path)
{
    return QFile::decodeName(path);
}

} // namespace

bool SrcfsTreeWalker::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SrcfsTreeWalker::walk(const QString &folder, const JobControl &control)
{
    m_entries.clear();
    m_gitSkipped = 0;
    m_error.clear();
    m_canceled = false;
    m_root = QFile::encodeName(QFileInfo(folder).absoluteFilePath());
    if (m_root.size() > 1 && m_root.endsWith('/'))
        m_root.chop(1);
    struct stat st = {};
    if (::stat(m_root.constData(), &st) != 0)
        return fail(tr("%1: cannot read the folder: %2").arg(folder, errnoText(errno)));
    if (!S_ISDIR(st.st_mode))
        return fail(tr("%1: is not a folder").arg(folder));
    return walkFolder(QByteArray(), control);
}

bool SrcfsTreeWalker::walkFolder(const QByteArray &relative, const JobControl &control)
{
    if (control.canceled()) {
        m_canceled = true;
        return fail(tr("the walk was canceled"));
    }
    const QByteArray absolute = relative.isEmpty() ? m_root : m_root + '/' + relative;
    control.report(0, 0, walkerDisplayName(relative.isEmpty() ? QByteArrayLiteral(".") : relative));
    DIR *dir = ::opendir(absolute.constData());
    if (!dir)
        return fail(tr("%1: cannot list the folder: %2").arg(walkerDisplayName(absolute), errnoText(errno)));
    QList<QByteArray> names;
    errno = 0;
    while (const dirent *d = ::readdir(dir)) {
        const QByteArray name(d->d_name);
        if (name != "." && name != "..")
            names.append(name);
        errno = 0;
    }
    const int listError = errno;
    // Where os.walk takes the listing order, byte order makes the result the same everywhere.
    std::sort(names.begin(), names.end());

    struct Child
    {
        QByteArray relative;
        bool enter = false; // a real folder, not a link to one
    };
    QList<Child> folders;
    QList<Entry> files;
    for (const QByteArray &name : std::as_const(names)) {
        const QByteArray rel = relative.isEmpty() ? name : relative + '/' + name;
        if (isGitPath(rel)) {
            ++m_gitSkipped;
            continue;
        }
        // os.walk sorts entries by is_dir(), which follows links; it enters only real folders.
        struct stat target = {};
        struct stat link = {};
        const bool linkOk = ::fstatat(::dirfd(dir), name.constData(), &link, AT_SYMLINK_NOFOLLOW) == 0;
        int err = errno;
        const bool targetOk = linkOk && ::fstatat(::dirfd(dir), name.constData(), &target, 0) == 0;
        if (linkOk)
            err = errno;
        const QByteArray full = absolute + '/' + name;
        if (!targetOk) {
            ::closedir(dir);
            if (linkOk && S_ISLNK(link.st_mode))
                return fail(tr("%1: the symbolic link points nowhere readable (%2)")
                                .arg(walkerDisplayName(full), errnoText(err)));
            return fail(tr("%1: cannot read: %2").arg(walkerDisplayName(full), errnoText(err)));
        }
        if (S_ISDIR(target.st_mode)) {
            folders.append({rel, !S_ISLNK(link.st_mode)});
        } else if (S_ISREG(target.st_mode)) {
            files.append({"./" + rel, false, qint64(target.st_size), full});
        } else {
            ::closedir(dir);
            return fail(tr("%1: neither a file nor a folder (a FIFO, socket or device cannot go in a first image)")
                            .arg(walkerDisplayName(full)));
        }
    }
    ::closedir(dir);
    if (listError != 0)
        return fail(tr("%1: cannot list the folder: %2").arg(walkerDisplayName(absolute), errnoText(listError)));

    for (const Child &child : std::as_const(folders))
        m_entries.append({"./" + child.relative, true, 0, {}});
    m_entries.append(files);
    for (const Child &child : std::as_const(folders))
        if (child.enter && !walkFolder(child.relative, control))
            return false;
    return true;
}
