// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PositionalIo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

// PositionalIo, the writers' pread and pwrite loop: every byte written where asked (a hole
// before it stays zeros), reads that stop only at the end of the file, the file position left
// alone, and errno for what is not a seekable open file.
class TestPositionalIo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    int openNew(int flags)
    {
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("file-%1").arg(++m_case)));
        return ::open(path.constData(), flags | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writeThenRead_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("length");
        QTest::addColumn<qint64>("readAt");
        QTest::addColumn<int>("readLength");
        QTest::addColumn<qint64>("expectedCount"); // fewer than readLength where the file ends

        QTest::newRow("at the start") << qint64(0) << 1000 << qint64(0) << 1000 << qint64(1000);
        QTest::newRow("after a hole") << qint64(65536) << 10 << qint64(65530) << 16 << qint64(16);
        QTest::newRow("read across the end") << qint64(0) << 100 << qint64(90) << 50 << qint64(10);
        QTest::newRow("read at the end") << qint64(0) << 100 << qint64(100) << 50 << qint64(0);
        QTest::newRow("read past the end") << qint64(0) << 100 << qint64(5000) << 50 << qint64(0);
        QTest::newRow("large, past 2 GiB") << (qint64(1) << 31) + 7 << 3 * 1024 * 1024 << (qint64(1) << 31)
                                           << 3 * 1024 * 1024 + 100 << qint64(3 * 1024 * 1024 + 7);
        QTest::newRow("nothing") << qint64(10) << 0 << qint64(0) << 0 << qint64(0);
    }

    void writeThenRead()
    {
        QFETCH(qint64, offset);
        QFETCH(int, length);
        QFETCH(qint64, readAt);
        QFETCH(int, readLength);
        QFETCH(qint64, expectedCount);
        const int fd = openNew(O_RDWR);
        QVERIFY(fd >= 0);
        QByteArray data(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            data[i] = char('a' + i % 26);
        const bool wrote = PositionalIo::writeAll(fd, data.constData(), length, offset);
        QByteArray read(readLength, '\xff');
        const qint64 count = PositionalIo::readFull(fd, read.data(), readLength, readAt);
        const off_t position = ::lseek(fd, 0, SEEK_CUR);
        ::close(fd);
        QVERIFY(wrote);
        QCOMPARE(count, expectedCount);
        // The file as it should be: zeros up to `offset`, then the data.
        QByteArray expected;
        for (qint64 at = readAt; at < readAt + count; ++at)
            expected += at < offset ? '\0' : data.at(at - offset);
        QCOMPARE(read.left(count), expected);
        QCOMPARE(position, off_t(0));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("error");
        QTest::newRow("no descriptor") << QStringLiteral("none") << EBADF;
        QTest::newRow("write to a read-only descriptor") << QStringLiteral("read-only") << EBADF;
        QTest::newRow("a pipe cannot be addressed") << QStringLiteral("pipe") << ESPIPE;
    }

    void errors()
    {
        QFETCH(QString, what);
        QFETCH(int, error);
        int writeFd = -1; // what writeAll() is given
        int readFd = -1; // and readFull()
        if (what == QLatin1String("read-only")) {
            writeFd = openNew(O_RDONLY);
            QVERIFY(writeFd >= 0);
        } else if (what == QLatin1String("pipe")) {
            int ends[2];
            QCOMPARE(::pipe(ends), 0);
            readFd = ends[0];
            writeFd = ends[1];
        }
        errno = 0;
        const bool wrote = PositionalIo::writeAll(writeFd, "x", 1, 0);
        const int writeErrno = errno;
        errno = 0;
        char byte = 0;
        const qint64 count = PositionalIo::readFull(readFd, &byte, 1, 0);
        const int readErrno = errno;
        for (int fd : {writeFd, readFd})
            if (fd >= 0)
                ::close(fd);
        QVERIFY(!wrote);
        QCOMPARE(writeErrno, error);
        if (what != QLatin1String("read-only")) {
            QCOMPARE(count, qint64(-1));
            QCOMPARE(readErrno, error);
        }
    }
};

QTEST_GUILESS_MAIN(TestPositionalIo)
#include "tst_positionalio.moc"
