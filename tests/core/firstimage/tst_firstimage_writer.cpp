// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BuilderHex0Files.h"
#include "BuilderHex0Fixture.h"
#include "FirstImageFormat.h"
#include "FirstImageWriter.h"
#include "Hex0Compiler.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// FirstImageWriter and its parts: hex0 compiled as stage 1 does, the exact bytes of a small
// image (built here by hand, not with the code under test), the walk's order and exclusions,
// the target size, refusal by findings, where builder-hex0 is found, and a cancel.
class TestFirstImageWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A fresh folder for one case.
    QString fresh()
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1").arg(++m_case));
        QDir().mkpath(path);
        return path;
    }

    static QByteArray stage1Text() { return BuilderHex0Fixture::stage1Text(); }
    static QByteArray stage1Bytes() { return BuilderHex0Fixture::stage1Bytes(); }
    static QByteArray stage2Text() { return BuilderHex0Fixture::stage2Text(); }
    static bool makeBuilderHex0(const QString &dir, const QByteArray &stage1 = stage1Text())
    {
        return BuilderHex0Fixture::write(dir, stage1);
    }
    // A checkout-like layout: ROOT/builder-hex0/ and ROOT/target/init/; returns the folder.
    QString makeCheckout()
    {
        const QString root = fresh();
        if (!makeBuilderHex0(root + QStringLiteral("/builder-hex0")))
            return {};
        QDir().mkpath(root + QStringLiteral("/target/init"));
        return root + QStringLiteral("/target/init");
    }
    static QList<QByteArray> treePaths(const FirstImageWriter &w)
    {
        QList<QByteArray> paths;
        const qsizetype tail = FirstImageFormat::fixedTail().count('\n');
        for (qsizetype i = 0; i < w.records().size() - tail; ++i)
            paths << w.records().at(i).path;
        return paths;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hex0Compiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("pairs") << QByteArray("01 23 45 67\n89 ab CD eF")
                               << QByteArray("\x01\x23\x45\x67\x89\xAB\xCD\xEF", 8);
        QTest::newRow("no spaces") << QByteArray("0a0B") << QByteArray("\x0A\x0B");
        QTest::newRow("hash comment") << QByteArray("11 # 22 33\n44") << QByteArray("\x11\x44");
        QTest::newRow("semicolon comment") << QByteArray("11 ; 22\n33") << QByteArray("\x11\x33");
        QTest::newRow("comment to the end") << QByteArray("11 # 22") << QByteArray("\x11");
        QTest::newRow("nibbles split by a line end") << QByteArray("1\n2") << QByteArray("\x12");
        QTest::newRow("nibbles split by a comment") << QByteArray("1#x\n2") << QByteArray("\x12");
        QTest::newRow("other bytes ignored") << QByteArray("g1h2 :x-z 3.4\xff") << QByteArray("\x12\x34");
        QTest::newRow("lone nibble dropped") << QByteArray("12 3") << QByteArray("\x12");
        QTest::newRow("zero byte ends") << QByteArray("12\0"
                                                      "34",
                                               5)
                                        << QByteArray("\x12");
        QTest::newRow("zero byte in a comment") << QByteArray("12#\0"
                                                              "x\n34",
                                                       8)
                                                << QByteArray("\x12\x34");
        QTest::newRow("test sector") << stage1Text() << stage1Bytes();
    }
    void hex0Compiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, bytes);
        QCOMPARE(Hex0Compiler::compile(text), bytes);
    }

    void exactBytes()
    {
        const QString folder = makeCheckout();
        QVERIFY(!folder.isEmpty());
        QVERIFY(writeFile(folder + QStringLiteral("/b.txt"), "hello"));
        QVERIFY(writeFile(folder + QStringLiteral("/a/x"), "X"));
        QVERIFY(writeFile(folder + QStringLiteral("/e"), ""));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/z")));
        const QString out = m_dir.filePath(QStringLiteral("exact.img"));

        FirstImageWriter w;
        QVERIFY2(w.write(folder, out), qPrintable(w.error()));

        QByteArray expected = stage1Bytes() + stage2Text();
        expected.append(1024 - expected.size(), '\0');
        const qint64 scriptStart = expected.size();
        expected += "src 0 .\n"
                    "src 0 ./a\n"
                    "src 0 ./z\n"
                    "src 5 ./b.txt\nhello"
                    "src 0 ./e\n"
                    "src 1 ./a/x\nX"
                    "src 0 /bootstrap-seeds\n"
                    "src 0 /bootstrap-seeds/POSIX\n"
                    "src 0 /bootstrap-seeds/POSIX/x86\n"
                    "hex0 /x86/hex0_x86.hex0 /bootstrap-seeds/POSIX/x86/hex0-seed\n"
                    "hex0 /x86/kaem-minimal.hex0 /bootstrap-seeds/POSIX/x86/kaem-optional-seed\n"
                    "hex0 /x86/kaem-minimal.hex0 /init\n"
                    "/bootstrap-seeds/POSIX/x86/kaem-optional-seed /kaem.x86\n";
        const qint64 scriptEnd = expected.size();
        expected.append(1024 * 1024 - expected.size(), '\0');
        const QByteArray actual = readFile(out);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(actual == expected);
        QCOMPARE(w.imageSize(), expected.size());
        QCOMPARE(w.scriptStart(), scriptStart);
        QCOMPARE(w.scriptEnd(), scriptEnd);
        QCOMPARE(w.fileCount(), 2);
        QCOMPARE(w.folderCount(), 4 + 3); // ., a, z, e and the tail's three
        QCOMPARE(w.records().size(), 6 + 7);
        // Every record's offsets point at its line and data in the image.
        for (const SrcfsRecord &r : w.records()) {
            const QByteArray line = FirstImageWriter::recordLine(r);
            QCOMPARE(actual.mid(r.offset, line.size()), line);
            if (r.kind == SrcfsRecord::Kind::File || r.kind == SrcfsRecord::Kind::Folder)
                QCOMPARE(r.dataOffset, r.offset + line.size());
        }
        QCOMPARE(actual.mid(w.records().at(3).dataOffset, 5), QByteArray("hello"));
        // The test stage 2 is no known revision: a warning, never a refusal.
        QCOMPARE(w.revision(), QString());
        QVERIFY(!hasFirstImageErrors(w.findings()));
        QCOMPARE(QFileInfo(out).permissions() & QFileDevice::ReadOwner, QFileDevice::ReadOwner);
    }

    void namesInByteOrder()
    {
        const QString folder = makeCheckout();
        for (const char *name : {"b", "B", "a", "_x", "Z", "\xc3\xa9", "10", "9"})
            QVERIFY(writeFile(folder + QLatin1Char('/') + QString::fromUtf8(name), "1"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub/y")));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/Sub")));
        QVERIFY(writeFile(folder + QStringLiteral("/sub/f"), "1"));
        FirstImageWriter w;
        QVERIFY2(w.plan(folder), qPrintable(w.error()));
        const QList<QByteArray> expected = {".", "./Sub", "./sub", "./10", "./9", "./B", "./Z", "./_x", "./a", "./b",
            "./\xc3\xa9", "./sub/y", "./sub/f"};
        QCOMPARE(treePaths(w), expected);
    }

    void gitPathsLeftOut()
    {
        const QString folder = makeCheckout();
        for (const char *path : {".git/config", ".gitignore", "foo.github", "sub/.git/HEAD", "sub/x.git", "my.gitx/f",
                 "keep", "git/keep", "sub/keep"})
            QVERIFY(writeFile(folder + QLatin1Char('/') + QString::fromUtf8(path), "1"));
        FirstImageWriter w;
        QVERIFY2(w.plan(folder), qPrintable(w.error()));
        const QList<QByteArray> expected = {".", "./git", "./sub", "./keep", "./git/keep", "./sub/keep"};
        QCOMPARE(treePaths(w), expected);
        // .git, .gitignore, foo.github, my.gitx, sub/.git, sub/x.git (not what is under them)
        QCOMPARE(w.gitEntriesSkipped(), 6);
    }

    void symbolicLinks()
    {
        const QString folder = makeCheckout();
        QVERIFY(writeFile(folder + QStringLiteral("/real/file"), "data"));
        QVERIFY(QFile::link(folder + QStringLiteral("/real/file"), folder + QStringLiteral("/file-link")));
        QVERIFY(QFile::link(folder + QStringLiteral("/real"), folder + QStringLiteral("/dir-link")));
        FirstImageWriter w;
        QVERIFY2(w.plan(folder), qPrintable(w.error()));
        // The link to a folder is a folder of its own, not entered; the link to a file is read.
        const QList<QByteArray> expected = {".", "./dir-link", "./real", "./file-link", "./real/file"};
        QCOMPARE(treePaths(w), expected);
        QCOMPARE(w.records().at(3).size, 4);
        QCOMPARE(w.records().at(1).kind, SrcfsRecord::Kind::Folder);

        QVERIFY(QFile::link(folder + QStringLiteral("/nowhere"), folder + QStringLiteral("/broken")));
        QVERIFY(!w.plan(folder));
        QVERIFY2(w.error().contains(QStringLiteral("broken")), qPrintable(w.error()));
    }

    void targetSize_data()
    {
        QTest::addColumn<qint64>("targetMiB");
        QTest::addColumn<qint64>("size"); // -1: refused
        QTest::newRow("none") << qint64(0) << qint64(1024 * 1024);
        QTest::newRow("equal") << qint64(1) << qint64(1024 * 1024);
        QTest::newRow("bigger") << qint64(3) << qint64(3 * 1024 * 1024);
        QTest::newRow("smaller") << qint64(1) << qint64(-1);
    }
    void targetSize()
    {
        QFETCH(qint64, targetMiB);
        QFETCH(qint64, size);
        const QString folder = makeCheckout();
        // For "smaller", a file large enough that the image needs 2 MiB.
        QVERIFY(writeFile(folder + QStringLiteral("/f"), QByteArray(size < 0 ? 1024 * 1024 : 10, 'f')));
        const QString out =
            m_dir.filePath(QStringLiteral("target-%1.img").arg(QString::fromUtf8(QTest::currentDataTag())));
        FirstImageWriter::Options options;
        options.targetSizeMiB = targetMiB;
        FirstImageWriter w;
        const bool ok = w.write(folder, out, options);
        if (size < 0) {
            QVERIFY(!ok);
            QVERIFY(!QFileInfo::exists(out));
            QVERIFY2(
                w.error().contains(QStringLiteral("1 MiB")) && w.error().contains(QLocale().toString(2 * 1024 * 1024)),
                qPrintable(w.error()));
            return;
        }
        QVERIFY2(ok, qPrintable(w.error()));
        QCOMPARE(QFileInfo(out).size(), size);
        const QByteArray bytes = readFile(out);
        QVERIFY(bytes.mid(w.scriptEnd()).count('\0') == bytes.size() - w.scriptEnd());
    }

    void refusedOverALimitUnlessForced()
    {
        const QString folder = makeCheckout();
        // A path of over 1 KiB: five folders of 250-byte names.
        QString deep = folder;
        for (int i = 0; i < 5; ++i)
            deep += QLatin1Char('/') + QString(250, QChar(char16_t(u'a' + i)));
        QVERIFY(writeFile(deep + QStringLiteral("/f"), "x"));
        const QString out = m_dir.filePath(QStringLiteral("refused.img"));
        FirstImageWriter w;
        QVERIFY(!w.write(folder, out));
        QVERIFY(w.wasRefused());
        QVERIFY(!QFileInfo::exists(out));
        const auto tooLong = std::count_if(w.findings().cbegin(), w.findings().cend(), [](const FirstImageFinding &f) {
            return f.code == FirstImageFinding::Code::NameTooLong && f.severity == FirstImageFinding::Severity::Error;
        });
        QCOMPARE(tooLong, 2); // the fifth folder and the file in it
        QVERIFY(hasFirstImageErrors(w.findings()));

        FirstImageWriter::Options options;
        options.force = true;
        QVERIFY2(w.write(folder, out, options), qPrintable(w.error()));
        QVERIFY(!w.wasRefused());
        QVERIFY(hasFirstImageErrors(w.findings()));
        QVERIFY(QFileInfo::exists(out));
    }

    void fiwixFigureFromTheFolder()
    {
        const QString folder = makeCheckout();
        QVERIFY(writeFile(folder + QStringLiteral("/steps/jump/fiwix.sh"),
            "set -ex\nmake_fiwix_initrd -s 1381376 /boot/fiwix.ext2\n"));
        FirstImageWriter w;
        QVERIFY2(w.plan(folder), qPrintable(w.error()));
        QVERIFY(w.budget().fiwix.has_value());
        QCOMPARE(w.budget().fiwix->initrdKiB, 1381376);
        QCOMPARE(w.budget().filesUsed, 4 + 6); // ., steps, steps/jump, fiwix.sh; the tail's 6 files
    }

    void builderHex0Explicit()
    {
        const QString folder = fresh();
        const QString hex0 = fresh();
        QVERIFY(makeBuilderHex0(hex0));
        FirstImageWriter::Options options;
        options.builderHex0Dir = hex0;
        FirstImageWriter w;
        QVERIFY(!w.plan(folder)); // nothing above a temporary folder holds builder-hex0
        QVERIFY2(w.plan(folder, options), qPrintable(w.error()));
        QCOMPARE(w.builderHex0Dir(), QDir(hex0).absolutePath());
    }

    void builderHex0FromTheCheckout()
    {
        const QString folder = makeCheckout();
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/deeper")));
        FirstImageWriter w;
        QVERIFY2(w.plan(folder + QStringLiteral("/deeper")), qPrintable(w.error()));
        QCOMPARE(w.builderHex0Dir(), QDir(folder + QStringLiteral("/../../builder-hex0")).absolutePath());
    }

    void builderHex0NotFoundListsThePlaces()
    {
        const QString folder = fresh() + QStringLiteral("/a/b");
        QVERIFY(QDir().mkpath(folder));
        BuilderHex0Files files;
        QVERIFY(!files.find(folder));
        QDir dir(folder);
        do {
            const QString place = dir.absoluteFilePath(QStringLiteral("builder-hex0/builder-hex0-x86-stage1.hex0"));
            QVERIFY2(files.error().contains(place), qPrintable(files.error()));
        } while (dir.cdUp());
        QVERIFY(files.searched().size() >= 3);
    }

    void badBootSectorNamesTheFile_data()
    {
        QTest::addColumn<QByteArray>("stage1");
        QTest::newRow("short") << QByteArray("55 AA\n");
        QTest::newRow("no signature") << QByteArray(stage1Text()).replace("55 AA", "55 AB");
        QTest::newRow("long") << stage1Text() + "00\n";
    }
    void badBootSectorNamesTheFile()
    {
        QFETCH(QByteArray, stage1);
        const QString dir = fresh();
        QVERIFY(makeBuilderHex0(dir, stage1));
        BuilderHex0Files files;
        QVERIFY(!files.load(dir));
        QVERIFY2(files.error().contains(QDir(dir).filePath(BuilderHex0Files::stage1Name())), qPrintable(files.error()));
    }

    void existingOutputReplacedOnlyWhenAsked()
    {
        const QString folder = makeCheckout();
        const QString out = m_dir.filePath(QStringLiteral("existing.img"));
        QVERIFY(writeFile(out, "old"));
        FirstImageWriter w;
        QVERIFY(!w.write(folder, out));
        QCOMPARE(readFile(out), QByteArray("old"));
        FirstImageWriter::Options options;
        options.overwrite = true;
        QVERIFY2(w.write(folder, out, options), qPrintable(w.error()));
        QCOMPARE(QFileInfo(out).size(), 1024 * 1024);
        QVERIFY(!w.write(folder, folder + QStringLiteral("/inside.img"), options));
    }

    void cancelLeavesNoFile()
    {
        const QString folder = makeCheckout();
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeFile(folder + QStringLiteral("/big-%1").arg(i), QByteArray(2 * 1024 * 1024, 'b')));
        const QString outDir = fresh();
        const QString out = outDir + QStringLiteral("/canceled.img");
        int reports = 0;
        JobControl control;
        control.progress = [&](qint64, qint64, const QString &) {
            ++reports;
        };
        control.isCanceled = [&] {
            return reports >= 3;
        }; // after the walk, during the copy
        FirstImageWriter w;
        QVERIFY(!w.write(folder, out, {}, control));
        QVERIFY(w.wasCanceled());
        QCOMPARE(QDir(outDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void sourceChangingSizeFailsNamingIt()
    {
        const QString folder = makeCheckout();
        QVERIFY(writeFile(folder + QStringLiteral("/a-first"), "0123456789"));
        QVERIFY(writeFile(folder + QStringLiteral("/b-late"), QByteArray(300 * 1024, 'l')));
        const QString outDir = fresh();
        JobControl control;
        // The copy's first report comes after a-first: b-late shrinks before it is opened.
        control.progress = [&](qint64, qint64 total, const QString &) {
            if (total > 0)
                QFile::resize(folder + QStringLiteral("/b-late"), 5);
        };
        FirstImageWriter w;
        QVERIFY(!w.write(folder, outDir + QStringLiteral("/changed.img"), {}, control));
        QVERIFY(!w.wasCanceled());
        QVERIFY2(w.error().contains(QStringLiteral("./b-late")) && w.error().contains(QStringLiteral("changed size")),
            qPrintable(w.error()));
        QCOMPARE(QDir(outDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void realBuilderHex0()
    {
        const QString real = QStringLiteral(PAYLOAD_STUDIO_SOURCE_DIR "/tests/data/builder-hex0");
        BuilderHex0Files files;
        QVERIFY2(files.load(real), qPrintable(files.error()));
        QCOMPARE(files.stage1().size(), 512);
        QVERIFY(files.stage1().endsWith("\x55\xAA"));

        const QString folder = fresh();
        QVERIFY(writeFile(folder + QStringLiteral("/seed.kaem"), "x"));
        // The fixed tail compiles its seeds from stage0-posix's x86/ sources.
        QVERIFY(writeFile(folder + QStringLiteral("/x86/hex0_x86.hex0"), "90\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/x86/kaem-minimal.hex0"), "90\n"));
        FirstImageWriter::Options options;
        options.builderHex0Dir = real;
        FirstImageWriter w;
        QVERIFY2(w.plan(folder, options), qPrintable(w.error()));
        QCOMPARE(w.revision(), QStringLiteral("a278124"));
        // The script starts at the sector stage 2 reads it from.
        QCOMPARE(w.scriptStart(), FirstImageFormat::pinnedRevision().scriptSector * 512);
        QVERIFY(w.findings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFirstImageWriter)
#include "tst_firstimage_writer.moc"
