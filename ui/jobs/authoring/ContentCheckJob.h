// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/BackgroundJob.h"
#include "model/authoring/EntryTableModel.h"

// Looks at the first bytes of authoring entries' sources on a worker (ContentCheck: one read
// of at most 16 KiB each), handing the verdicts to the GUI in batches (checked()), at most
// ten a second whatever the number of files.
class ContentCheckJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    // Checks those of `entries` whose content check is pending and whose source is readable;
    // the others are passed over on the worker, so that the caller can hand the whole list
    // (shared, not copied) without a pass over it. Only id, name, sourcePath, sourceOffset,
    // size, wholeFile and the states of `entries` are used.
    void start(const QList<AuthoringEntry> &entries);

Q_SIGNALS:
    void checked(const QList<EntryTableModel::ContentResult> &results);

protected:
    void collect() override;

private:
    struct Pending
    {
        QMutex mutex;
        // The caller's list until the worker has taken what it needs from it (worker only
        // after start()): held no longer, so that the caller's next edit of its own list copies
        // nothing.
        QList<AuthoringEntry> handed;
        QList<EntryTableModel::ContentResult> results;
    };
    std::shared_ptr<Pending> m_pending;
};
