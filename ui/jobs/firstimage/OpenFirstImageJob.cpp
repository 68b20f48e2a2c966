// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/firstimage/OpenFirstImageJob.h"
#include "FirstImageReader.h"

#include <QFileInfo>

void OpenFirstImageJob::start(const QString &path)
{
    m_ok = false;
    m_tree.reset();
    m_reader = std::make_shared<FirstImageReader>();
    m_result = std::make_shared<Result>();
    BackgroundJob::start([path, reader = m_reader, result = m_result](const JobControl &control) {
        // A block device's size is 0 here: progress then only names the record reached.
        const qint64 total = QFileInfo(path).size();
        control.report(0, total, path);
        const bool ok = reader->open(path, [&](const SrcfsRecord &record) {
            // The offset reached is the honest measure: file data is skipped, not read.
            control.report(record.endOffset(), total, record.pathString());
            return !control.canceled();
        });
        // A script damaged after some records, or reading stopped by the user, still gives
        // the tree of what was read: building it costs milliseconds for 14,000 records.
        result->tree = std::make_shared<const SrcfsTree>(SrcfsTree::build(reader->records(), reader->findings()));
        result->ok = ok && !control.canceled();
    });
}

void OpenFirstImageJob::complete()
{
    // The worker has returned (QFutureWatcher::finished): its writes are visible here.
    m_ok = m_result->ok.load();
    m_tree = m_result->tree ? m_result->tree : std::make_shared<const SrcfsTree>();
}
