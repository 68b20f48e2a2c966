// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadExtractor.h"
#include "FileRangeCopy.h"
#include "ImporterRules.h"
#include "PayloadReader.h"
#include "SystemError.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

QString PayloadExtractor::refusal(const QByteArray &name)
{
    if (name == "." || name == "..")
        return tr("the name \"%1\" would refer to the folder itself or its parent").arg(QString::fromUtf8(name));
    for (const ImporterFinding &f : ImporterRules::checkName(name))
        if (f.severity == ImporterFinding::Severity::Error)
            return f.message;
    if (name.contains('\0'))
        return tr("the name contains a NUL byte");
    return {};
}

bool PayloadExtractor::extract(
    const PayloadReader &reader, const QString &directory, const Options &options, const JobControl &control)
{
    m_error.clear();
    m_canceled = false;
    m_written.clear();
    const QList<PayloadEntry> &entries = reader.entries();
    QList<int> indices = options.indices;
    if (indices.isEmpty())
        for (int i = 0; i < entries.size(); ++i)
            indices << i;

    // Refuse before writing anything, so a bad name does not leave a half-done folder.
    for (int i : std::as_const(indices)) {
        if (i < 0 || i >= entries.size()) {
            m_error = tr("%1: there is no entry %2").arg(reader.fileName()).arg(i);
            return false;
        }
        const QString why = refusal(entries.at(i).rawName);
        if (!why.isEmpty()) {
            m_error = tr("%1: entry %2 at byte %3: refused: %4")
                          .arg(reader.fileName())
                          .arg(i)
                          .arg(entries.at(i).headerOffset)
                          .arg(why);
            return false;
        }
    }

    if (!QDir().mkpath(directory)) {
        m_error = tr("%1: cannot create the folder").arg(directory);
        return false;
    }
    const int dirFd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const int imageFd = ::open(QFile::encodeName(reader.fileName()).constData(), O_RDONLY | O_CLOEXEC);
    auto cleanup = qScopeGuard([&] {
        if (dirFd >= 0)
            ::close(dirFd);
        if (imageFd >= 0)
            ::close(imageFd);
    });
    if (dirFd < 0 || imageFd < 0) {
        m_error = tr("%1: cannot open: %2").arg(dirFd < 0 ? directory : reader.fileName(), errnoText(errno));
        return false;
    }

    qint64 total = 0, done = 0;
    for (int i : std::as_const(indices))
        total += entries.at(i).size;

    for (int i : std::as_const(indices)) {
        const PayloadEntry &e = entries.at(i);
        const QString target = QDir(directory).filePath(e.name());
        if (control.canceled()) {
            m_canceled = true;
            m_error = tr("extraction canceled");
            return false;
        }
        if (!options.overwrite) {
            struct stat st
            {
            };
            if (::fstatat(dirFd, e.rawName.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                m_error = tr("%1: exists; not overwritten (entry %2)").arg(target).arg(i);
                return false;
            }
        }
        const ExtractedRange out =
            extractRange(imageFd, e.dataOffset, e.size, dirFd, e.rawName, options.overwrite, [&](qint64 n) {
                done += n;
                control.report(done, total, e.name());
                return !control.canceled();
            });
        if (out.createError) {
            m_error = tr("%1: cannot create: %2").arg(target, errnoText(out.createError));
            return false;
        }
        const int rc = out.copyError;
        const int moveError = out.placeError;
        if (rc == -1) {
            m_canceled = true;
            m_error = tr("extraction canceled");
            return false;
        }
        if (rc != 0) {
            m_error = tr("%1: entry %2 at byte %3: %4")
                          .arg(target)
                          .arg(i)
                          .arg(e.dataOffset)
                          .arg(rc == ENOSPC ? tr("no space left on the device") : errnoText(rc));
            return false;
        }
        if (moveError) {
            m_error = moveError == EEXIST ? tr("%1: exists; not overwritten (entry %2)").arg(target).arg(i)
                                          : tr("%1: cannot move into place: %2").arg(target, errnoText(moveError));
            return false;
        }
        m_written << target;
    }
    control.report(total, total, QString());
    return true;
}
