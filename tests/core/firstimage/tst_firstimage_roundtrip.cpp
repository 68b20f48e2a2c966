// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BuilderHex0Fixture.h"
#include "FirstImageFormat.h"
#include "FirstImageHasher.h"
#include "FirstImageReader.h"
#include "FirstImageWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// What the writer plans is what the reader finds: every record with its kind, path, size and
// both offsets, the same findings and the same budget, and each file's bytes where the record
// says they are.
class TestFirstImageRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    static bool put(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    // The real builder-hex0 files committed as test data (tests/data/builder-hex0/README.md).
    static QString committedBuilderHex0()
    {
        return QStringLiteral(PAYLOAD_STUDIO_SOURCE_DIR "/tests/data/builder-hex0");
    }

private Q_SLOTS:
    void readerFindsWhatTheWriterWrote_data()
    {
        QTest::addColumn<bool>("realBuilderHex0");
        QTest::addColumn<int>("files");
        QTest::newRow("stand-in builder-hex0, a few files") << false << 5;
        QTest::newRow("stand-in builder-hex0, 3,000 files") << false << 3000;
        QTest::newRow("a278124, a few files") << true << 5;
    }

    void readerFindsWhatTheWriterWrote()
    {
        QFETCH(bool, realBuilderHex0);
        QFETCH(int, files);
        const QString root = m_dir.filePath(QStringLiteral("case-%1").arg(++m_case));
        QString hex0 = root + QStringLiteral("/builder-hex0");
        if (realBuilderHex0) {
            hex0 = committedBuilderHex0();
        } else {
            QVERIFY(BuilderHex0Fixture::write(hex0));
        }
        // A tree as rootfs.py prepares one: stage0-posix's x86/, seed files, steps/, distfiles,
        // an empty file (a folder to builder-hex0) and the Fiwix script.
        const QString init = root + QStringLiteral("/init");
        QVERIFY(put(init + QStringLiteral("/x86/hex0_x86.hex0"), "31 C0\n"));
        QVERIFY(put(init + QStringLiteral("/x86/kaem-minimal.hex0"), "90\n"));
        QVERIFY(put(init + QStringLiteral("/seed.kaem"), "x86/bin/kaem --file steps/0.sh\n"));
        QVERIFY(put(init + QStringLiteral("/steps/jump/fiwix.sh"), "make_fiwix_initrd -s 1381376 /boot/fiwix.ext2\n"));
        QVERIFY(put(init + QStringLiteral("/steps/empty"), QByteArray()));
        for (int i = 0; i < files; ++i)
            QVERIFY(put(init + QStringLiteral("/steps/pkg-%1/pass1.sh").arg(i % 97),
                QByteArray("echo ") + QByteArray::number(i) + QByteArray(i % 300, '#') + '\n'));
        QVERIFY(put(init + QStringLiteral("/external/distfiles/a-1.0.tar.gz"), QByteArray(70000, 'a')));

        FirstImageWriter::Options options;
        options.builderHex0Dir = hex0;
        FirstImageWriter writer;
        const QString image = root + QStringLiteral("/init.img");
        QVERIFY2(writer.write(init, image, options), qPrintable(writer.error()));

        FirstImageReader reader;
        QVERIFY2(reader.open(image), qPrintable(reader.errorString()));
        QCOMPARE(reader.records().size(), writer.records().size());
        for (int i = 0; i < reader.records().size(); ++i) {
            const SrcfsRecord &w = writer.records().at(i);
            const SrcfsRecord &r = reader.records().at(i);
            QCOMPARE(r.kind, w.kind);
            QCOMPARE(r.path, w.path);
            QCOMPARE(r.argument, w.argument);
            QCOMPARE(r.size, w.size);
            QCOMPARE(r.offset, w.offset);
            if (r.kind == SrcfsRecord::Kind::File || r.kind == SrcfsRecord::Kind::Folder)
                QCOMPARE(r.dataOffset, w.dataOffset);
        }
        QCOMPARE(reader.scriptStart(), writer.scriptStart());
        QCOMPARE(reader.scriptEnd(), writer.scriptEnd());
        QCOMPARE(reader.imageSize(), writer.imageSize());
        QCOMPARE(reader.revision(), writer.revision());
        QCOMPARE(reader.scriptEndKind(), FirstImageReader::ScriptEnd::ZeroByte);
        QCOMPARE(reader.trailingAllZero(), std::optional<bool>(true));
        QCOMPARE(reader.budget().filesUsed, writer.budget().filesUsed);
        QCOMPARE(reader.budget().bytesUsed, writer.budget().bytesUsed);
        QVERIFY(reader.budget().fiwix);
        QCOMPARE(reader.budget().fiwix->initrdKiB, 1381376);
        QStringList written, read;
        for (const FirstImageFinding &f : writer.findings())
            written << FirstImageFinding::codeKey(f.code) + QLatin1Char(' ') + QString::number(f.recordIndex);
        for (const FirstImageFinding &f : reader.findings())
            read << FirstImageFinding::codeKey(f.code) + QLatin1Char(' ') + QString::number(f.recordIndex);
        QCOMPARE(read, written);
        // The stand-in is no known revision; the real one has no finding at all.
        QCOMPARE(read, realBuilderHex0 ? QStringList() : QStringList {QStringLiteral("unknown-builder-hex0 -1")});

        // Each file's bytes are where its record says, hashed on every core.
        QString error;
        const QList<QByteArray> digests = FirstImageHasher::hash(reader, {}, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const SrcfsRecord &r : reader.records()) {
            if (r.kind != SrcfsRecord::Kind::File)
                continue;
            QFile source(init + QLatin1Char('/') + QString::fromUtf8(r.path.mid(2)));
            QVERIFY(source.open(QIODevice::ReadOnly));
            QCOMPARE(
                digests.at(r.index), QCryptographicHash::hash(source.readAll(), QCryptographicHash::Sha256).toHex());
        }
    }
};

QTEST_GUILESS_MAIN(TestFirstImageRoundTrip)
#include "tst_firstimage_roundtrip.moc"
