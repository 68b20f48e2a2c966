// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/BackgroundJob.h"

#include <QByteArray>
#include <QList>

class PayloadReader;

// Computes the SHA-256 of entries of an opened image (EntryHasher, all cores) on a worker.
class ImageHashJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    // Hashes `indices` (all entries when empty) of the image `reader` has opened.
    void start(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices);

    // After finished(): one digest per entry of the image, empty for those not asked for;
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
    };
    std::shared_ptr<Result> m_shared;
    QList<QByteArray> m_digests;
    QString m_error;
};
