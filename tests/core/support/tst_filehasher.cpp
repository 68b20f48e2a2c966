// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FileHasher.h"
#include "Sha256.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

// FileHasher, the hashing of loose files on every core: one digest per path in the caller's
// order whatever order the work is done in, progress that ends at the bytes read, and an empty
// answer with the file named when one cannot be read, or when canceled.
class TestFileHasher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray noise(qsizetype size, quint32 seed)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator random(seed);
        for (char &c : bytes)
            c = char(random.bounded(256));
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void digests_data()
    {
        QTest::addColumn<QList<int>>("sizes"); // one file per size, hashed in this order
        QTest::newRow("no files") << QList<int> {};
        QTest::newRow("one empty file") << QList<int> {0};
        QTest::newRow("smallest first") << QList<int> {1, 1000, 1024 * 1024, 3 * 1024 * 1024 + 5};
        QTest::newRow("largest first") << QList<int> {3 * 1024 * 1024 + 5, 1024 * 1024, 1000, 1};
        QTest::newRow("many of one size") << QList<int>(40, 4096);
    }

    void digests()
    {
        QFETCH(QList<int>, sizes);
        QStringList paths;
        QList<QByteArray> expected;
        qint64 total = 0;
        for (int i = 0; i < sizes.size(); ++i) {
            const QByteArray bytes = noise(sizes.at(i), quint32(i + 1));
            paths << write(
                QStringLiteral("digests-%1-%2").arg(QString::fromLatin1(QTest::currentDataTag())).arg(i), bytes);
            QVERIFY(!paths.last().isEmpty());
            expected << Sha256::hexOf(bytes);
            total += bytes.size();
        }
        qint64 lastDone = -1;
        JobControl control;
        control.progress = [&](qint64 done, qint64, const QString &) {
            lastDone = done;
        };
        QString error;
        bool canceled = true;
        const QList<QByteArray> digests = FileHasher::hash(paths, control, &error, &canceled);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!canceled);
        QCOMPARE(digests, expected);
        if (!sizes.isEmpty())
            QCOMPARE(lastDone, total);
    }

    void unreadable()
    {
        const QString good = write(QStringLiteral("good"), noise(5000, 9));
        const QString gone = m_dir.filePath(QStringLiteral("gone"));
        QString error;
        bool canceled = true;
        const QList<QByteArray> digests = FileHasher::hash({good, gone}, JobControl(), &error, &canceled);
        QVERIFY(digests.isEmpty());
        QVERIFY(!canceled);
        QVERIFY2(error.startsWith(gone + QStringLiteral(": cannot open: ")), qPrintable(error));
    }

    // A folder opens but cannot be read: the error names it and the byte where reading failed.
    void readError()
    {
        QString error;
        const QList<QByteArray> digests = FileHasher::hash({m_dir.path()}, JobControl(), &error);
        QVERIFY(digests.isEmpty());
        QVERIFY2(error.startsWith(m_dir.path() + QStringLiteral(": read error at byte 0: ")), qPrintable(error));
    }

    // Canceled before the work starts: a sparse gigabyte takes far longer to hash than the
    // first look at the flag, so the cancel is always seen.
    void canceled()
    {
        const QString big = m_dir.filePath(QStringLiteral("sparse"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(1) << 30));
        file.close();
        const std::atomic<bool> cancel {true};
        QString error;
        bool canceled = false;
        const QList<QByteArray> digests = FileHasher::hash({big}, JobControl::fromFlag(cancel), &error, &canceled);
        QVERIFY(digests.isEmpty());
        QVERIFY(canceled);
        QCOMPARE(error, QStringLiteral("hashing was canceled"));
    }
};

QTEST_GUILESS_MAIN(TestFileHasher)
#include "tst_filehasher.moc"
