// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DiskPairCheck.h"
#include "jobs/BackgroundJob.h"

#include <memory>

// Checks whether init.img and external.img belong together and to a checkout, on a worker
// (DiskPairCheck::check: both images read, the distfiles and steps hashed). The result is
// handed over once, when the worker is done.
class DiskPairCheckJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    void start(const DiskPairCheck::Request &request);

    // After finished(): the check, whose error() is set when it could not run.
    const DiskPairCheck &result() const { return m_result; }
    bool ran() const { return m_ran; }
    const DiskPairCheck::Request &request() const { return m_request; }

protected:
    void complete() override;

private:
    struct Shared
    {
        DiskPairCheck check;
        bool ran = false;
    };
    std::shared_ptr<Shared> m_shared;
    DiskPairCheck::Request m_request;
    DiskPairCheck m_result;
    bool m_ran = false;
};
