// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadVerifier.h"
#include "jobs/BackgroundJob.h"

// Checks an image against a manifest (PayloadVerifier) on a worker.
class VerifyJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    void start(const QString &imagePath, const Manifest &manifest);
    // After finished().
    const VerifyReport &report() const { return m_report; }

protected:
    void complete() override;

private:
    std::shared_ptr<VerifyReport> m_shared;
    VerifyReport m_report;
};
