// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/firstimage/FirstImageHashJob.h"
#include "FirstImageHasher.h"
#include "FirstImageReader.h"

void FirstImageHashJob::start(std::shared_ptr<const FirstImageReader> reader, const QList<int> &indices)
{
    m_digests.clear();
    m_error.clear();
    m_shared = std::make_shared<Result>();
    BackgroundJob::start([reader, indices, shared = m_shared](const JobControl &control) {
        shared->digests = FirstImageHasher::hash(*reader, indices, control, &shared->error, &shared->canceled);
    });
}

void FirstImageHashJob::complete()
{
    m_digests = m_shared->digests;
    // A cancel is not an error to show: wasCanceled() tells it.
    m_error = m_shared->canceled ? QString() : m_shared->error;
}
