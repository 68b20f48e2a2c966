// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ImporterFinding.h"
#include "PayloadEntry.h"

#include <QHash>
#include <QList>

#include <condition_variable>
#include <mutex>
#include <thread>

// Judges the names of an image's entries by the importer's rules (ImporterRules::checkName on
// each, and duplicates) on a thread of its own, fed while the reader is still walking the
// table. Walking an image whose entries lie far apart is one pread per entry, spent waiting on
// the kernel; the checks cost about as much CPU again, and on a second core they are done by
// the time the walk is.
//
// Not copyable. add() and finish() are called from one thread (the walker's).
class NameChecker
{
public:
    // Starts the checking thread; when no thread can be started, add() checks in place.
    NameChecker();
    // Stops the thread, dropping whatever it has not checked yet.
    ~NameChecker();
    NameChecker(const NameChecker &) = delete;
    NameChecker &operator=(const NameChecker &) = delete;

    // About how many entries will come (the declared count, bounded by the caller), so that
    // the table of names seen is sized once. Before the first add().
    void expect(qsizetype count) { m_expected = count; }

    // Queues one entry. Entries must come in index order, each once.
    void add(const PayloadEntry &entry);

    // Waits until every queued entry is checked and returns the findings: each entry's name
    // findings in entry order, then one DuplicateName finding for every entry whose name an
    // earlier entry has, which is what checkName over every entry followed by
    // ImporterRules::checkDuplicates gives. Call it once; add() must not follow.
    ImporterFindings finish();

private:
    void run();
    void check(const QList<PayloadEntry> &batch);
    void handOver();

    // Walker side: entries not yet handed over, so that the lock is taken once per batch.
    QList<PayloadEntry> m_pending;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<QList<PayloadEntry>> m_queue; // guarded by m_mutex
    bool m_closing = false; // guarded by m_mutex: finish() or the destructor was called
    bool m_abandon = false; // guarded by m_mutex: the destructor was called first

    // Checker side (the walker's after finish() has joined).
    ImporterFindings m_nameFindings;
    ImporterFindings m_duplicateFindings;
    qsizetype m_expected = 0; // written before the first hand-over, read after it
    QHash<QByteArray, int> m_firstIndex; // name -> index of its first entry + 1
    std::thread m_thread;
};
