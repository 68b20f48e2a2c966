// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FileRangeCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {

// A descriptor closed on every return path of a test.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList names(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

// copyFileRange and extractRange, how both extractors write an entry's bytes: exactly the range
// asked for (past the kernel's and the buffer's chunk sizes too), an error when the source ends
// early, a stop when told, and through PendingFile a file that exists only when complete.
class TestFileRangeCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_bytes; // the source: 9 MiB + 3, past one 8 MiB kernel chunk
    Fd m_source;
    int m_case = 0;

    QString freshFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("case-%1").arg(++m_case));
        return QDir().mkpath(folder) ? folder : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bytes.resize(9 * 1024 * 1024 + 3);
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            m_bytes[i] = char((i * 13 + i / 509) & 0xff);
        const QString path = m_dir.filePath(QStringLiteral("source"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_bytes), m_bytes.size());
        file.close();
        m_source.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(m_source.fd >= 0);
    }

    void copy_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("result");
        QTest::addColumn<qint64>("copied"); // the bytes that reach the output
        const qint64 all = 9 * 1024 * 1024 + 3;
        QTest::newRow("nothing") << qint64(5) << qint64(0) << 0 << qint64(0);
        QTest::newRow("small, inside") << qint64(1000) << qint64(4097) << 0 << qint64(4097);
        QTest::newRow("whole source, past a chunk") << qint64(0) << all << 0 << all;
        QTest::newRow("to the last byte") << all - 10 << qint64(10) << 0 << qint64(10);
        QTest::newRow("source ends early") << all - 10 << qint64(11) << EIO << qint64(10);
        QTest::newRow("offset past the end") << all + 100 << qint64(1) << EIO << qint64(0);
    }

    void copy()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, size);
        QFETCH(int, result);
        QFETCH(qint64, copied);
        const QString outPath = m_dir.filePath(QStringLiteral("copy-%1").arg(++m_case));
        Fd out;
        out.fd = ::open(QFile::encodeName(outPath).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        QVERIFY(out.fd >= 0);
        qint64 stepped = 0;
        const int r = copyFileRange(m_source.fd, offset, size, out.fd, [&](qint64 n) {
            stepped += n;
            return true;
        });
        QCOMPARE(r, result);
        QCOMPARE(stepped, copied);
        QCOMPARE(readFile(outPath), m_bytes.mid(offset, copied));
    }

    // A step that says stop ends the copy with -1 after that chunk.
    void stopped()
    {
        const QString outPath = m_dir.filePath(QStringLiteral("stopped"));
        Fd out;
        out.fd = ::open(QFile::encodeName(outPath).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        QVERIFY(out.fd >= 0);
        int steps = 0;
        const int r = copyFileRange(m_source.fd, 0, m_bytes.size(), out.fd, [&](qint64) { return ++steps < 1; });
        QCOMPARE(r, -1);
        QCOMPARE(steps, 1);
        QVERIFY(QFileInfo(outPath).size() < m_bytes.size());
    }

    void extract_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<bool>("stop");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("copyError");
        QTest::addColumn<int>("placeError");
        QTest::newRow("new file") << false << false << false << qint64(70000) << 0 << 0;
        QTest::newRow("existing kept") << true << false << false << qint64(70000) << 0 << EEXIST;
        QTest::newRow("existing replaced") << true << true << false << qint64(70000) << 0 << 0;
        QTest::newRow("stopped") << false << false << true << qint64(70000) << -1 << 0;
        QTest::newRow("source ends early") << true << true << false << qint64(m_bytes.size()) + 1 << EIO << 0;
    }

    // The file is there, complete, only when every step went well; otherwise the folder is as
    // it was.
    void extract()
    {
        QFETCH(bool, existing);
        QFETCH(bool, overwrite);
        QFETCH(bool, stop);
        QFETCH(qint64, size);
        QFETCH(int, copyError);
        QFETCH(int, placeError);
        const QString folder = freshFolder();
        QVERIFY(!folder.isEmpty());
        const QString target = folder + QStringLiteral("/entry.bin");
        if (existing) {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            QCOMPARE(old.write("old"), qint64(3));
        }
        Fd dir;
        dir.fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(dir.fd >= 0);
        const ExtractedRange r =
            extractRange(m_source.fd, 10, size, dir.fd, "entry.bin", overwrite, [stop](qint64) { return !stop; });
        QCOMPARE(r.createError, 0);
        QCOMPARE(r.copyError, copyError);
        QCOMPARE(r.placeError, placeError);
        QCOMPARE(r.ok(), copyError == 0 && placeError == 0);
        const QStringList expectedNames =
            existing || r.ok() ? QStringList {QStringLiteral("entry.bin")} : QStringList();
        QCOMPARE(names(folder), expectedNames);
        if (r.ok())
            QCOMPARE(readFile(target), m_bytes.mid(10, size));
        else if (existing)
            QCOMPARE(readFile(target), QByteArray("old"));
    }

    void extractWithoutFolder()
    {
        const ExtractedRange r = extractRange(m_source.fd, 0, 10, -1, "entry.bin", false, [](qint64) { return true; });
        QCOMPARE(r.createError, EBADF);
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestFileRangeCopy)
#include "tst_filerangecopy.moc"
