// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/BackgroundJob.h"
#include "model/firstimage/SrcfsTree.h"

#include <atomic>
#include <memory>

class FirstImageReader;

// Reads a first image (init.img) on a worker: its stages, every record of its script, the
// findings and the budget (FirstImageReader), then builds the srcfs tree (SrcfsTree) there
// too. The GUI thread receives both finished, after finished(), and shows them with a model
// reset each: nothing it does grows with the number of records. Progress is the offset of the
// record reached; cancel() stops between two records, and what was read is still shown.
class OpenFirstImageJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    void start(const QString &path);

    // After finished(): the reader, also when it failed (its error string, and the records
    // before damage in a script it could read in part). Shared: later jobs read through it.
    std::shared_ptr<const FirstImageReader> reader() const { return m_reader; }
    // After finished(): the tree of the records read (those before a cancel or damage too).
    std::shared_ptr<const SrcfsTree> tree() const { return m_tree; }
    bool succeeded() const { return m_ok; }

protected:
    void complete() override;

private:
    struct Result
    {
        std::atomic<bool> ok {false};
        std::shared_ptr<const SrcfsTree> tree; // written by the worker before it returns
    };
    std::shared_ptr<FirstImageReader> m_reader;
    std::shared_ptr<Result> m_result;
    std::shared_ptr<const SrcfsTree> m_tree;
    bool m_ok = false;
};
