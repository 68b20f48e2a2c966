// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadFormat.h"
#include "jobs/BackgroundJob.h"
#include "model/authoring/AuthoringEntry.h"

// A source that was not added, and why (for the summary shown once after adding).
struct SkippedSource
{
    QString path;
    QString reason; // translated
};

// Looks at files on a worker before they join the list: folders are listed, every file is
// probed (exists, readable, regular, size). Network mounts and folders of thousands of
// files therefore never freeze the window.
class SourceScanJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    // Files are taken as they are; a folder gives its regular files, and those of its
    // subfolders when `recursive`. Sources that cannot go into a `layout` image (missing,
    // unreadable, not regular files, 4 GiB or more in u32) are skipped with a reason.
    void scanPaths(const QStringList &paths, bool recursive, PayloadFormat::Layout layout);
    // Probes existing entries again (their ids are kept); nothing is skipped.
    void probeEntries(const QList<AuthoringEntry> &entries);

    // After finished().
    const QList<AuthoringEntry> &entries() const { return m_entries; }
    const QList<SkippedSource> &skipped() const { return m_skipped; }
    // Whether no two of entries() have the same name (found on the worker, so that adding to
    // an empty list needs no pass over the names on the GUI thread).
    bool namesDistinct() const { return m_namesDistinct; }

protected:
    void complete() override;

private:
    struct Result
    {
        QList<AuthoringEntry> entries;
        QList<SkippedSource> skipped;
        bool namesDistinct = false;
    };
    static bool distinctNames(const QList<AuthoringEntry> &entries);
    static void scan(
        const QStringList &paths, bool recursive, PayloadFormat::Layout layout, const JobControl &control, Result &out);

    std::shared_ptr<Result> m_shared;
    QList<AuthoringEntry> m_entries;
    QList<SkippedSource> m_skipped;
    bool m_namesDistinct = false;
};
