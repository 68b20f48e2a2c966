// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ByteSource.h"
#include "FailingByteSource.h"
#include "PayloadReader.h"
#include "TestImage.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using PayloadFormat::Layout;

// ByteSource's contract, for the file and the stream source alike, and PayloadReader reading
// through a source that fails: the reader's messages must say which file, which entry and
// which byte, whatever breaks.
class TestByteSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_bytes;
    QString m_path;
    QBuffer m_buffer;

    // Three entries whose data is longer than a header read looks ahead, so that a fault in
    // entry 2's header is met while reading entry 2 and not before.
    static QList<TestImage::Entry> entries()
    {
        return {{"first.bin", QByteArray(1000, 'a')}, {"second.bin", QByteArray(1000, 'b')},
            {"third.bin", QByteArray(1000, 'c')}};
    }
    // Where entry `index`'s header starts in the u32 image of entries().
    static qint64 headerOffset(int index)
    {
        qint64 offset = 8 + 4;
        const QList<TestImage::Entry> list = entries();
        for (int i = 0; i < index; ++i)
            offset += 8 + list.at(i).name.size() + list.at(i).data.size();
        return offset;
    }

    // The source of the data row "file" or "stream", over m_bytes.
    std::unique_ptr<ByteSource> open(const QString &kind)
    {
        if (kind == QLatin1String("stream")) {
            m_buffer.close();
            m_buffer.setData(m_bytes);
            if (!m_buffer.open(QIODevice::ReadOnly))
                return nullptr;
            return ByteSource::fromStream(&m_buffer);
        }
        QString error;
        std::unique_ptr<ByteSource> source = ByteSource::openFile(m_path, &error);
        if (!source)
            qWarning("%s", qPrintable(error));
        return source;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bytes = TestImage::assemble(false, entries());
        m_path = m_dir.filePath(QStringLiteral("image.img"));
        QVERIFY2(TestImage::writeFile(m_path, m_bytes), qPrintable(m_path));
    }

    void contract_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("file") << QStringLiteral("file");
        QTest::newRow("stream") << QStringLiteral("stream");
    }

    // Size known for files only; reads in increasing order return what is there, short only
    // at the end; consume delivers or skips exactly the bytes asked for.
    void contract()
    {
        QFETCH(QString, kind);
        std::unique_ptr<ByteSource> source = open(kind);
        QVERIFY(source);
        const bool stream = kind == QLatin1String("stream");
        QCOMPARE(source->size(), stream ? qint64(-1) : qint64(m_bytes.size()));
        QCOMPARE(source->reopenablePath(), stream ? QString() : m_path);

        char head[12];
        QCOMPARE(source->readAt(0, head, sizeof head), qint64(sizeof head));
        QCOMPARE(QByteArray(head, sizeof head), m_bytes.left(sizeof head));

        // Skipping (no sink) and delivering both count the bytes.
        QCOMPARE(source->consume(12, 8, {}), qint64(8));
        QByteArray seen;
        const qint64 delivered = source->consume(20, 500, [&](const char *data, qint64 length) {
            seen.append(data, length);
            return true;
        });
        QCOMPARE(delivered, qint64(500));
        QCOMPARE(seen, m_bytes.mid(20, 500));

        // At the end: short, then nothing, never an error.
        const qint64 tail = 10;
        QByteArray last(64, '\0');
        QCOMPARE(source->readAt(m_bytes.size() - tail, last.data(), last.size()), tail);
        QCOMPARE(last.left(tail), m_bytes.right(tail));
        QCOMPARE(source->readAt(m_bytes.size(), last.data(), last.size()), qint64(0));
        QVERIFY(source->error().isEmpty());
    }

    void missingFileIsNoSource()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("missing.img"));
        QVERIFY(!ByteSource::openFile(path, &error));
        QVERIFY2(!error.isEmpty(), "openFile must say why it failed");
    }

    // The failing source itself: the fault comes where it was put, not before.
    void failingSourceFailsWhereTold()
    {
        FailingByteSource source(m_bytes);
        source.failAt(100);
        char buffer[100];
        QCOMPARE(source.readAt(0, buffer, 100), qint64(100));
        QCOMPARE(source.readAt(50, buffer, 51), qint64(-1));
        QVERIFY(source.error().contains(QLatin1String("at byte 100")));
        QCOMPARE(source.failures(), 1);

        FailingByteSource gone(m_bytes);
        gone.failAfterBytes(30);
        QCOMPARE(gone.readAt(0, buffer, 20), qint64(20));
        QCOMPARE(gone.readAt(20, buffer, 20), qint64(-1));
        QCOMPARE(gone.readAt(0, buffer, 1), qint64(-1)); // gone stays gone
        QCOMPARE(gone.delivered(), qint64(20));

        FailingByteSource truncated(m_bytes);
        truncated.endAt(40);
        QCOMPARE(truncated.size(), qint64(m_bytes.size()));
        QCOMPARE(truncated.readAt(30, buffer, 20), qint64(10));
        QCOMPARE(truncated.readAt(40, buffer, 20), qint64(0));
    }

    void readerReportsFault_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<qint64>("where");
        QTest::addColumn<int>("entry");
        QTest::addColumn<QString>("says");
        const qint64 second = headerOffset(1);
        const qint64 third = headerOffset(2);
        QTest::newRow("bad sector in entry 2's header")
            << QStringLiteral("failAt") << third + 2 << 2 << QStringLiteral("read error at byte %1").arg(third + 2);
        QTest::newRow("bad sector in the count")
            << QStringLiteral("failAt") << qint64(9) << -1 << QStringLiteral("read error at byte 9");
        // The magic, the count and entry 0's header with its look-ahead come to 284 bytes.
        QTest::newRow("device gone after 300 bytes")
            << QStringLiteral("failAfter") << qint64(300) << 1 << QStringLiteral("Input/output error");
        QTest::newRow("file cut in entry 1's header") << QStringLiteral("endAt") << second + 3 << 1
                                                      << QStringLiteral("the entry header is truncated (3 of 8 bytes)");
    }

    // The reader names the file, the entry and the byte where the read broke, and keeps the
    // entries read before it.
    void readerReportsFault()
    {
        QFETCH(QString, fault);
        QFETCH(qint64, where);
        QFETCH(int, entry);
        QFETCH(QString, says);
        FailingByteSource source(m_bytes);
        if (fault == QLatin1String("failAt"))
            source.failAt(where);
        else if (fault == QLatin1String("failAfter"))
            source.failAfterBytes(where);
        else
            source.endAt(where);

        PayloadReader reader;
        QVERIFY(!reader.open(source, QStringLiteral("faulty.img"), {}, Layout::U32));
        const PayloadReader::Error &error = reader.error();
        QVERIFY2(error.message.startsWith(QLatin1String("faulty.img: ")), qPrintable(error.message));
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QCOMPARE(error.entryIndex, entry);
        const qint64 at = entry < 0 ? 8 : headerOffset(entry);
        QCOMPARE(error.offset, at);
        if (entry >= 0)
            QVERIFY2(error.message.contains(QStringLiteral("entry %1 at byte %2").arg(entry).arg(at)),
                qPrintable(error.message));
        QCOMPARE(reader.entries().size(), qsizetype(std::max(entry, 0)));
        QVERIFY(source.failures() > 0 || fault == QLatin1String("endAt"));
        QVERIFY(!reader.wasCanceled());
    }

    // Without a forced layout both readings meet the fault; the message still names it.
    void detectionReportsFault()
    {
        FailingByteSource source(m_bytes);
        source.failAt(headerOffset(2) + 2);
        PayloadReader reader;
        QVERIFY(!reader.open(source, QStringLiteral("faulty.img")));
        QVERIFY2(reader.errorString().startsWith(QLatin1String("faulty.img: ")), qPrintable(reader.errorString()));
        QVERIFY2(reader.errorString().contains(QStringLiteral("read error at byte %1").arg(headerOffset(2) + 2)),
            qPrintable(reader.errorString()));
    }

    // The same source without a fault reads like the file: the seam changes nothing else.
    void sourceReadsLikeFile()
    {
        FailingByteSource source(m_bytes);
        PayloadReader fromSource;
        QVERIFY2(fromSource.open(source, QStringLiteral("memory.img")), qPrintable(fromSource.errorString()));
        PayloadReader fromFile;
        QVERIFY2(fromFile.open(m_path), qPrintable(fromFile.errorString()));
        QCOMPARE(fromSource.layout(), fromFile.layout());
        QCOMPARE(fromSource.entries().size(), fromFile.entries().size());
        for (qsizetype i = 0; i < fromFile.entries().size(); ++i) {
            QCOMPARE(fromSource.entries().at(i).rawName, fromFile.entries().at(i).rawName);
            QCOMPARE(fromSource.entries().at(i).dataOffset, fromFile.entries().at(i).dataOffset);
        }
        QCOMPARE(fromSource.fileName(), QStringLiteral("memory.img"));
        QVERIFY(!fromSource.openEntry(0)); // no path to open again
    }
};

QTEST_GUILESS_MAIN(TestByteSource)
#include "tst_bytesource.moc"
