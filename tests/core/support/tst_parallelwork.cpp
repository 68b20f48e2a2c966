// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ParallelWork.h"
#include "ThreadBudget.h"

#include <QTest>

#include <atomic>
#include <cerrno>
#include <mutex>
#include <thread>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

// Counts the threads inside items at once and keeps the highest count seen.
struct Concurrency
{
    std::atomic<int> now {0};
    std::atomic<int> peak {0};

    void enter()
    {
        const int n = ++now;
        int seen = peak.load();
        while (n > seen && !peak.compare_exchange_weak(seen, n)) { }
    }
    void leave() { --now; }
};

} // namespace

class TestParallelWork : public QObject
{
    Q_OBJECT

private:
    int m_originalCapacity = 0;

private Q_SLOTS:
    void initTestCase() { m_originalCapacity = ThreadBudget::instance().capacity(); }
    void cleanup()
    {
        ThreadBudget::instance().setCapacity(m_originalCapacity);
        QCOMPARE(ThreadBudget::instance().inUse(), 0); // every run gives its threads back
    }

    void everyItemOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("budget");
        QTest::addColumn<int>("maxThreads");
        QTest::newRow("none") << 0 << 4 << 0;
        QTest::newRow("one") << 1 << 4 << 0;
        QTest::newRow("many on four") << 1000 << 4 << 0;
        QTest::newRow("many on one") << 200 << 1 << 0;
        QTest::newRow("capped at two") << 300 << 4 << 2;
    }

    void everyItemOnce()
    {
        QFETCH(int, count);
        QFETCH(int, budget);
        QFETCH(int, maxThreads);
        ThreadBudget::instance().setCapacity(budget);
        std::vector<std::atomic<int>> runs(size_t(std::max(count, 1)));
        Concurrency concurrency;
        ParallelWork work(count);
        work.setMaxThreads(maxThreads);
        const bool ok = work.run([&](int index) {
            concurrency.enter();
            ++runs[size_t(index)];
            concurrency.leave();
            return true;
        });
        QVERIFY(ok);
        QCOMPARE(work.completed(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(runs[size_t(i)].load(), 1);
        QVERIFY(concurrency.peak.load() <= (maxThreads > 0 ? std::min(budget, maxThreads) : budget));
    }

    // The calling thread's poll cancels: items not started are left out, and the run says so.
    void cancelStopsEarly()
    {
        ThreadBudget::instance().setCapacity(2);
        std::atomic<int> ran {0};
        ParallelWork work(10000);
        work.setPollInterval(5);
        const bool ok = work.run(
            [&](int) {
                ++ran;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                return true;
            },
            [&] { return ran.load() < 20; });
        QVERIFY(!ok);
        QVERIFY(work.canceled());
        QVERIFY(!work.failed());
        QVERIFY2(ran.load() < 10000, qPrintable(QString::number(ran.load())));
        QCOMPARE(work.completed(), ran.load());
    }

    // An item that fails stops the run as a cancel does, and the run tells the two apart.
    void failingItemStops()
    {
        ThreadBudget::instance().setCapacity(1); // one thread: the order is the index order
        std::atomic<int> ran {0};
        ParallelWork work(100);
        const bool ok = work.run([&](int index) {
            ++ran;
            return index != 10;
        });
        QVERIFY(!ok);
        QVERIFY(work.failed());
        QVERIFY(!work.canceled());
        QCOMPARE(ran.load(), 11);
        QCOMPARE(work.completed(), 10);
    }

    // What the poll sees only grows, and ends at the count.
    void progressIsMonotone()
    {
        ThreadBudget::instance().setCapacity(3);
        ParallelWork work(400);
        work.setPollInterval(1);
        QList<int> seen;
        const bool ok = work.run(
            [](int) {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                return true;
            },
            [&] {
                seen << work.completed();
                return true;
            });
        QVERIFY(ok);
        QVERIFY(seen.size() > 1);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen.at(i) >= seen.at(i - 1),
                qPrintable(QStringLiteral("%1 after %2").arg(seen.at(i)).arg(seen.at(i - 1))));
        QCOMPARE(work.completed(), 400);
    }

    // Two jobs at once share the budget: together they never have more threads in items.
    void concurrentRunsShareTheBudget()
    {
        const int budget = 3;
        ThreadBudget::instance().setCapacity(budget);
        Concurrency concurrency;
        std::atomic<int> done {0};
        auto job = [&] {
            ParallelWork work(60);
            const bool ok = work.run([&](int) {
                concurrency.enter();
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                concurrency.leave();
                return true;
            });
            if (ok)
                ++done;
        };
        std::thread a(job);
        std::thread b(job);
        a.join();
        b.join();
        QCOMPARE(done.load(), 2);
        QVERIFY2(concurrency.peak.load() <= budget, qPrintable(QString::number(concurrency.peak.load())));
        QVERIFY(concurrency.peak.load() >= 2); // and the budget is used, not one thread only
    }

    // A run inside an item works on the item's thread instead of waiting for a free one.
    void nestedRunDoesNotDeadlock()
    {
        ThreadBudget::instance().setCapacity(1);
        std::atomic<int> inner {0};
        ParallelWork outer(3);
        const bool ok = outer.run([&](int) {
            ParallelWork nested(5);
            return nested.run([&](int) {
                ++inner;
                return true;
            });
        });
        QVERIFY(ok);
        QCOMPARE(inner.load(), 15);
    }

    // Waiting for a thread of a full budget still polls, so a queued job can be canceled.
    void queuedRunCanBeCanceled()
    {
        ThreadBudget &budget = ThreadBudget::instance();
        budget.setCapacity(1);
        QCOMPARE(budget.tryAcquire(1), 1);
        std::atomic<int> ran {0};
        int polls = 0;
        ParallelWork work(5);
        work.setPollInterval(5);
        const bool ok = work.run(
            [&](int) {
                ++ran;
                return true;
            },
            [&] { return ++polls < 3; });
        budget.release(1);
        QVERIFY(!ok);
        QVERIFY(work.canceled());
        QCOMPARE(ran.load(), 0);
    }

    // A window raises its workers' nice value: each thread of a run gets it, the caller keeps its
    // own, and 0 leaves the threads as they are.
    void workersRunAtTheWorkerNice_data()
    {
        QTest::addColumn<int>("nice");
        QTest::newRow("unchanged") << 0;
        QTest::newRow("nice 5") << 5;
        QTest::newRow("nice 19") << 19;
    }

    void workersRunAtTheWorkerNice()
    {
#ifndef Q_OS_LINUX
        QSKIP("nice is per thread on Linux only");
#else
        QFETCH(int, nice);
        const auto niceOfThisThread = [] {
            errno = 0;
            const int value = getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
            return errno == 0 ? value : -100;
        };
        // Started from a thread of its own: whatever the test leaves on a thread stays there.
        int callerBefore = 0, callerAfter = 0;
        bool ok = false;
        std::vector<int> seen;
        std::mutex mutex;
        std::thread caller([&] {
            callerBefore = niceOfThisThread();
            ThreadBudget::instance().setWorkerNice(nice);
            ParallelWork work(8);
            work.setMaxThreads(2);
            ok = work.run([&](int) {
                std::lock_guard lock(mutex);
                seen.push_back(niceOfThisThread());
                return true;
            });
            ThreadBudget::instance().setWorkerNice(0);
            callerAfter = niceOfThisThread();
        });
        caller.join();
        QVERIFY(ok);
        QCOMPARE(ThreadBudget::instance().workerNice(), 0);
        QCOMPARE(int(seen.size()), 8);
        for (int value : seen)
            QCOMPARE(value, std::max(nice, callerBefore));
        QCOMPARE(callerAfter, callerBefore);
#endif
    }

    void workerNiceIsClamped()
    {
        ThreadBudget &budget = ThreadBudget::instance();
        budget.setWorkerNice(40);
        QCOMPARE(budget.workerNice(), 19);
        budget.setWorkerNice(-5);
        QCOMPARE(budget.workerNice(), 0);
    }
};

QTEST_GUILESS_MAIN(TestParallelWork)
#include "tst_parallelwork.moc"
