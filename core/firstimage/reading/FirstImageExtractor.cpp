// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageExtractor.h"
#include "FileRangeCopy.h"
#include "FirstImageFormat.h"
#include "FirstImageReader.h"
#include "SystemError.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QScopeGuard>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// A folder descriptor that closes itself; -1 when none.
struct ExtractorFd
{
    int fd = -1;
    ExtractorFd() = default;
    explicit ExtractorFd(int f)
        : fd(f)
    { }
    ExtractorFd(ExtractorFd &&other) noexcept
        : fd(std::exchange(other.fd, -1))
    { }
    ExtractorFd &operator=(ExtractorFd &&other) noexcept
    {
        reset(std::exchange(other.fd, -1));
        return *this;
    }
    ~ExtractorFd() { reset(); }
    void reset(int f = -1)
    {
        if (fd >= 0)
            ::close(fd);
        fd = f;
    }
};

// Opens (making it when missing) the folder `name` inside `parent`, never through a link.
// Returns the descriptor, or -1 with errno set (ENOTDIR or ELOOP for a file or link there).
int openFolderNoFollow(int parent, const QByteArray &name)
{
    if (::mkdirat(parent, name.constData(), 0777) != 0 && errno != EEXIST)
        return -1;
    return ::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

// Whether `relative` names something (a link included) under `root` already. Folders on the
// way are opened without following links; a missing one means nothing is there yet.
bool existsUnder(int root, const QByteArray &relative)
{
    QByteArrayList parts = relative.split('/');
    const QByteArray leaf = parts.takeLast();
    ExtractorFd parent(::dup(root));
    for (const QByteArray &part : std::as_const(parts)) {
        ExtractorFd child(::openat(parent.fd, part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (child.fd < 0)
            return false; // missing, or in the way: the extraction itself says which
        parent = std::move(child);
    }
    struct stat st = {};
    return ::fstatat(parent.fd, leaf.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

} // namespace

QByteArray FirstImageExtractor::targetPath(const QByteArray &path)
{
    return FirstImageFormat::absolutePath(path).mid(1);
}

QString FirstImageExtractor::refusal(const QByteArray &path)
{
    if (path.contains('\0'))
        return tr("the path contains a NUL byte");
    for (const QByteArray &part : targetPath(path).split('/'))
        if (part.size() > 255)
            return tr("a path component is longer than 255 bytes, which no Linux file system takes");
    return {};
}

QList<int> FirstImageExtractor::defaultSelection(const FirstImageReader &reader)
{
    const QList<SrcfsRecord> &records = reader.records();
    QHash<QByteArray, int> last;
    for (const SrcfsRecord &r : records)
        if (r.kind == SrcfsRecord::Kind::File || r.kind == SrcfsRecord::Kind::Folder)
            last.insert(targetPath(r.path), r.index);
    QList<int> out;
    for (const SrcfsRecord &r : records)
        if ((r.kind == SrcfsRecord::Kind::File || r.kind == SrcfsRecord::Kind::Folder) &&
            last.value(targetPath(r.path)) == r.index)
            out << r.index;
    return out;
}

bool FirstImageExtractor::extract(
    const FirstImageReader &reader, const QString &directory, const Options &options, const JobControl &control)
{
    m_error.clear();
    m_canceled = false;
    m_written.clear();
    m_folders = 0;
    const QList<SrcfsRecord> &records = reader.records();
    const QList<int> indices = options.indices.isEmpty() ? defaultSelection(reader) : options.indices;
    const auto where = [&](const SrcfsRecord &r) {
        //: image: record N at byte OFFSET
        return tr("%1: record %2 at byte %3").arg(reader.fileName()).arg(r.index).arg(r.offset);
    };

    // Refuse before writing anything, so a bad path does not leave a half-done folder.
    QList<int> selected;
    for (int i : indices) {
        if (i < 0 || i >= records.size()) {
            m_error = tr("%1: there is no record %2").arg(reader.fileName()).arg(i);
            return false;
        }
        const SrcfsRecord &r = records.at(i);
        if (r.kind != SrcfsRecord::Kind::File && r.kind != SrcfsRecord::Kind::Folder)
            continue; // hex0 and programs run at boot; there is nothing to extract
        if (r.kind == SrcfsRecord::Kind::File && r.endOffset() > reader.imageSize()) {
            m_error = tr("%1: \"%2\" is cut off by the end of the image").arg(where(r), r.pathString());
            return false;
        }
        const QString why = refusal(r.path);
        if (!why.isEmpty()) {
            m_error = tr("%1: refused: %2").arg(where(r), why);
            return false;
        }
        selected << i;
    }

    if (!QDir().mkpath(directory)) {
        m_error = tr("%1: cannot create the folder").arg(directory);
        return false;
    }
    ExtractorFd root(::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    ExtractorFd image(::open(QFile::encodeName(reader.imagePath()).constData(), O_RDONLY | O_CLOEXEC));
    if (root.fd < 0 || image.fd < 0) {
        m_error = tr("%1: cannot open: %2").arg(root.fd < 0 ? directory : reader.fileName(), errnoText(errno));
        return false;
    }

    // An existing file stops the whole extraction before anything is written, as the
    // external.img extraction does.
    for (int i : std::as_const(selected)) {
        const SrcfsRecord &r = records.at(i);
        const QByteArray relative = targetPath(r.path);
        if (!options.overwrite && r.kind == SrcfsRecord::Kind::File && existsUnder(root.fd, relative)) {
            m_error = tr("%1: exists; not overwritten (record %2 of %3)")
                          .arg(QDir(directory).filePath(QFile::decodeName(relative)))
                          .arg(i)
                          .arg(reader.fileName());
            return false;
        }
    }

    qint64 total = 0, done = 0;
    for (int i : std::as_const(selected))
        total += records.at(i).size;

    for (int i : std::as_const(selected)) {
        const SrcfsRecord &r = records.at(i);
        if (control.canceled()) {
            m_canceled = true;
            m_error = tr("extraction canceled");
            return false;
        }
        const QByteArray relative = targetPath(r.path);
        const QString target = QDir(directory).filePath(QFile::decodeName(relative));
        if (relative.isEmpty())
            continue; // the root folder: the target itself
        QByteArrayList parts = relative.split('/');
        const QByteArray leaf = parts.takeLast();

        // Walk down from the target, one folder at a time, each opened without following a
        // link: what the image says cannot lead out of the target, nor can what was planted.
        ExtractorFd parent(::dup(root.fd));
        QByteArray walked;
        for (const QByteArray &part : std::as_const(parts)) {
            walked += (walked.isEmpty() ? "" : "/") + part;
            ExtractorFd child(openFolderNoFollow(parent.fd, part));
            if (child.fd < 0) {
                const int err = errno;
                m_error = tr("%1: cannot make the folder %2 for \"%3\": %4")
                              .arg(where(r), QDir(directory).filePath(QFile::decodeName(walked)), r.pathString(),
                                  err == ELOOP || err == ENOTDIR ? tr("a file or symbolic link is in the way")
                                                                 : errnoText(err));
                return false;
            }
            parent = std::move(child);
        }

        if (r.kind == SrcfsRecord::Kind::Folder) {
            ExtractorFd made(openFolderNoFollow(parent.fd, leaf));
            if (made.fd < 0) {
                const int err = errno;
                m_error = tr("%1: cannot make the folder %2: %3")
                              .arg(where(r), target,
                                  err == ELOOP || err == ENOTDIR ? tr("a file or symbolic link is in the way")
                                                                 : errnoText(err));
                return false;
            }
            ++m_folders;
            continue;
        }

        if (!options.overwrite) {
            struct stat st = {};
            if (::fstatat(parent.fd, leaf.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                m_error = tr("%1: exists; not overwritten (record %2 of %3)").arg(target).arg(i).arg(reader.fileName());
                return false;
            }
        }
        const ExtractedRange out =
            extractRange(image.fd, r.dataOffset, r.size, parent.fd, leaf, options.overwrite, [&](qint64 n) {
                done += n;
                control.report(done, total, r.pathString());
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
            m_error = tr("%1: data at byte %2 to %3: %4")
                          .arg(where(r))
                          .arg(r.dataOffset)
                          .arg(target, rc == ENOSPC ? tr("no space left on the device") : errnoText(rc));
            return false;
        }
        if (moveError) {
            m_error = moveError == EEXIST
                ? tr("%1: exists; not overwritten (record %2 of %3)").arg(target).arg(i).arg(reader.fileName())
                : moveError == EISDIR
                ? tr("%1: a folder is in the way (record %2 of %3)").arg(target).arg(i).arg(reader.fileName())
                : tr("%1: cannot move into place: %2").arg(target, errnoText(moveError));
            return false;
        }
        m_written << target;
    }
    control.report(total, total, QString());
    return true;
}
