// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/BackgroundJob.h"
#include "jobs/authoring/BuildRequest.h"

// Builds an image on a worker: PayloadWriter writes it (hashing each entry from the freshly
// written bytes when a check or a manifest is wanted), then, with verifyAfterWriting, the
// image is read back from disk and every entry compared with those hashes, as K3b verifies
// a burnt disc. A cancel or a failed check removes the new image: a build either produces
// a verified image or leaves nothing behind.
class BuildJob : public BackgroundJob
{
    Q_OBJECT
public:
    enum class Phase { Writing, Verifying };
    using BackgroundJob::BackgroundJob;

    void start(const BuildRequest &request);
    // Which step the worker is in (for the progress dialog's wording).
    Phase phase() const { return m_phase ? Phase(m_phase->load()) : Phase::Writing; }
    // After finished().
    const BuildResult &result() const { return m_result; }

protected:
    void complete() override;

private:
    static void runBuild(
        const BuildRequest &request, const JobControl &control, std::atomic<int> &phase, BuildResult &result);

    std::shared_ptr<std::atomic<int>> m_phase;
    std::shared_ptr<BuildResult> m_shared;
    BuildResult m_result;
};
