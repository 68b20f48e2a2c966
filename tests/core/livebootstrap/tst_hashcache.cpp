// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// The hash cache answers only for a file whose identity is unchanged, survives a round trip
// through its file, is shared safely by two writers, stays within its bound and is never
// trusted when damaged.
#include "FileIdentity.h"
#include "HashCache.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <utime.h>

namespace {
const QByteArray ShaA = QByteArray(64, 'a');
const QByteArray ShaB = QByteArray(64, 'b');

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

FileIdentity identityOf(const QString &path)
{
    const std::optional<FileIdentity> id = FileIdentity::ofPath(path);
    return id ? *id : FileIdentity {};
}
} // namespace

class TestHashCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersOnlyForTheSameIdentity()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.tar.gz"));
        writeFile(file, "12345678");
        HashCache cache(dir.filePath(QStringLiteral("cache")));
        QVERIFY(cache.load());
        const FileIdentity id = identityOf(file);
        QVERIFY(!cache.lookup(id));
        cache.insert(id, ShaA);
        QCOMPARE(cache.lookup(id).value_or(QByteArray()), ShaA);

        // Same size, the old mtime put back with touch -d: the ctime still moved.
        struct stat before
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &before), 0);
        QTest::qWait(20);
        writeFile(file, "87654321");
        const struct timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, 0), 0);
        const FileIdentity changed = identityOf(file);
        QCOMPARE(changed.size, id.size);
        QCOMPARE(changed.mtimeNs, id.mtimeNs);
        QVERIFY(changed.ctimeNs != id.ctimeNs);
        QVERIFY(!cache.lookup(changed));
    }

    void ignoresWhatIsNotARegularFileOrADigest()
    {
        QTemporaryDir dir;
        HashCache cache(dir.filePath(QStringLiteral("cache")));
        FileIdentity folder = identityOf(dir.path());
        cache.insert(folder, ShaA);
        FileIdentity regular = folder;
        regular.regular = true;
        cache.insert(regular, "not-a-digest");
        QCOMPARE(cache.size(), 0);
    }

    void roundTripsThroughItsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/cache"));
        FileIdentity id {1, 2, 3, 4, 5, true};
        {
            HashCache cache(path);
            QVERIFY(cache.load());
            cache.insert(id, ShaA);
            QString error;
            QVERIFY2(cache.save(&error), qPrintable(error));
        }
        HashCache again(path);
        QVERIFY(again.load());
        QVERIFY(again.warning().isEmpty());
        QCOMPARE(again.lookup(id).value_or(QByteArray()), ShaA);
        id.ctimeNs = 6;
        QVERIFY(!again.lookup(id));
    }

    void corruptFilesAreDiscardedWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("damage"); // what to do to a good file: "truncate", "flip", "garbage"
        QTest::newRow("truncated") << QByteArray("truncate");
        QTest::newRow("a digit changed") << QByteArray("flip");
        QTest::newRow("not a cache") << QByteArray("garbage");
        QTest::newRow("empty") << QByteArray("empty");
    }
    void corruptFilesAreDiscardedWithAWarning()
    {
        QFETCH(QByteArray, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache"));
        const FileIdentity id {1, 2, 3, 4, 5, true};
        {
            HashCache cache(path);
            cache.insert(id, ShaA);
            cache.insert(FileIdentity {1, 3, 3, 4, 5, true}, ShaB);
            QVERIFY(cache.save());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        f.close();
        if (damage == "truncate")
            data.chop(20);
        else if (damage == "flip")
            data[data.indexOf(ShaA) + 5] = 'b'; // still well-formed, but the checksum no longer matches
        else if (damage == "garbage")
            data = "hello\nworld\n";
        else
            data.clear();
        writeFile(path, data);

        HashCache cache(path);
        QVERIFY(cache.load());
        QVERIFY2(cache.warning().contains(path), qPrintable(cache.warning()));
        QVERIFY(cache.warning().contains(QStringLiteral("damaged")));
        QCOMPARE(cache.size(), 0);
        QVERIFY(!cache.lookup(id));
        // The next save replaces the damaged file with a good one.
        cache.insert(id, ShaA);
        QVERIFY(cache.save());
        HashCache repaired(path);
        QVERIFY(repaired.load());
        QVERIFY(repaired.warning().isEmpty());
        QCOMPARE(repaired.size(), 1);
    }

    void twoWritersKeepBothEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache"));
        HashCache first(path);
        HashCache second(path);
        QVERIFY(first.load());
        QVERIFY(second.load());
        first.insert(FileIdentity {1, 10, 1, 1, 1, true}, ShaA);
        second.insert(FileIdentity {1, 20, 1, 1, 1, true}, ShaB);
        QVERIFY(first.save());
        QVERIFY(second.save()); // merges what the first one wrote
        HashCache reader(path);
        QVERIFY(reader.load());
        QCOMPARE(reader.size(), 2);
        QCOMPARE(reader.lookup(FileIdentity {1, 10, 1, 1, 1, true}).value_or(QByteArray()), ShaA);
        QCOMPARE(reader.lookup(FileIdentity {1, 20, 1, 1, 1, true}).value_or(QByteArray()), ShaB);
    }

    void concurrentSavesFromThreadsNeverCorruptTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache"));
        QList<QThread *> threads;
        std::atomic<int> failedSaves {0};
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([path, t, &failedSaves] {
                for (int round = 0; round < 10; ++round) {
                    HashCache cache(path);
                    cache.load();
                    cache.insert(FileIdentity {7, quint64(t * 100 + round), 1, 1, 1, true}, ShaA);
                    if (!cache.save())
                        ++failedSaves;
                }
            });
            threads.constLast()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(failedSaves.load(), 0);
        HashCache reader(path);
        QVERIFY(reader.load());
        QVERIFY2(reader.warning().isEmpty(), qPrintable(reader.warning()));
        QCOMPARE(reader.size(), 40);
    }

    void staysWithinItsBoundDroppingTheLeastRecentlyUsed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache"));
        {
            HashCache old(path, 3);
            for (quint64 inode = 1; inode <= 3; ++inode)
                old.insert(FileIdentity {1, inode, 1, 1, 1, true}, ShaA);
            QVERIFY(old.save());
        }
        // lastUsed has a resolution of one second: the lookup below must come in a later second
        // than the inserts above, which is at most one second away, usually less.
        const qint64 inserted = QDateTime::currentSecsSinceEpoch();
        while (QDateTime::currentSecsSinceEpoch() <= inserted)
            QThread::msleep(5);
        HashCache cache(path, 3);
        QVERIFY(cache.load());
        QVERIFY(cache.lookup(FileIdentity {1, 1, 1, 1, 1, true})); // used again: now the newest
        cache.insert(FileIdentity {1, 4, 1, 1, 1, true}, ShaB);
        QVERIFY(cache.save());
        HashCache reader(path, 3);
        QVERIFY(reader.load());
        QCOMPARE(reader.size(), 3);
        QVERIFY(reader.lookup(FileIdentity {1, 1, 1, 1, 1, true}));
        QVERIFY(reader.lookup(FileIdentity {1, 4, 1, 1, 1, true}));
        QVERIFY(
            !reader.lookup(FileIdentity {1, 2, 1, 1, 1, true}) || !reader.lookup(FileIdentity {1, 3, 1, 1, 1, true}));
    }

    void defaultPathIsUnderTheUsersCacheFolder()
    {
        qputenv("XDG_CACHE_HOME", "/tmp/some-cache-home");
        QCOMPARE(HashCache::defaultPath(), QStringLiteral("/tmp/some-cache-home/payload-studio/sha256-cache"));
    }
};

QTEST_GUILESS_MAIN(TestHashCache)
#include "tst_hashcache.moc"
