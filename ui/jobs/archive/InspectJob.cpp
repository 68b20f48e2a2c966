// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/archive/InspectJob.h"
#include "ArchiveInspector.h"
#include "model/archive/ArchiveMemberTree.h"

#include <QIODevice>

void InspectJob::start(const IntegrityTester::Target &target)
{
    m_report = ArchiveReport {};
    m_tree.reset();
    m_name = target.name;
    m_shared = std::make_shared<Result>();
    BackgroundJob::start([target, shared = m_shared](const JobControl &control) {
        ArchiveReport &report = shared->report;
        QString error;
        std::unique_ptr<QIODevice> device = target.open ? target.open(&error) : nullptr;
        if (!device) {
            report.name = target.name;
            report.source = target.source;
            report.inputSize = target.size;
            report.status = ArchiveReport::Status::Unreadable;
            report.message = error;
        } else {
            ArchiveInspector::Options options;
            options.maxListedMembers = MaxListedMembers;
            report = ArchiveInspector::inspect(device.get(), target.name, options, control);
            report.source = target.source;
        }
        if (!control.canceled())
            shared->tree = ArchiveMemberTree::build(report.members, report.findings);
    });
}

void InspectJob::complete()
{
    m_report = std::move(m_shared->report);
    m_tree = m_shared->tree;
    if (wasCanceled())
        m_report.status = ArchiveReport::Status::Canceled;
}
