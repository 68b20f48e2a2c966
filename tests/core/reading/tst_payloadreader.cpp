// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadReader.h"
#include "TestImage.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using PayloadFormat::Layout;
using TestImage::Entry;

Q_DECLARE_METATYPE(QList<TestImage::Entry>)

class TestPayloadReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        TestImage::writeFile(path, bytes);
        return path;
    }

    static bool hasFinding(const PayloadReader &reader, ImporterFinding::Code code, ImporterFinding::Severity severity)
    {
        for (const ImporterFinding &f : reader.findings())
            if (f.code == code && f.severity == severity)
                return true;
        return false;
    }

private Q_SLOTS:
    void readsHandAssembledImages_data()
    {
        QTest::addColumn<bool>("u64");
        QTest::addColumn<QList<Entry>>("entries");
        for (const bool u64 : {false, true}) {
            const char *l = u64 ? "u64" : "u32";
            QTest::addRow("%s empty image", l) << u64 << QList<Entry>{};
            QTest::addRow("%s one entry", l) << u64 << QList<Entry>{{"a.tar.gz", "payload"}};
            QTest::addRow("%s zero-byte files and non-ASCII", l) << u64 << TestImage::sample();
            QTest::addRow("%s 1024-byte name", l) << u64 << QList<Entry>{{QByteArray(1024, 'n'), "x"}};
        }
    }

    void readsHandAssembledImages()
    {
        QFETCH(bool, u64);
        QFETCH(QList<Entry>, entries);
        const QString path = write(QStringLiteral("image.img"), TestImage::assemble(u64, entries));

        PayloadReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        QCOMPARE(reader.layout(), u64 ? Layout::U64 : Layout::U32);
        QVERIFY(!reader.layoutAmbiguous() || entries.isEmpty());
        QCOMPARE(reader.entries().size(), entries.size());
        const int hs = u64 ? 16 : 8;
        qint64 offset = u64 ? 16 : 12;
        for (int i = 0; i < entries.size(); ++i) {
            const PayloadEntry &e = reader.entries().at(i);
            QCOMPARE(e.index, i);
            QCOMPARE(e.rawName, entries.at(i).name);
            QCOMPARE(e.headerOffset, offset);
            QCOMPARE(e.dataOffset, offset + hs + entries.at(i).name.size());
            QCOMPARE(e.size, entries.at(i).data.size());
            offset = e.endOffset();
        }
        QCOMPARE(reader.endOfEntries(), offset);
        QCOMPARE(reader.trailingBytes(), 0);
        QVERIFY(!hasImporterErrors(reader.findings()));
    }

    void namesOutliveTheReaderAndStayIndependent()
    {
        // The names of a table share a few large blocks (see NameArena in PayloadReader.cpp;
        // these fill more than one): each must still behave as a QByteArray of its own.
        QList<Entry> entries;
        for (int i = 0; i < 3000; ++i)
            entries << Entry{"name-" + QByteArray::number(i) + ".tar.gz" + QByteArray(40, 'x'), QByteArray::number(i)};
        entries << Entry{QByteArray(700, 'L'), "a long name, read apart from its header"};
        const QString path = write(QStringLiteral("names.img"), TestImage::assemble(false, entries));
        QList<PayloadEntry> read;
        {
            PayloadReader reader;
            QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
            read = reader.entries();
        }
        QCOMPARE(read.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(read.at(i).rawName, entries.at(i).name);
            QCOMPARE(read.at(i).rawName.constData()[read.at(i).rawName.size()], '\0');
        }
        QByteArray changed = read.at(1).rawName;
        changed.append("-and-more");
        changed[0] = 'X';
        read[2].rawName.append('!');
        QCOMPARE(read.at(1).rawName, entries.at(1).name);
        QCOMPARE(read.at(2).rawName, entries.at(2).name + '!');
        QCOMPARE(read.at(3).rawName, entries.at(3).name);
        QCOMPARE(changed, "Xame-1.tar.gz" + QByteArray(40, 'x') + "-and-more");
        read.remove(0, 2000);
        QCOMPARE(read.constLast().rawName, entries.constLast().name);
    }

    void detectsLayoutAndSaysHow()
    {
        for (const bool u64 : {false, true}) {
            const QString path = write(QStringLiteral("detect.img"), TestImage::assemble(u64, TestImage::sample()));
            PayloadReader reader;
            QVERIFY(reader.open(path));
            QCOMPARE(reader.layout(), u64 ? Layout::U64 : Layout::U32);
            QVERIFY(reader.layoutNote().contains(QLatin1String("only consistent reading")));
            QVERIFY(!reader.layoutAmbiguous());
        }
    }

    void emptyU64ImagePrefersTheReadingThatAccountsForEveryByte()
    {
        // 16 bytes: read as u32 it is an empty image with 4 trailing zero bytes.
        const QString path = write(QStringLiteral("empty64.img"), TestImage::assemble(true, {}));
        PayloadReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.layout(), Layout::U64);
        QCOMPARE(reader.trailingBytes(), 0);
        QVERIFY(reader.layoutNote().contains(QLatin1String("both readings are consistent")));
    }

    void forcedLayoutIsObeyed()
    {
        const QString path = write(QStringLiteral("forced.img"), TestImage::assemble(true, TestImage::sample()));
        PayloadReader reader;
        QVERIFY(!reader.open(path, Layout::U32)); // u64 bytes do not read as u32
        QVERIFY(reader.open(path, Layout::U64));
        QCOMPARE(reader.entries().size(), 3);
    }

    void everyTruncationPointIsAnError_data()
    {
        QTest::addColumn<bool>("u64");
        QTest::newRow("u32") << false;
        QTest::newRow("u64") << true;
    }

    void everyTruncationPointIsAnError()
    {
        QFETCH(bool, u64);
        const QList<Entry> entries = TestImage::sample();
        const QByteArray full = TestImage::assemble(u64, entries);
        for (qsizetype length = 0; length < full.size(); ++length) {
            const QString path = write(QStringLiteral("cut.img"), full.left(length));
            PayloadReader reader;
            QVERIFY2(!reader.open(path), qPrintable(QStringLiteral("a %1-byte prefix was accepted").arg(length)));
            QVERIFY(reader.errorString().startsWith(path));
            // Whatever was read before the error is real, never invented.
            QVERIFY(reader.entries().size() < entries.size());
            for (const PayloadEntry &e : reader.entries()) {
                QCOMPARE(e.rawName, entries.at(e.index).name);
                QCOMPARE(e.size, entries.at(e.index).data.size());
            }
        }
    }

    void truncationNamesEntryAndOffset()
    {
        const QByteArray full = TestImage::assemble(false, TestImage::sample());
        const QString path = write(QStringLiteral("short.img"), full.left(full.size() - 10));
        PayloadReader reader;
        QVERIFY(!reader.open(path, Layout::U32));
        QCOMPARE(reader.error().entryIndex, 2);
        const qint64 dataOffset = full.size() - 300;
        QCOMPARE(reader.error().offset, dataOffset);
        QVERIFY2(reader.errorString().contains(QStringLiteral("entry 2 at byte %1").arg(dataOffset)), qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().contains(QLatin1String("runs past the end")));
    }

    void absurdLengthsAreErrorsNotAllocations_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray pad(80, '\0');
        QTest::newRow("u32 count 2^32-1") << QByteArray("LBPAYLD1" + TestImage::field(false, 0xffffffffu) + pad) << QStringLiteral("cannot fit");
        QTest::newRow("u64 count 2^63+5") << QByteArray("LBPAYLD1" + TestImage::field(true, (1ull << 63) + 5) + pad) << QStringLiteral("cannot fit");
        QTest::newRow("u32 name length 4 GiB")
            << QByteArray("LBPAYLD1" + TestImage::field(false, 1) + TestImage::field(false, 0xffffffffu) + TestImage::field(false, 1) + pad)
            << QStringLiteral("name length 4294967295 runs past the end");
        QTest::newRow("u64 data size 2^62")
            << QByteArray("LBPAYLD1" + TestImage::field(true, 1) + TestImage::field(true, 3) + TestImage::field(true, 1ull << 62) + "abc" + pad)
            << QStringLiteral("runs past the end");
    }

    void absurdLengthsAreErrorsNotAllocations()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = write(QStringLiteral("absurd.img"), bytes);
        PayloadReader reader;
        // Read with the layout the bytes were made for: some also read as a (different) valid
        // image in the other layout, which detection would rightly pick.
        QVERIFY(!reader.open(path, QByteArray(QTest::currentDataTag()).startsWith("u64") ? Layout::U64 : Layout::U32));
        QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
        QVERIFY(reader.entries().isEmpty());
    }

    void neitherLayoutReadsConsistently()
    {
        const QString path = write(QStringLiteral("neither.img"), QByteArray("LBPAYLD1") + QByteArray(8, '\x7f'));
        PayloadReader reader;
        QVERIFY(!reader.open(path));
        QVERIFY(reader.errorString().contains(QLatin1String("neither layout")));
        QVERIFY(reader.errorString().contains(QLatin1String("as u32:")));
        QVERIFY(reader.errorString().contains(QLatin1String("as u64:")));
    }

    void trailingBytesAreInformation_data()
    {
        QTest::addColumn<QByteArray>("trailing");
        QTest::addColumn<bool>("allZero");
        QTest::newRow("zero padding") << QByteArray(4096, '\0') << true;
        QTest::newRow("old disk contents") << QByteArray("old partition table and garbage") << false;
    }

    void trailingBytesAreInformation()
    {
        QFETCH(QByteArray, trailing);
        QFETCH(bool, allZero);
        const QString path = write(QStringLiteral("trailing.img"), TestImage::assemble(false, TestImage::sample()) + trailing);
        PayloadReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        QCOMPARE(reader.entries().size(), 3);
        QCOMPARE(reader.trailingBytes(), trailing.size());
        QCOMPARE(reader.trailingAllZero(), std::optional<bool>(allZero));
        QVERIFY(hasFinding(reader, ImporterFinding::Code::TrailingBytes, ImporterFinding::Severity::Info));
        QVERIFY(!hasImporterErrors(reader.findings()));
    }

    void importerFindings_data()
    {
        QTest::addColumn<QList<Entry>>("entries");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("severity");
        using C = ImporterFinding::Code;
        using S = ImporterFinding::Severity;
        QTest::newRow("empty name") << QList<Entry>{{"", "x"}} << int(C::EmptyName) << int(S::Error);
        QTest::newRow("1025-byte name") << QList<Entry>{{QByteArray(1025, 'n'), "x"}} << int(C::NameTooLong) << int(S::Error);
        QTest::newRow("slash") << QList<Entry>{{"dir/file", "x"}} << int(C::SlashInName) << int(S::Error);
        QTest::newRow("backslash") << QList<Entry>{{"dir\\file", "x"}} << int(C::BackslashInName) << int(S::Error);
        QTest::newRow("invalid UTF-8") << QList<Entry>{{"bad\xff\xfename", "x"}} << int(C::InvalidUtf8) << int(S::Warning);
        QTest::newRow("duplicate") << QList<Entry>{{"same", "1"}, {"other", "2"}, {"same", "3"}} << int(C::DuplicateName) << int(S::Warning);
    }

    void importerFindings()
    {
        QFETCH(QList<Entry>, entries);
        QFETCH(int, code);
        QFETCH(int, severity);
        const QString path = write(QStringLiteral("findings.img"), TestImage::assemble(false, entries));
        PayloadReader reader;
        QVERIFY2(reader.open(path, Layout::U32), qPrintable(reader.errorString()));
        QVERIFY(hasFinding(reader, ImporterFinding::Code(code), ImporterFinding::Severity(severity)));
        for (const ImporterFinding &f : reader.findings()) {
            QVERIFY(!f.message.isEmpty());
            if (f.code == ImporterFinding::Code(code)) {
                QCOMPARE(f.offset, reader.entries().at(f.entryIndex).headerOffset);
            }
        }
    }

    void countAboveImporterLimit()
    {
        QList<Entry> entries;
        entries.reserve(200001);
        for (int i = 0; i < 200001; ++i)
            entries.append({QByteArray::number(i), {}});
        const QString path = write(QStringLiteral("many.img"), TestImage::assemble(false, entries));
        PayloadReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.entries().size(), 200001);
        QVERIFY(hasFinding(reader, ImporterFinding::Code::CountTooLarge, ImporterFinding::Severity::Error));
    }

    void tableLongerThanTheListingLimitIsRefusedWithoutExhaustingMemory()
    {
        // A zero-filled region reads as entries with empty names and no data: the declared count
        // fits the file, so only the reader's own limit stops it.
        const quint64 count = quint64(PayloadReader::MaxEntries) + 1;
        QByteArray head(12, '\0');
        std::memcpy(head.data(), PayloadFormat::Magic, 8);
        PayloadFormat::writeField(head.data() + 8, Layout::U32, count);
        const QString path = write(QStringLiteral("zeros.img"), head);
        QVERIFY(QFile::resize(path, 12 + qint64(count) * 8));

        PayloadReader reader;
        QVERIFY(!reader.open(path));
        QCOMPARE(reader.error().entryIndex, PayloadReader::MaxEntries);
        QCOMPARE(reader.error().offset, 12 + qint64(PayloadReader::MaxEntries) * 8);
        QVERIFY2(reader.errorString().contains(QString::number(PayloadReader::MaxEntries)), qPrintable(reader.errorString()));
        QVERIFY2(reader.errorString().startsWith(path), qPrintable(reader.errorString()));
    }

    void entryDeviceReadsInPlace()
    {
        const QList<Entry> entries = TestImage::sample();
        const QString path = write(QStringLiteral("device.img"), TestImage::assemble(true, entries));
        PayloadReader reader;
        QVERIFY(reader.open(path));
        for (int i = 0; i < entries.size(); ++i) {
            std::unique_ptr<QIODevice> device = reader.openEntry(i);
            QVERIFY(device);
            QCOMPARE(device->size(), entries.at(i).data.size());
            QCOMPARE(device->readAll(), entries.at(i).data);
            QVERIFY(device->atEnd());
        }
        std::unique_ptr<QIODevice> device = reader.openEntry(2);
        QVERIFY(device->seek(290));
        QCOMPARE(device->readAll(), QByteArray(10, 'x'));
        QVERIFY(!reader.openEntry(3));
        QVERIFY(!reader.openEntry(-1));
    }

    void readsStreams_data()
    {
        QTest::addColumn<bool>("u64");
        QTest::newRow("u32") << false;
        QTest::newRow("u64") << true;
    }

    void readsStreams()
    {
        QFETCH(bool, u64);
        const QList<Entry> entries = TestImage::sample();
        QByteArray bytes = TestImage::assemble(u64, entries) + QByteArray(7, '\0');
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QList<QByteArray> data(entries.size());
        PayloadReader reader;
        QVERIFY2(reader.openStream(&buffer, QStringLiteral("<stdin>"), std::nullopt, {},
                                   [&](const PayloadEntry &e, const char *p, qint64 n) {
                                       data[e.index].append(p, n);
                                       return true;
                                   }),
                 qPrintable(reader.errorString()));
        QCOMPARE(reader.layout(), u64 ? Layout::U64 : Layout::U32);
        QCOMPARE(reader.entries().size(), entries.size());
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(data.at(i), entries.at(i).data);
        QCOMPARE(reader.trailingBytes(), 7);
        QCOMPARE(reader.imageSize(), bytes.size());
        QVERIFY(!reader.openEntry(0)); // nothing to reopen
    }

    void truncatedStreamIsAnError()
    {
        QByteArray bytes = TestImage::assemble(false, TestImage::sample());
        bytes.chop(1);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        PayloadReader reader;
        QVERIFY(!reader.openStream(&buffer, QStringLiteral("<stdin>")));
        QVERIFY2(reader.errorString().contains(QLatin1String("<stdin>: entry 2")), qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().contains(QLatin1String("truncated")));
    }

    void notAnImage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong magic") << QStringLiteral("html.img") << QStringLiteral("not an LBPAYLD1 image");
        QTest::newRow("missing file") << QStringLiteral("nonexistent.img") << QStringLiteral("cannot open");
        QTest::newRow("directory") << QStringLiteral("subdir") << QStringLiteral("is a directory");
    }

    void notAnImage()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        write(QStringLiteral("html.img"), "<html><body>404</body></html>");
        QDir(m_dir.path()).mkdir(QStringLiteral("subdir"));
        PayloadReader reader;
        QVERIFY(!reader.open(m_dir.filePath(name)));
        QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().startsWith(m_dir.filePath(name)));
    }

    void entriesArriveOneByOneAndCanBeCanceled()
    {
        const QString path = write(QStringLiteral("progressive.img"), TestImage::assemble(false, TestImage::sample()));
        QStringList seen;
        PayloadReader reader;
        QVERIFY(reader.open(path, std::nullopt, [&](const PayloadEntry &e) {
            seen << e.name();
            return true;
        }));
        QCOMPARE(seen.size(), 3);
        seen.clear();
        QVERIFY(!reader.open(path, std::nullopt, [&](const PayloadEntry &e) {
            seen << e.name();
            return false;
        }));
        QVERIFY(reader.wasCanceled());
        QCOMPARE(seen.size(), 1);
    }

    void layoutHelpers()
    {
        QCOMPARE(PayloadFormat::parseLayout(QStringLiteral("U64")), std::optional<Layout>(Layout::U64));
        QCOMPARE(PayloadFormat::parseLayout(QStringLiteral("u16")), std::nullopt);
        QCOMPARE(PayloadFormat::imageSize(Layout::U32, 2, 10, 100), 8 + 4 + 2 * 8 + 10 + 100);
        QCOMPARE(PayloadFormat::imageSize(Layout::U64, 2, 10, 100), 8 + 8 + 2 * 16 + 10 + 100);
        QCOMPARE(PayloadFormat::paddedSize(513, 512), 1024);
        QCOMPARE(PayloadFormat::paddedSize(512, 512), 512);
        QCOMPARE(PayloadFormat::paddedSize(7, 0), 7);
        // Code-point order: 'Z' (U+005A) < 'a' (U+0061) < 'é' (U+00E9) < '€' (U+20AC)
        QVERIFY(PayloadFormat::upstreamNameLess("Zlib", "abc"));
        QVERIFY(PayloadFormat::upstreamNameLess("abc", "\xc3\xa9t\xc3\xa9"));
        QVERIFY(PayloadFormat::upstreamNameLess("\xc3\xa9t\xc3\xa9", "\xe2\x82\xac"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadReader)
#include "tst_payloadreader.moc"
