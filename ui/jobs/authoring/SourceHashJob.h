// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/BackgroundJob.h"
#include "model/authoring/AuthoringEntry.h"

// Hashes the sources of authoring entries on a worker, one after the other, handing each
// digest to the GUI as soon as it is known (hashed()).
class SourceHashJob : public BackgroundJob
{
    Q_OBJECT
public:
    struct Result
    {
        quint64 id = 0;
        QByteArray sha256;
        QString error; // set instead of sha256 when the source could not be read
    };

    using BackgroundJob::BackgroundJob;

    // Hashes those of `entries` whose hash is pending and whose source is readable; the others
    // are passed over on the worker, so that the caller can hand the whole list (shared, not
    // copied) without a pass over it. Only id, sourcePath, sourceOffset, size, wholeFile and
    // the states of `entries` are used.
    void start(const QList<AuthoringEntry> &entries);

Q_SIGNALS:
    void hashed(const QList<SourceHashJob::Result> &results);

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
        QList<Result> results;
    };
    static Result hashOne(const AuthoringEntry &entry, const JobControl &control);

    std::shared_ptr<Pending> m_pending;
};
