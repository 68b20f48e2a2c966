// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/image/ImageHashJob.h"
#include "EntryHasher.h"
#include "PayloadReader.h"

void ImageHashJob::start(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices)
{
    m_digests.clear();
    m_error.clear();
    m_shared = std::make_shared<Result>();
    BackgroundJob::start([reader, indices, shared = m_shared](const JobControl &control) {
        shared->digests = EntryHasher::hash(*reader, indices, control, &shared->error);
    });
}

void ImageHashJob::complete()
{
    m_digests = m_shared->digests;
    m_error = m_shared->error;
}
