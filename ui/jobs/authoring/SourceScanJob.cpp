// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/SourceScanJob.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

using State = AuthoringEntry::SourceState;

void SourceScanJob::scanPaths(const QStringList &paths, bool recursive, PayloadFormat::Layout layout)
{
    m_entries.clear();
    m_skipped.clear();
    m_namesDistinct = false;
    m_shared = std::make_shared<Result>();
    BackgroundJob::start([paths, recursive, layout, shared = m_shared](
                             const JobControl &control) { scan(paths, recursive, layout, control, *shared); });
}

void SourceScanJob::probeEntries(const QList<AuthoringEntry> &entries)
{
    m_entries.clear();
    m_skipped.clear();
    m_namesDistinct = false;
    m_shared = std::make_shared<Result>();
    BackgroundJob::start([entries, shared = m_shared](const JobControl &control) {
        shared->entries = entries;
        for (qsizetype i = 0; i < shared->entries.size() && !control.canceled(); ++i) {
            shared->entries[i].probeSource();
            control.report(i + 1, entries.size(), shared->entries.at(i).sourcePath);
        }
        shared->namesDistinct = distinctNames(shared->entries);
    });
}

void SourceScanJob::scan(
    const QStringList &paths, bool recursive, PayloadFormat::Layout layout, const JobControl &control, Result &out)
{
    // Expand folders first, so that progress can count files.
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        if (!info.isReadable()) {
            out.skipped << SkippedSource {path, tr("the folder cannot be read")};
            continue;
        }
        if (recursive) {
            QDirIterator it(
                path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext() && !control.canceled())
                found << it.next();
            found.sort();
            files << found;
        } else {
            const QDir dir(path);
            const QFileInfoList children =
                dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
            int subfolders = 0;
            for (const QFileInfo &child : children) {
                if (child.isDir())
                    ++subfolders;
                else
                    files << child.absoluteFilePath();
            }
            if (subfolders > 0)
                out.skipped << SkippedSource {path,
                    tr("%n subfolder(s) not entered: add the folder with its subfolders "
                       "to include them",
                        nullptr, subfolders)};
        }
    }

    const quint64 limit = PayloadFormat::maxFieldValue(layout);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (control.canceled())
            return;
        const QString &path = files.at(i);
        control.report(i, files.size(), path);
        AuthoringEntry e = AuthoringEntry::fromFile(path, QFileInfo(path).fileName().toUtf8());
        switch (e.sourceState) {
        case State::Ok:
            break;
        case State::Missing:
            out.skipped << SkippedSource {path, tr("missing")};
            continue;
        case State::Unreadable:
            out.skipped << SkippedSource {path, tr("unreadable: %1").arg(e.sourceDetail)};
            continue;
        case State::NotRegularFile:
        case State::RangeOutOfBounds:
            out.skipped << SkippedSource {path, tr("not a regular file")};
            continue;
        }
        if (quint64(e.size) > limit) {
            out.skipped << SkippedSource {
                path, tr("too large for the %1 layout (4 GiB or more)").arg(PayloadFormat::layoutName(layout))};
            continue;
        }
        out.entries << e;
    }
    out.namesDistinct = distinctNames(out.entries);
    control.report(files.size(), files.size(), QString());
}

bool SourceScanJob::distinctNames(const QList<AuthoringEntry> &entries)
{
    QSet<QByteArray> names;
    names.reserve(entries.size());
    for (const AuthoringEntry &e : entries) {
        if (names.contains(e.name))
            return false;
        names.insert(e.name);
    }
    return true;
}

void SourceScanJob::complete()
{
    m_entries = m_shared->entries;
    m_skipped = m_shared->skipped;
    m_namesDistinct = m_shared->namesDistinct;
}
