// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "NameChecker.h"
#include "CoreLogging.h"
#include "ImporterRules.h"

#include <system_error>

namespace {
// Large enough that the lock and the wake-up are rare, small enough that the checker starts
// early and the last batch left for finish() is short.
constexpr qsizetype BatchSize = 4096;
} // namespace

NameChecker::NameChecker()
{
    m_pending.reserve(BatchSize);
    try {
        m_thread = std::thread([this] { run(); });
    } catch (const std::system_error &e) {
        qCWarning(lcCore) << "checking names on the reading thread:" << e.what();
    }
}

NameChecker::~NameChecker()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_abandon = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void NameChecker::add(const PayloadEntry &entry)
{
    m_pending.append(entry);
    if (m_pending.size() >= BatchSize)
        handOver();
}

void NameChecker::handOver()
{
    if (m_pending.isEmpty())
        return;
    if (!m_thread.joinable()) {
        check(m_pending);
        m_pending.clear();
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_queue.append(std::move(m_pending));
    }
    m_wake.notify_one();
    m_pending = {};
    m_pending.reserve(BatchSize);
}

ImporterFindings NameChecker::finish()
{
    handOver();
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    ImporterFindings out = std::move(m_nameFindings);
    out << m_duplicateFindings;
    return out;
}

void NameChecker::run()
{
    for (;;) {
        QList<QList<PayloadEntry>> batches;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.isEmpty() || m_closing; });
            if (m_abandon)
                return;
            batches.swap(m_queue);
            if (batches.isEmpty())
                return; // closing, and everything is checked
        }
        for (const QList<PayloadEntry> &batch : std::as_const(batches))
            check(batch);
    }
}

void NameChecker::check(const QList<PayloadEntry> &batch)
{
    if (m_firstIndex.isEmpty())
        m_firstIndex.reserve(m_expected);
    for (const PayloadEntry &e : batch) {
        m_nameFindings << ImporterRules::checkName(e.rawName, e.index, e.headerOffset);
        // One lookup per name: the slot holds the first index plus one, 0 when it is new.
        int &first = m_firstIndex[e.rawName];
        if (first == 0)
            first = e.index + 1;
        else
            m_duplicateFindings << ImporterRules::duplicateName(e.rawName, e.index, e.headerOffset, first - 1);
    }
}
