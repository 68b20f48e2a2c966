// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Sha256.h"
#include "SourceHashPool.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace {

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// A task as the writer makes one: the source's bytes go through the worker's buffer a chunk at
// a time, into its hash, and are counted.
SourceHashPool::Task hashing(SourceHashPool *pool, const QByteArray &source, std::atomic<int> *ran = nullptr)
{
    return [pool, source, ran](SourceHashPool::Worker &worker, bool &) -> QString {
        if (ran)
            ran->fetch_add(1);
        const qsizetype chunk = worker.buffer.size();
        for (qsizetype at = 0; at < source.size(); at += chunk) {
            const qsizetype n = std::min(chunk, source.size() - at);
            std::memcpy(worker.buffer.data(), source.constData() + at, size_t(n));
            worker.hash.addData(worker.buffer.constData(), n);
            pool->count(n);
        }
        return {};
    };
}

} // namespace

// SourceHashPool, the writer's hashing workers: every finished task's digest is that of the
// bytes it fed, under its index, whatever the number of threads; a failure or the stop flag
// ends the work without a digest for what did not finish, and finish() always returns.
class TestSourceHashPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digests_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("bufferSize");
        QTest::addColumn<QList<int>>("sizes"); // one task per size

        QTest::newRow("no task") << 2 << 4096 << QList<int> {};
        QTest::newRow("one thread, one task") << 1 << 4096 << QList<int> {10000};
        // One worker runs them one after the other: its hash must start afresh each time.
        QTest::newRow("one thread, several tasks") << 1 << 4096 << QList<int> {5000, 1, 0, 70000};
        QTest::newRow("more threads than tasks") << 8 << 1024 << QList<int> {3000, 4000};
        QTest::newRow("more tasks than threads")
            << 3 << 65536 << QList<int> {200000, 100, 4096, 4097, 1, 0, 65536, 65537, 9999};
        QTest::newRow("empty sources") << 2 << 512 << QList<int> {0, 0, 0};
    }

    void digests()
    {
        QFETCH(int, threads);
        QFETCH(int, bufferSize);
        QFETCH(QList<int>, sizes);
        const std::atomic<bool> stop {false};
        SourceHashPool pool(stop, threads, bufferSize);
        QList<QByteArray> sources;
        qint64 total = 0;
        for (int i = 0; i < sizes.size(); ++i) {
            sources << noise(sizes.at(i), quint32(i + 1));
            total += sizes.at(i);
            pool.add(i * 10, hashing(&pool, sources.last()));
        }
        pool.finish();
        QVERIFY(pool.error().isEmpty());
        QCOMPARE(pool.hashedBytes(), total);
        for (int i = 0; i < sources.size(); ++i)
            QCOMPARE(pool.digest(i * 10), Sha256::hexOf(sources.at(i)));
        // An index no task had.
        QCOMPARE(pool.digest(7), QByteArray());
    }

    void workerBuffer_data()
    {
        QTest::addColumn<int>("bufferSize");
        QTest::newRow("4 KiB") << 4096;
        QTest::newRow("1 MiB") << 1024 * 1024;
    }

    // Each task is lent a buffer of the pool's size, the same one for every task of a worker.
    void workerBuffer()
    {
        QFETCH(int, bufferSize);
        const std::atomic<bool> stop {false};
        SourceHashPool pool(stop, 1, bufferSize);
        std::atomic<qsizetype> wrongSizes {0};
        QList<quintptr> seen(3, 0); // addresses only: the buffers are gone when they are compared
        for (int i = 0; i < 3; ++i)
            pool.add(i, [&, i](SourceHashPool::Worker &worker, bool &) -> QString {
                if (worker.buffer.size() != bufferSize)
                    wrongSizes.fetch_add(1);
                seen[i] = quintptr(worker.buffer.constData());
                return {};
            });
        pool.finish();
        QCOMPARE(wrongSizes.load(), qsizetype(0));
        QCOMPARE(seen.at(1), seen.at(0));
        QCOMPARE(seen.at(2), seen.at(0));
    }

    // The first problem is kept; the failed task has no digest; finish() still returns although
    // the failure ended the only worker with tasks left in the queue.
    void failure()
    {
        const std::atomic<bool> stop {false};
        SourceHashPool pool(stop, 1, 4096);
        std::atomic<int> ran {0};
        const QByteArray first = noise(5000, 1);
        pool.add(0, hashing(&pool, first, &ran));
        pool.add(1, [&ran](SourceHashPool::Worker &worker, bool &) -> QString {
            ran.fetch_add(1);
            worker.hash.addData("partial", 7);
            return QStringLiteral("source.bin: read error");
        });
        pool.add(2, hashing(&pool, noise(10, 2), &ran));
        pool.finish();
        QCOMPARE(pool.error(), QStringLiteral("source.bin: read error"));
        QCOMPARE(pool.digest(0), Sha256::hexOf(first));
        QCOMPARE(pool.digest(1), QByteArray());
        QCOMPARE(pool.digest(2), QByteArray());
        QCOMPARE(ran.load(), 2);
    }

    void severalFailuresKeepOne()
    {
        const std::atomic<bool> stop {false};
        SourceHashPool pool(stop, 4, 4096);
        const QStringList problems {QStringLiteral("a: gone"), QStringLiteral("b: gone"), QStringLiteral("c: gone")};
        for (int i = 0; i < problems.size(); ++i)
            pool.add(i, [problem = problems.at(i)](SourceHashPool::Worker &, bool &) { return problem; });
        pool.finish();
        QVERIFY2(problems.contains(pool.error()), qPrintable(pool.error()));
    }

    // A task that gives up because of the stop: no digest and no error.
    void taskStopped()
    {
        const std::atomic<bool> stop {false};
        SourceHashPool pool(stop, 1, 4096);
        pool.add(0, [](SourceHashPool::Worker &worker, bool &stopped) -> QString {
            worker.hash.addData("half", 4);
            stopped = true;
            return {};
        });
        pool.finish();
        QVERIFY(pool.error().isEmpty());
        QCOMPARE(pool.digest(0), QByteArray());
    }

    // Once stop is set, queued tasks are not started.
    void stopBeforeTasks()
    {
        std::atomic<bool> stop {true};
        std::atomic<int> ran {0};
        SourceHashPool pool(stop, 2, 4096);
        for (int i = 0; i < 5; ++i)
            pool.add(i, hashing(&pool, noise(100, quint32(i)), &ran));
        pool.finish();
        QCOMPARE(ran.load(), 0);
        QCOMPARE(pool.hashedBytes(), qint64(0));
        QVERIFY(pool.error().isEmpty());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(pool.digest(i), QByteArray());
    }

    // The destructor waits for the queued tasks, as finish() does.
    void destructorFinishes()
    {
        std::atomic<int> ran {0};
        {
            const std::atomic<bool> stop {false};
            SourceHashPool pool(stop, 2, 4096);
            for (int i = 0; i < 20; ++i)
                pool.add(i, hashing(&pool, noise(3000, quint32(i)), &ran));
        }
        QCOMPARE(ran.load(), 20);
    }
};

QTEST_GUILESS_MAIN(TestSourceHashPool)
#include "tst_sourcehashpool.moc"
