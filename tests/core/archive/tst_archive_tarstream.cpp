// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// TarStreamReader's contract, as a specification: the members of a tar (ustar, GNU long names,
// pax paths, links, folders) in stream order with their data; a tar cut at any point fails as
// Truncated with the byte it ends at named in the message and given by failureOffset(), while a
// cut at a member boundary or after one zero block ends with a finding; a damaged header is
// Corrupt at its own offset; cancel stops it; and a member far larger than memory streams by
// with flat memory.
#include "ArchiveTestKit.h"
#include "DecompressedStream.h"
#include "TarStreamReader.h"

#include <QBuffer>
#include <QTest>

using namespace ArchiveTestKit;
using Step = TarStreamReader::Step;
using Status = ArchiveReport::Status;
using Code = ArchiveFinding::Code;

namespace {

// A tar read from memory, compressed as `compression` says: the source, the decompressor and
// the reader over them, opened by open().
struct TarInMemory
{
    QBuffer source;
    DecompressedStream stream;
    TarStreamReader tar;
    TarInMemory(QByteArray *bytes, DistfileKind::Compression compression)
        : source(bytes)
        , stream(&source, compression)
        , tar(stream)
    { }
    bool open() { return source.open(QIODevice::ReadOnly) && stream.open(); }
};

// A tar with one member of every kind, and where each part of it begins.
struct SampleTar
{
    QByteArray bytes;
    QByteArray readme = text(1000, 1);
    QByteArray blob = noise(700, 2);
    QByteArray longName = "pkg/" + QByteArray(150, 'n') + "/deep.bin";
    QByteArray paxPath = "pkg/" + QByteArray(120, 'p') + "/pax.txt";
    qint64 readmeData = 0; // where README's data begins
    qint64 folderHeader = 0;
    qint64 longNameData = 0; // the GNU long name's own data
    qint64 endBlocks = 0;

    SampleTar()
    {
        bytes += tarHeader("pkg/README", '0', readme.size());
        readmeData = bytes.size();
        bytes += padded(readme);
        folderHeader = bytes.size();
        bytes += tarHeader("pkg/src/", '5', 0, {}, 0755);
        bytes += tarHeader("pkg/link", '2', 0, "README");
        bytes += tarHeader("././@LongLink", 'L', longName.size() + 1);
        longNameData = bytes.size();
        bytes += padded(longName + '\0');
        bytes += tarHeader(longName.left(99), '0', blob.size());
        bytes += padded(blob);
        const QByteArray record = " path=" + paxPath + '\n';
        // A pax record states its own length, digits included.
        QByteArray line = QByteArray::number(record.size() + 3) + record;
        bytes += tarHeader("PaxHeader/pax.txt", 'x', line.size());
        bytes += padded(line);
        bytes += tarHeader("pax.txt", '0', 10);
        bytes += padded("0123456789");
        endBlocks = bytes.size();
        bytes += tarEnd();
    }
};

struct Walked
{
    QStringList members; // "path type size"
    Step last = Step::Failed;
};

Walked walk(TarStreamReader &tar)
{
    Walked w;
    ArchiveMember m;
    while ((w.last = tar.next(m)) == Step::Member)
        w.members << QStringLiteral("%1 %2 %3").arg(m.path()).arg(int(m.type)).arg(m.size);
    return w;
}

} // namespace

class TestArchiveTarStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryKindOfMember()
    {
        SampleTar sample;
        TarInMemory in(&sample.bytes, DistfileKind::Compression::None);
        QVERIFY(in.open());
        TarStreamReader &tar = in.tar;
        const Walked w = walk(tar);
        QCOMPARE(w.last, Step::End);
        using T = ArchiveMember::Type;
        const QStringList expected {
            QStringLiteral("pkg/README %1 1000").arg(int(T::File)),
            QStringLiteral("pkg/src/ %1 0").arg(int(T::Directory)),
            QStringLiteral("pkg/link %1 0").arg(int(T::Symlink)),
            QStringLiteral("%1 %2 700").arg(QString::fromLatin1(sample.longName)).arg(int(T::File)),
            QStringLiteral("%1 %2 10").arg(QString::fromLatin1(sample.paxPath)).arg(int(T::File)),
        };
        QCOMPARE(w.members, expected);
        QVERIFY(tar.sawEndMarker());
        QVERIFY(tar.findings().isEmpty());
        QVERIFY(!tar.failed());
    }

    // readData() gives the member's bytes exactly, dataRemaining() counting down; next()
    // skips what was not read.
    void readsMemberData()
    {
        SampleTar sample;
        TarInMemory in(&sample.bytes, DistfileKind::Compression::None);
        QVERIFY(in.open());
        TarStreamReader &tar = in.tar;
        ArchiveMember m;
        QCOMPARE(tar.next(m), Step::Member);
        QCOMPARE(tar.dataRemaining(), 1000);
        QByteArray got(300, Qt::Uninitialized);
        QCOMPARE(tar.readData(got.data(), got.size()), 300);
        QCOMPARE(tar.dataRemaining(), 700);
        QByteArray rest(5000, Qt::Uninitialized);
        QCOMPARE(tar.readData(rest.data(), rest.size()), 700);
        QCOMPARE(got + rest.left(700), sample.readme);
        QCOMPARE(tar.readData(rest.data(), rest.size()), 0);
        // Into the long-named member, read halfway, then on: the rest is skipped.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(tar.next(m), Step::Member);
        QCOMPARE(m.rawPath, sample.longName);
        QCOMPARE(tar.readData(got.data(), 100), 100);
        QCOMPARE(got.left(100), sample.blob.left(100));
        QCOMPARE(tar.next(m), Step::Member);
        QCOMPARE(m.rawPath, sample.paxPath);
        QCOMPARE(tar.next(m), Step::End);
    }

    void cutShort_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("cutFrom"); // 0: README's header, 1: its data, 2: the folder's header,
                                          // 3: the long name's data, 4: the end blocks
        QTest::addColumn<int>("plus");
        QTest::addColumn<QString>("says"); // a part of the message
        QTest::newRow("in the first header") << "header" << 0 << 100 << "in the first header";
        QTest::newRow("in a member's data") << "data" << 1 << 300 << "300 of 1000 bytes present";
        QTest::newRow("in the padding") << "padding" << 1 << 1010 << "padding after member \"pkg/README\"";
        QTest::newRow("in the next header") << "header" << 2 << 200 << "after member \"pkg/README\"";
        QTest::newRow("in a long name") << "extended" << 3 << 20 << "inside an extended header";
        QTest::newRow("in the first end block") << "end" << 4 << 100 << "inside a header";
        QTest::newRow("in the second end block") << "end" << 4 << 600 << "end-of-archive blocks";
    }
    void cutShort()
    {
        QFETCH(int, cutFrom);
        QFETCH(int, plus);
        QFETCH(QString, says);
        SampleTar sample;
        const qint64 starts[] = {0, sample.readmeData, sample.folderHeader, sample.longNameData, sample.endBlocks};
        const qint64 cut = starts[cutFrom] + plus;
        QByteArray data = sample.bytes.left(cut);
        TarInMemory in(&data, DistfileKind::Compression::None);
        QVERIFY(in.open());
        TarStreamReader &tar = in.tar;
        const Walked w = walk(tar);
        QCOMPARE(w.last, Step::Failed);
        QVERIFY(tar.failed());
        QCOMPARE(tar.failureStatus(), Status::Truncated);
        QCOMPARE(tar.failureOffset(), cut);
        QVERIFY2(tar.failureMessage().contains(QString::number(cut)), qPrintable(tar.failureMessage()));
        QVERIFY2(tar.failureMessage().contains(says), qPrintable(tar.failureMessage()));
    }

    // Cuts tar itself accepts: findings, not failures.
    void cutAtABoundary_data()
    {
        QTest::addColumn<int>("endBlocksKept");
        QTest::addColumn<Code>("code");
        QTest::newRow("no end blocks") << 0 << Code::NoEndMarker;
        QTest::newRow("one end block") << 1 << Code::LoneZeroBlock;
    }
    void cutAtABoundary()
    {
        QFETCH(int, endBlocksKept);
        QFETCH(Code, code);
        SampleTar sample;
        QByteArray data = sample.bytes.left(sample.endBlocks + 512 * endBlocksKept);
        TarInMemory in(&data, DistfileKind::Compression::None);
        QVERIFY(in.open());
        TarStreamReader &tar = in.tar;
        const Walked w = walk(tar);
        QCOMPARE(w.last, Step::End);
        QCOMPARE(w.members.size(), 5);
        QVERIFY(!tar.sawEndMarker());
        QCOMPARE(tar.findings().size(), 1);
        QCOMPARE(tar.findings().constFirst().code, code);
        QCOMPARE(tar.findings().constFirst().offset, sample.endBlocks);
        QVERIFY(tar.findings().constFirst().message.contains(QString::number(sample.endBlocks)));
    }

    // A compressed tar cut short: the decompressor's verdict, with the offset reached.
    void compressedCutShort()
    {
        SampleTar sample;
        // A member of noise at the end, so that the cut lands inside its compressed data.
        QByteArray big = sample.bytes.left(sample.endBlocks);
        big += tarHeader("pkg/noise.bin", '0', 200000) + padded(noise(200000, 5)) + tarEnd();
        const QByteArray whole = gzipOfZeros(big, 0, {});
        QVERIFY(!whole.isEmpty());
        QByteArray data = whole.left(whole.size() / 2);
        TarInMemory in(&data, DistfileKind::Compression::Gzip);
        QVERIFY(in.open());
        TarStreamReader &tar = in.tar;
        const Walked w = walk(tar);
        QCOMPARE(w.last, Step::Failed);
        QCOMPARE(tar.failureStatus(), Status::Truncated);
        QCOMPARE(tar.failedMember(), QStringLiteral("pkg/noise.bin"));
        QVERIFY(tar.failureOffset() > sample.endBlocks && tar.failureOffset() < big.size());
        QVERIFY2(tar.failureMessage().contains(QString::number(tar.failureOffset())), qPrintable(tar.failureMessage()));
        QVERIFY(tar.failureMessage().contains(QLatin1String("gzip")));
    }

    void damagedHeaders_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("says");
        SampleTar sample;
        QByteArray flipped = sample.bytes;
        flipped[sample.folderHeader + 3] = 'X';
        QTest::newRow("checksum") << flipped << sample.folderHeader << "checksum does not match";
        const QByteArray huge =
            tarHeader("PaxHeader/x", 'x', TarStreamReader::MaxExtendedHeader + 1) + QByteArray(4096, 'a');
        QTest::newRow("oversized pax header") << huge << qint64(512) << "more than any real archive needs";
        const QByteArray pax = tarHeader("PaxHeader/x", 'x', 12) + padded("99 path=a\n\n\n") + tarEnd();
        QTest::newRow("malformed pax record") << pax << qint64(0) << "malformed pax header";
        const QByteArray orphan = tarHeader("././@LongLink", 'L', 4) + padded("abc\0") + tarEnd();
        QTest::newRow("long name without its member") << orphan << qint64(1024) << "followed by an empty block";
    }
    void damagedHeaders()
    {
        QFETCH(QByteArray, tar);
        QFETCH(qint64, offset);
        QFETCH(QString, says);
        TarInMemory in(&tar, DistfileKind::Compression::None);
        QVERIFY(in.open());
        TarStreamReader &reader = in.tar;
        const Walked w = walk(reader);
        QCOMPARE(w.last, Step::Failed);
        QCOMPARE(reader.failureStatus(), Status::Corrupt);
        QCOMPARE(reader.failureOffset(), offset);
        QVERIFY2(reader.failureMessage().contains(says), qPrintable(reader.failureMessage()));
        QVERIFY2(reader.failureMessage().contains(QString::number(offset)), qPrintable(reader.failureMessage()));
    }

    void progressCallbackCancels()
    {
        SampleTar sample;
        TarInMemory in(&sample.bytes, DistfileKind::Compression::None);
        QVERIFY(in.open());
        TarStreamReader &tar = in.tar;
        int calls = 0;
        tar.setProgressCallback([&] { return ++calls < 3; });
        const Walked w = walk(tar);
        QCOMPARE(w.last, Step::Failed);
        QCOMPARE(tar.failureStatus(), Status::Canceled);
        QCOMPARE(calls, 3);
        // Failed stays failed.
        ArchiveMember m;
        QCOMPARE(tar.next(m), Step::Failed);
    }

    // A 256 MiB member, compressed to a quarter of a MiB, streams by: memory stays flat.
    void hugeMemberWithFlatMemory()
    {
        constexpr qint64 Size = 256ll * 1024 * 1024;
        QByteArray data = gzipOfZeros(tarHeader("big.bin", '0', Size), Size, tarEnd());
        QVERIFY(!data.isEmpty());
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const qint64 before = residentKiB();
        qint64 peak = before;
        DecompressedStream stream(&source, DistfileKind::Compression::Gzip);
        QVERIFY(stream.open());
        TarStreamReader tar(stream);
        tar.setProgressCallback([&] {
            peak = std::max(peak, residentKiB());
            return true;
        });
        ArchiveMember m;
        QCOMPARE(tar.next(m), Step::Member);
        QCOMPARE(m.size, Size);
        QCOMPARE(tar.next(m), Step::End);
        QVERIFY(tar.sawEndMarker());
        QCOMPARE(stream.position(), Size + 512 + 1024);
        if (before < 0)
            QSKIP("/proc/self/status has no VmRSS here");
        QVERIFY2(peak - before < 32 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - before)));
    }
};

QTEST_GUILESS_MAIN(TestArchiveTarStream)
#include "tst_archive_tarstream.moc"
