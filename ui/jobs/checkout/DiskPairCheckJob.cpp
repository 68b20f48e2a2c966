// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/checkout/DiskPairCheckJob.h"

void DiskPairCheckJob::start(const DiskPairCheck::Request &request)
{
    m_request = request;
    m_shared = std::make_shared<Shared>();
    BackgroundJob::start([request, shared = m_shared](const JobControl &control) {
        // The worker owns the check until it returns; complete() copies it on the GUI thread.
        shared->ran = shared->check.check(request, control);
    });
}

void DiskPairCheckJob::complete()
{
    if (!m_shared)
        return;
    m_result = m_shared->check;
    m_ran = m_shared->ran;
}
