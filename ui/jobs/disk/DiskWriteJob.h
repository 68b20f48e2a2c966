// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DiskWriter.h"
#include "jobs/BackgroundJob.h"

#include <atomic>
#include <memory>

// Writes an image to a disk and reads it back (DiskWriter) on a worker.
class DiskWriteJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    void start(const QString &imagePath, const QString &targetPath, const DiskWriter::Options &options);
    // Which step the worker is in, for the progress dialog's wording.
    DiskWriter::Phase phase() const
    {
        return m_phase ? DiskWriter::Phase(m_phase->load()) : DiskWriter::Phase::Writing;
    }
    // After finished().
    const DiskWriteResult &result() const { return m_result; }

protected:
    void complete() override;

private:
    std::shared_ptr<std::atomic<int>> m_phase;
    std::shared_ptr<DiskWriteResult> m_shared;
    DiskWriteResult m_result;
};
