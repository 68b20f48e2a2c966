// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/image/VerifyJob.h"

void VerifyJob::start(const QString &imagePath, const Manifest &manifest)
{
    m_report = VerifyReport {};
    m_shared = std::make_shared<VerifyReport>();
    BackgroundJob::start([imagePath, manifest, shared = m_shared](const JobControl &control) {
        *shared = PayloadVerifier::verify(imagePath, manifest, control);
    });
}

void VerifyJob::complete()
{
    m_report = *m_shared;
}
