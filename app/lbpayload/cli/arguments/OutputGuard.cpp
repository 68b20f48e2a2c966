// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "OutputGuard.h"
#include "Console.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

ExitCode OutputGuard::check(const QString &path, bool force)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        Console::error(tr("%1: is a directory; give the path of a file to write").arg(path));
        return ExitCode::Failure;
    }
    // A dangling symbolic link counts as existing: writing would replace it.
    if ((info.exists() || info.isSymLink()) && !force) {
        Console::error(tr("%1: exists; use --force to replace it").arg(path));
        return ExitCode::Failure;
    }
    if (!info.absoluteDir().exists()) {
        Console::error(tr("%1: cannot write: the folder %2 does not exist").arg(path, info.absolutePath()));
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

bool OutputGuard::sameFile(const QString &a, const QString &b)
{
    struct stat sa = {};
    struct stat sb = {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}
