// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ByteSource.h"
#include "FirstImageFormat.h"
#include "FirstImageReader.h"
#include "ImageKind.h"
#include "LoopDevice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The reader's contract, case by case: what it lists, where it says each record lies, and
// which finding each kind of damage gives, with the record and byte offset named.
namespace {

// The real builder-hex0 files committed as test data (tests/data/builder-hex0/README.md).
QString realBuilderHex0Dir()
{
    return QStringLiteral(PAYLOAD_STUDIO_SOURCE_DIR "/tests/data/builder-hex0");
}

// Stage 1 and a stand-in stage-2 text; the script follows at the next sector. The stand-in is
// no known revision, so every image made with it carries `unknown-builder-hex0`.
QByteArray stages(const QByteArray &stage2 = "# stage 2 stand-in\nEB FE\n")
{
    QByteArray bytes(512, '\0');
    bytes[510] = char(0x55);
    bytes[511] = char(0xAA);
    bytes += stage2;
    bytes.append(FirstImageFormat::sectorAligned(bytes.size()) - bytes.size(), '\0');
    return bytes;
}

QByteArray src(const QByteArray &path, const QByteArray &data)
{
    return "src " + QByteArray::number(data.size()) + ' ' + path + '\n' + data;
}

// The usual head of a script: the root and one folder.
QByteArray tree()
{
    return "src 0 .\n"
           "src 0 ./steps\n";
}

QByteArray terminated(const QByteArray &image)
{
    return image + QByteArray(int(FirstImageFormat::upstreamPaddedSize(image.size()) - image.size()), '\0');
}

// A source that fails every read past `limit`: the I/O seam of the reader.
class FailingSource : public ByteSource
{
public:
    FailingSource(QByteArray data, qint64 limit)
        : m_data(std::move(data))
        , m_limit(limit)
    { }
    qint64 size() const override { return m_data.size(); }
    qint64 readAt(qint64 offset, char *buffer, qint64 length) override
    {
        if (offset + length > m_limit && offset < m_data.size())
            return -1;
        const qint64 n = std::max<qint64>(0, std::min<qint64>(length, m_data.size() - offset));
        memcpy(buffer, m_data.constData() + offset, size_t(n));
        return n;
    }
    qint64 consume(qint64 offset, qint64 length, const std::function<bool(const char *, qint64)> &sink) override
    {
        if (offset + length > m_limit)
            return -1;
        if (sink)
            sink(m_data.constData() + offset, length);
        return length;
    }
    QString error() const override { return QStringLiteral("Input/output error"); }
    QString reopenablePath() const override { return {}; }

private:
    QByteArray m_data;
    qint64 m_limit;
};

} // namespace

class TestFirstImageReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("init.img"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QStringList codes(const FirstImageReader &reader)
    {
        QStringList list;
        for (const FirstImageFinding &f : reader.findings())
            list << FirstImageFinding::codeKey(f.code);
        return list;
    }

    static const FirstImageFinding *finding(const FirstImageReader &reader, const QString &code)
    {
        for (const FirstImageFinding &f : reader.findings())
            if (FirstImageFinding::codeKey(f.code) == code)
                return &f;
        return nullptr;
    }

private Q_SLOTS:
    void listsEveryRecordWithItsOffsets()
    {
        const QByteArray head = stages();
        const QByteArray script =
            tree() + src("./steps/a.sh", "hello") + "hex0 /steps/a.sh /init\n" + "/init /kaem.x86\n";
        const QString path = write(terminated(head + script));
        FirstImageReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        QCOMPARE(reader.records().size(), 5);
        QCOMPARE(reader.scriptStart(), qint64(head.size()));

        const SrcfsRecord &file = reader.records().at(2);
        QCOMPARE(file.kind, SrcfsRecord::Kind::File);
        QCOMPARE(file.path, QByteArray("./steps/a.sh"));
        QCOMPARE(file.size, 5);
        QCOMPARE(file.offset, qint64(head.size() + tree().size()));
        QCOMPARE(file.dataOffset, file.offset + qint64(strlen("src 5 ./steps/a.sh\n")));

        QCOMPARE(reader.records().at(0).kind, SrcfsRecord::Kind::Folder);
        QCOMPARE(reader.records().at(3).kind, SrcfsRecord::Kind::Hex0);
        QCOMPARE(reader.records().at(3).argument, QByteArray("/steps/a.sh"));
        QCOMPARE(reader.records().at(3).path, QByteArray("/init"));
        QCOMPARE(reader.records().at(4).kind, SrcfsRecord::Kind::Command);
        QCOMPARE(reader.records().at(4).path, QByteArray("/init"));
        QCOMPARE(reader.records().at(4).argument, QByteArray("/kaem.x86"));

        QCOMPARE(reader.scriptEndKind(), FirstImageReader::ScriptEnd::ZeroByte);
        QCOMPARE(reader.scriptEnd(), qint64(head.size() + script.size()));
        QCOMPARE(reader.trailingAllZero(), std::optional<bool>(true));
        QCOMPARE(reader.fileCount(), 1);
        QCOMPARE(reader.folderCount(), 2);
        QCOMPARE(reader.commandCount(), 2);
        // Four of the five records make a file in builder-hex0; the command does not.
        QCOMPARE(reader.budget().filesUsed, 4);
        QCOMPARE(reader.budget().bytesUsed, 5);
        QCOMPARE(reader.budget().filesLimit, FirstImageFormat::MaxFiles);
        QCOMPARE(reader.budget().bytesLimit, FirstImageFormat::MaxBytes);
        QCOMPARE(codes(reader), QStringList {QStringLiteral("unknown-builder-hex0")});

        const std::unique_ptr<QIODevice> data = reader.openRecord(2);
        QVERIFY(data);
        QCOMPARE(data->readAll(), QByteArray("hello"));
    }

    void findsDamageWithRecordAndOffset_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<bool>("terminate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("record");
        QTest::addColumn<int>("scriptOffset"); // of the named record's line within the script

        const QByteArray t = tree();
        const int n = int(t.size());
        QTest::newRow("name-too-long") << t + src("./steps/" + QByteArray(1020, 'n'), "x") << true << "name-too-long"
                                       << 2 << n;
        QTest::newRow("argument-too-long") << t + "/init " + QByteArray(256, 'a') + '\n'
                                           << true << "argument-too-long" << 2 << n;
        QTest::newRow("truncated-file") << t + "src 100 ./steps/a\nshort" << false << "truncated-file" << 2 << n;
        QTest::newRow("unterminated-script") << t + src("./steps/a", "abc") << false << "unterminated-script" << 3
                                             << n + int(src("./steps/a", "abc").size());
        QTest::newRow("line-cut-by-the-end") << t + "src 3 ./ste" << false << "unterminated-script" << 2 << n;
        QTest::newRow("missing-hex0-input") << t + "hex0 /x86/hex0_x86.hex0 /steps/seed\n"
                                            << true << "missing-input" << 2 << n;
        QTest::newRow("missing-program") << t + "/steps/kaem /kaem.x86\n" << true << "missing-input" << 2 << n;
        QTest::newRow("missing-parent") << t + src("./x86/a", "abc") << true << "missing-parent" << 2 << n;
        QTest::newRow("duplicate-path") << t + src("./steps/a", "1") + src("steps//a", "2") << true << "duplicate-path"
                                        << 3 << n + int(src("./steps/a", "1").size());
        QTest::newRow("empty-distfile") << t +
                "src 0 ./external\nsrc 0 ./external/distfiles\n"
                "src 0 ./external/distfiles/gzip-1.2.4.tar\n"
                                        << true << "empty-file-becomes-folder" << 4
                                        << n + int(strlen("src 0 ./external\nsrc 0 ./external/distfiles\n"));
        QTest::newRow("empty-archive") << t + "src 0 ./steps/patch.diff\n"
                                       << true << "empty-file-becomes-folder" << 2 << n;
        QTest::newRow("size-not-a-number") << t + "src 12a ./steps/a\n" << true << "malformed-record" << 2 << n;
        QTest::newRow("src-without-path") << t + "src 12\n" << true << "malformed-record" << 2 << n;
        QTest::newRow("size-over-4-GiB") << t + "src 4294967296 ./steps/a\n" << true << "malformed-record" << 2 << n;
        QTest::newRow("hex0-one-path") << t + "hex0 /x86/a\n" << true << "malformed-record" << 2 << n;
        QTest::newRow("program-starting-with-s") << t + "sh /init\n" << true << "malformed-record" << 2 << n;
        QTest::newRow("program-without-argument") << t + "/init\n" << true << "malformed-record" << 2 << n;
    }

    void findsDamageWithRecordAndOffset()
    {
        QFETCH(QByteArray, script);
        QFETCH(bool, terminate);
        QFETCH(QString, code);
        QFETCH(int, record);
        QFETCH(int, scriptOffset);
        const QByteArray head = stages();
        const QString path = write(terminate ? terminated(head + script) : head + script);
        FirstImageReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        const FirstImageFinding *f = finding(reader, code);
        QVERIFY2(f, qPrintable(codes(reader).join(QLatin1Char(' '))));
        QCOMPARE(f->recordIndex, record);
        QCOMPARE(f->offset, qint64(head.size() + scriptOffset));
        // The message names the file, the record and the offset, for a reader of a log.
        QVERIFY2(
            f->message.startsWith(QStringLiteral("%1: record %2 at byte %3: ").arg(path).arg(record).arg(f->offset)),
            qPrintable(f->message));
    }

    void countsFileSlotsAgainstBuilderHex0()
    {
        // 14,332 slots: a tree of exactly that many files fits, one more does not.
        for (const int files : {FirstImageFormat::MaxFiles, FirstImageFormat::MaxFiles + 1}) {
            QByteArray script = "src 0 .\n";
            for (int i = 1; i < files; ++i)
                script += "src 0 ./d" + QByteArray::number(i) + '\n';
            FirstImageReader reader;
            QVERIFY(reader.open(write(terminated(stages() + script))));
            QCOMPARE(reader.budget().filesUsed, files);
            const FirstImageFinding *f = finding(reader, QStringLiteral("too-many-files"));
            QCOMPARE(f != nullptr, files > FirstImageFormat::MaxFiles);
            if (f)
                QCOMPARE(f->recordIndex, FirstImageFormat::MaxFiles);
        }
    }

    void countsBytesWithoutReadingThem()
    {
        // A sparse file: one src record declaring more than the file area holds. The table is
        // read without touching the data, so this costs nothing.
        const QByteArray head = stages() + tree();
        const qint64 size = FirstImageFormat::MaxBytes + 1;
        const QByteArray line = "src " + QByteArray::number(size) + " ./steps/big\n";
        const QString path = write(head + line);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(head.size() + line.size() + size + FirstImageFormat::MiB));
        file.close();
        FirstImageReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.budget().bytesUsed, size);
        QVERIFY(finding(reader, QStringLiteral("too-many-bytes")));
        QCOMPARE(reader.scriptEndKind(), FirstImageReader::ScriptEnd::ZeroByte);
    }

    void readsTheFiwixFigureFromTheImage()
    {
        // 1,381,376 KiB is upstream's figure; with 400 MB of srcfs it leaves no room.
        const QByteArray fiwix = "#!/bin/sh\nmake_fiwix_initrd -s 1381376 /boot/fiwix.ext2\n";
        const QByteArray script = tree() + "src 0 ./steps/jump\n" + src("./steps/jump/fiwix.sh", fiwix);
        FirstImageReader reader;
        QVERIFY(reader.open(write(terminated(stages() + script))));
        QVERIFY(reader.budget().fiwix);
        QCOMPARE(reader.budget().fiwix->initrdKiB, 1381376);
        QCOMPARE(reader.budget().fiwix->line, 2);
        QCOMPARE(reader.budget().leftBeforeFiwix(), FirstImageFormat::MaxBytes - 1381376ll * 1024 - fiwix.size());
        QVERIFY(!finding(reader, QStringLiteral("fiwix-initrd-does-not-fit")));

        // Without a script of its own, the figure given by the caller (a checkout's) is used.
        FirstImageReader other;
        const FiwixHandoff given {1769473, QStringLiteral("checkout/steps/jump/fiwix.sh"), 3};
        QVERIFY(other.open(write(terminated(stages() + tree()), QStringLiteral("b.img")), {}, given));
        QCOMPARE(other.budget().fiwix->initrdKiB, 1769473);
        QVERIFY(finding(other, QStringLiteral("fiwix-initrd-does-not-fit")));
    }

    void tellsWhereStageTwoReadsItsScript()
    {
        // A stage 2 whose code names sector 9 while its text ends in sector 1: stage 2 reads
        // from sector 9, so the reader does too, and says the script is misplaced.
        const QByteArray stage2 = "#:stage2_stdin\nC7 05 00 00 00 01 09 00 00 00 # mov word [0x01000000], 9\n";
        const QByteArray head = stages(stage2);
        QByteArray image = head + QByteArray(9 * 512 - head.size(), '\0') + tree();
        FirstImageReader reader;
        QVERIFY(reader.open(write(terminated(image))));
        QVERIFY(finding(reader, QStringLiteral("script-misplaced")));
        QCOMPARE(reader.scriptStart(), 9 * 512);
        QCOMPARE(reader.records().size(), 2);
    }

    void reportsABadBootSector()
    {
        QByteArray image = terminated(stages() + tree());
        image[511] = 0;
        FirstImageReader reader;
        QVERIFY(reader.open(write(image)));
        QCOMPARE(reader.bootSignature(), false);
        QCOMPARE(finding(reader, QStringLiteral("bad-boot-signature"))->offset, 510);
    }

    void refusesWhatIsNoFirstImage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "too few";
        QTest::newRow("payload image") << QByteArray("LBPAYLD1").append(1024, '\0') << "not a first image";
        QTest::newRow("zeros") << QByteArray(4096, '\0') << "not a first image";
        QTest::newRow("no end of stage 2") << stages().left(530) << "inside the stage-2 source";
    }

    void refusesWhatIsNoFirstImage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        FirstImageReader reader;
        const QString path = write(bytes);
        QVERIFY(!reader.open(path));
        QVERIFY2(reader.errorString().startsWith(path + QLatin1Char(':')), qPrintable(reader.errorString()));
        QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    }

    void namesTheOffsetOfAnIoError()
    {
        const QByteArray head = stages();
        const QByteArray image = terminated(head + tree() + src("./steps/a", QByteArray(200000, 'x')) + tree());
        FailingSource source(image, head.size() + 200100);
        FirstImageReader reader;
        QVERIFY(!reader.open(source, QStringLiteral("disk.img"), {}));
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("disk.img: cannot read at byte ")),
            qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().endsWith(QStringLiteral("Input/output error")));
    }

    void stopsWhenTheCallerCancels()
    {
        FirstImageReader reader;
        int seen = 0;
        QVERIFY(!reader.open(
            write(terminated(stages() + tree() + tree())), [&](const SrcfsRecord &) { return ++seen < 2; }));
        QVERIFY(reader.wasCanceled());
        QCOMPARE(seen, 2);
    }

    void detectsBothKindsFromTheirBytes()
    {
        QCOMPARE(ImageKind::detect(terminated(stages() + tree())), ImageKind::FirstImage);
        QCOMPARE(ImageKind::detect(QByteArray("LBPAYLD1").append(100, '\0')), ImageKind::Payload);
        QCOMPARE(ImageKind::detect(QByteArray(1024, '\0')), ImageKind::Unknown);
        QByteArray binary = stages();
        binary[512] = 1; // a control byte where stage-2 text should be
        QCOMPARE(ImageKind::detect(binary), ImageKind::Unknown);
    }

    void knowsThePinnedBuilderHex0()
    {
        QFile stage2(realBuilderHex0Dir() + QStringLiteral("/builder-hex0-x86-stage2.hex0"));
        QVERIFY2(stage2.open(QIODevice::ReadOnly), qPrintable(stage2.fileName()));
        const QByteArray head = stages(stage2.readAll());
        FirstImageReader reader;
        QVERIFY(reader.open(write(terminated(head + tree()))));
        QCOMPARE(reader.revision(), QStringLiteral("a278124"));
        QCOMPARE(reader.stage2Size(), 88615);
        // Sector 175, where a278124's stage 2 starts reading.
        QCOMPARE(reader.scriptStart(), 175 * 512);
        QVERIFY2(reader.findings().isEmpty(), qPrintable(codes(reader).join(QLatin1Char(' '))));
    }

    void readsABlockDevice()
    {
        const QByteArray image = terminated(stages() + tree() + src("./steps/a", "abc"));
        LoopDevice loop(m_dir.filePath(QStringLiteral("loop.img")), 4 * FirstImageFormat::MiB);
        if (!loop.isValid())
            QSKIP(qPrintable(loop.skipReason()));
        QFile device(loop.path());
        QVERIFY(device.open(QIODevice::WriteOnly));
        QCOMPARE(device.write(image), image.size());
        device.close();
        FirstImageReader reader;
        QVERIFY2(reader.open(loop.path()), qPrintable(reader.errorString()));
        QCOMPARE(reader.records().size(), 3);
        QCOMPARE(reader.imageSize(), 4 * FirstImageFormat::MiB);
        QCOMPARE(reader.trailingAllZero(), std::optional<bool>(true));
    }
};

QTEST_GUILESS_MAIN(TestFirstImageReader)
#include "tst_firstimage_reader.moc"
