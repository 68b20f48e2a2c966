// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "IntegrityTester.h"
#include "jobs/BackgroundJob.h"

#include <memory>

class ArchiveMemberTree;

// Looks inside one distfile (ArchiveInspector) on a worker: its kind, members and findings,
// and builds the member tree there too, so that an archive of 100,000 members costs the GUI
// thread nothing but showing it. The distfile is read in place through the target's device
// (an image entry through PayloadReader::openEntry), nothing is copied.
class InspectJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    // Members beyond this are counted and checked, not listed (a finding says so): the tree
    // of a huge archive would cost more memory than it is worth looking at.
    static constexpr int MaxListedMembers = 200000;

    // Starts inspecting `target`. Not while running: cancel() and wait for finished() first.
    void start(const IntegrityTester::Target &target);

    // After finished(): the report (status Canceled after a cancel, Unreadable when the
    // distfile could not be opened) and the member tree made from it.
    const ArchiveReport &report() const { return m_report; }
    std::shared_ptr<const ArchiveMemberTree> tree() const { return m_tree; }
    QString targetName() const { return m_name; }

protected:
    void complete() override;

private:
    struct Result
    {
        ArchiveReport report;
        std::shared_ptr<const ArchiveMemberTree> tree;
    };
    std::shared_ptr<Result> m_shared;
    ArchiveReport m_report;
    std::shared_ptr<const ArchiveMemberTree> m_tree;
    QString m_name;
};
