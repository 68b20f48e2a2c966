// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// DecompressedStream's contract, as a specification: every compression reads back the exact
// bytes and ends in state End; input cut short ends in Truncated and corrupt input in Corrupt,
// with the bytes delivered before it a true prefix and the offsets reached (decompressed and
// input) reported; skip() equals reading; nothing is read after a failure; and a stream that
// decompresses to far more than memory could hold is read with flat memory.
#include "ArchiveTestKit.h"
#include "DecompressedStream.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchiveTestKit;
using Compression = DistfileKind::Compression;
using State = DecompressedStream::State;

Q_DECLARE_METATYPE(DistfileKind::Compression)
Q_DECLARE_METATYPE(DecompressedStream::State)

namespace {

constexpr qint64 OriginalSize = 300000;

Compression compressionOf(const QString &key)
{
    if (key == QLatin1String("gz"))
        return Compression::Gzip;
    if (key == QLatin1String("bz2"))
        return Compression::Bzip2;
    if (key == QLatin1String("xz"))
        return Compression::Xz;
    if (key == QLatin1String("lzma"))
        return Compression::Lzma;
    if (key == QLatin1String("zst"))
        return Compression::Zstd;
    return Compression::None;
}

// Reads `stream` to its end in chunks of an odd size.
QByteArray readAll(DecompressedStream &stream)
{
    QByteArray out;
    QByteArray chunk(10007, Qt::Uninitialized);
    for (qint64 n; (n = stream.read(chunk.data(), chunk.size())) > 0;)
        out.append(chunk.constData(), n);
    return out;
}

} // namespace

