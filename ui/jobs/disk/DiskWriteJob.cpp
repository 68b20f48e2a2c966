// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/disk/DiskWriteJob.h"

void DiskWriteJob::start(const QString &imagePath, const QString &targetPath, const DiskWriter::Options &options)
{
    m_result = DiskWriteResult {};
    m_phase = std::make_shared<std::atomic<int>>(int(DiskWriter::Phase::Writing));
    m_shared = std::make_shared<DiskWriteResult>();
    BackgroundJob::start([imagePath, targetPath, options, phase = m_phase, shared = m_shared](
                             const JobControl &control) {
        DiskWriter writer(imagePath, targetPath, options);
        // result() holds the outcome, failed or not, with the reason.
        [[maybe_unused]] const bool written = writer.run(control, [&phase](DiskWriter::Phase p) { *phase = int(p); });
        *shared = writer.result();
    });
}

void DiskWriteJob::complete()
{
    m_result = *m_shared;
}
