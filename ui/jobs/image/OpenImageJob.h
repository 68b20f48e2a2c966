// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadEntry.h"
#include "jobs/BackgroundJob.h"

#include <QList>

#include <memory>

class PayloadReader;

// Reads an image's entry table on a worker. Entries are handed to the GUI in chunks of a few
// thousand while they are read (entriesArrived, several per tick), so a table of 200,000 rows
// fills progressively instead of appearing after a long wait.
class OpenImageJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    void start(const QString &path);

    // After finished(): the reader (also when it failed: its error, and the entries read
    // before a structural error). Shared, as later jobs (hash, extract) read through it.
    std::shared_ptr<const PayloadReader> reader() const { return m_reader; }
    bool succeeded() const { return m_ok; }

Q_SIGNALS:
    void entriesArrived(const QList<PayloadEntry> &entries);

protected:
    void collect() override;
    void complete() override;

private:
    struct Pending
    {
        QMutex mutex;
        QList<QList<PayloadEntry>> chunks; // read, not yet handed to the GUI thread
    };
    std::shared_ptr<Pending> m_pending;
    std::shared_ptr<PayloadReader> m_reader;
    std::shared_ptr<std::atomic<bool>> m_result;
    bool m_ok = false;
};