class TestArchiveDecompressed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_original;
    QHash<QString, QByteArray> m_compressed;

    // The original compressed with `key` ("" for none); empty when the tool is missing.
    QByteArray compressed(const QString &key)
    {
        if (key.isEmpty())
            return m_original;
        if (!m_compressed.contains(key)) {
            const QString in = m_dir.filePath(QStringLiteral("original"));
            const QString out = m_dir.filePath(QStringLiteral("original.") + key);
            writeFile(in, m_original);
            m_compressed.insert(key, compress(key, in, out) ? readFile(out) : QByteArray());
        }
        return m_compressed.value(key);
    }

    static void addCompressions(bool withNone)
    {
        if (withNone)
            QTest::newRow("uncompressed") << QString();
        for (const char *key : {"gz", "bz2", "xz", "lzma", "zst"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Half text, half noise: every decompressor has real work and real blocks.
        m_original = text(OriginalSize / 2, 1) + noise(OriginalSize / 2, 2);
    }

    void readsBackTheExactBytes_data()
    {
        QTest::addColumn<QString>("key");
        addCompressions(true);
    }
    void readsBackTheExactBytes()
    {
        QFETCH(QString, key);
        QByteArray data = compressed(key);
        if (data.isEmpty())
            QSKIP("the compressor is missing");
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        DecompressedStream stream(&source, compressionOf(key));
        QCOMPARE(stream.isCompressed(), !key.isEmpty());
        QVERIFY(stream.open());
        QCOMPARE(stream.state(), State::Ok);
        const QByteArray out = readAll(stream);
        QCOMPARE(out.size(), m_original.size());
        QVERIFY(out == m_original);
        QCOMPARE(stream.state(), State::End);
        QVERIFY(stream.errorString().isEmpty());
        QCOMPARE(stream.position(), OriginalSize);
        QCOMPARE(stream.inputPosition(), qint64(data.size()));
        QCOMPARE(stream.inputSize(), qint64(data.size()));
        // After the end: nothing more, and the state stays.
        char byte;
        QCOMPARE(stream.read(&byte, 1), 0);
        QCOMPARE(stream.skip(100), 0);
        QCOMPARE(stream.state(), State::End);
    }

    void cutShortIsTruncated_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("cut"); // "half", or a byte count
        for (const char *key : {"gz", "bz2", "xz", "lzma", "zst"})
            for (const char *cut : {"half", "200"})
                QTest::addRow("%s cut at %s", key, cut) << QString::fromLatin1(key) << QString::fromLatin1(cut);
    }
    void cutShortIsTruncated()
    {
        QFETCH(QString, key);
        QFETCH(QString, cut);
        const QByteArray whole = compressed(key);
        if (whole.isEmpty())
            QSKIP("the compressor is missing");
        QByteArray data = whole.left(cut == QLatin1String("half") ? whole.size() / 2 : cut.toLongLong());
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        DecompressedStream stream(&source, compressionOf(key));
        QVERIFY(stream.open());
        const QByteArray out = readAll(stream);
        QCOMPARE(stream.state(), State::Truncated);
        // What came out before is true data, and the offsets say how far it got.
        QVERIFY(out.size() < m_original.size());
        QVERIFY(m_original.startsWith(out));
        QCOMPARE(stream.position(), qint64(out.size()));
        QCOMPARE(stream.inputPosition(), qint64(data.size()));
        QVERIFY2(stream.errorString().contains(DistfileKind::compressionName(compressionOf(key))),
            qPrintable(stream.errorString()));
        char byte;
        QCOMPARE(stream.read(&byte, 1), 0);
        QCOMPARE(stream.state(), State::Truncated);
    }

    void corruptIsCorrupt_data()
    {
        QTest::addColumn<QString>("key");
        // lzma (LZMA_alone) has no check: a flipped byte may decode to other bytes unseen.
        for (const char *key : {"gz", "bz2", "xz", "zst"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void corruptIsCorrupt()
    {
        QFETCH(QString, key);
        QByteArray data = compressed(key);
        if (data.isEmpty())
            QSKIP("the compressor is missing");
        // In the noise half's compressed data: no format can take it for something else.
        const qint64 at = data.size() * 3 / 4;
        data[at] = char(~uchar(data.at(at)));
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        DecompressedStream stream(&source, compressionOf(key));
        QVERIFY(stream.open());
        const QByteArray out = readAll(stream);
        QCOMPARE(stream.state(), State::Corrupt);
        QVERIFY(stream.errorString().contains(QLatin1String("corrupt")));
        QCOMPARE(stream.position(), qint64(out.size()));
        QVERIFY(stream.inputPosition() > 0 && stream.inputPosition() <= data.size());
    }

    // skip() is read() without the bytes: the same position, the same data after it.
    void skipEqualsRead_data()
    {
        QTest::addColumn<QString>("key");
        addCompressions(true);
    }
    void skipEqualsRead()
    {
        QFETCH(QString, key);
        QByteArray data = compressed(key);
        if (data.isEmpty())
            QSKIP("the compressor is missing");
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        DecompressedStream stream(&source, compressionOf(key));
        QVERIFY(stream.open());
        QCOMPARE(stream.skip(123457), 123457);
        QCOMPARE(stream.position(), 123457);
        QByteArray next(1000, Qt::Uninitialized);
        QCOMPARE(stream.read(next.data(), next.size()), 1000);
        QVERIFY(next == m_original.mid(123457, 1000));
        // Past the end: the count skipped is what there was.
        QCOMPARE(stream.skip(OriginalSize), OriginalSize - 124457);
        QCOMPARE(stream.state(), State::End);
    }

    void sourceNotOpenIsAnIoError()
    {
        QBuffer closed;
        DecompressedStream stream(&closed, Compression::Gzip);
        QVERIFY(!stream.open());
        QCOMPARE(stream.state(), State::IoError);
        QVERIFY(!stream.errorString().isEmpty());
    }

    // Data that is not the compression said (an HTML page read as gzip) is never delivered.
    void wrongFormatDeliversNothing()
    {
        QByteArray page("<!DOCTYPE html><html><body>Not Found</body></html>\n");
        QBuffer source(&page);
        QVERIFY(source.open(QIODevice::ReadOnly));
        DecompressedStream stream(&source, Compression::Xz);
        QVERIFY(stream.open());
        QCOMPARE(readAll(stream), QByteArray());
        QVERIFY(stream.state() == State::Corrupt || stream.state() == State::Truncated);
    }

    // 256 MiB decompressed from a quarter of a MiB, read and skipped: memory stays flat.
    void flatMemory_data()
    {
        QTest::addColumn<bool>("skipping");
        QTest::newRow("read") << false;
        QTest::newRow("skip") << true;
    }
    void flatMemory()
    {
        QFETCH(bool, skipping);
        constexpr qint64 Size = 256ll * 1024 * 1024;
        QByteArray data = gzipOfZeros("start", Size, "end");
        QVERIFY(!data.isEmpty());
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const qint64 before = residentKiB();
        DecompressedStream stream(&source, Compression::Gzip);
        QVERIFY(stream.open());
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        qint64 total = 0;
        qint64 peak = before;
        for (qint64 n; (n = skipping ? stream.skip(chunk.size()) : stream.read(chunk.data(), chunk.size())) > 0;) {
            total += n;
            if (total % (64 * 1024 * 1024) < n)
                peak = std::max(peak, residentKiB());
        }
        QCOMPARE(stream.state(), State::End);
        QCOMPARE(total, Size + 8);
        if (before < 0)
            QSKIP("/proc/self/status has no VmRSS here");
        // KArchive's buffers, zlib's window, the chunk: a few MiB, whatever the size.
        QVERIFY2(peak - before < 32 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - before)));
    }

    void kArchiveTypes_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<bool>("none");
        QTest::newRow("none") << Compression::None << true;
        QTest::newRow("gzip") << Compression::Gzip << false;
        QTest::newRow("xz") << Compression::Xz << false;
        QTest::newRow("zstd") << Compression::Zstd << false;
    }
    void kArchiveTypes()
    {
        QFETCH(Compression, compression);
        QFETCH(bool, none);
        QCOMPARE(
            DecompressedStream::kArchiveType(compression) == DecompressedStream::kArchiveType(Compression::None), none);
        // xz and lzma share liblzma's auto decoder.
        QCOMPARE(
            DecompressedStream::kArchiveType(Compression::Lzma), DecompressedStream::kArchiveType(Compression::Xz));
    }
};

QTEST_GUILESS_MAIN(TestArchiveDecompressed)
#include "tst_archive_decompressed.moc"
