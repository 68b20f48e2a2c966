// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/BackgroundJob.h"

#include <QByteArray>
#include <QList>

class FirstImageReader;

// Computes the SHA-256 of File records of an opened first image (FirstImageHasher, all
// cores, read in place) on a worker.
class FirstImageHashJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    // Hashes the File records `indices` (every File record when empty; other kinds are
    // ignored) of the image `reader` has opened.
    void start(std::shared_ptr<const FirstImageReader> reader, const QList<int> &indices);

    // After finished(): one hex digest per record of the reader, empty for those not hashed;
    // empty altogether on an error or a cancel.
    const QList<QByteArray> &digests() const { return m_digests; }
    QString error() const { return m_error; }

protected:
    void complete() override;

private:
    struct Result
    {
        QList<QByteArray> digests;
        QString error;
        bool canceled = false;
    };
    std::shared_ptr<Result> m_shared;
    QList<QByteArray> m_digests;
    QString m_error;
};
