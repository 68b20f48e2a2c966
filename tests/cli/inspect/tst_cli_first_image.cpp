// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"
#include "FirstImageFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;
using namespace Qt::StringLiterals;

// lbpayload on a first boot disk (init.img): list, info, manifest, extract, verify, diff and
// write, on images made by FirstImageFixture, with their JSON fields, exit codes, and the
// image, record and byte offset named on a damaged image.
class TestCliFirstImage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FirstImageFixture m_image;
    static constexpr const char *FiwixScript = "#!/bin/sh\nset -ex\nmake_fiwix_initrd -s 1381376 /boot/fiwix.ext2\n";

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Result runIn(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return run(arguments, RunOptions(m_dir.path(), input));
    }
    static QJsonObject json(const QByteArray &out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << out.left(400);
        return doc.object();
    }
    // The sample: a tree like upstream's (folders, files, the fixed tail's hex0 and program).
    static FirstImageFixture sample()
    {
        FirstImageFixture image;
        image.folder(".")
            .folder("./steps")
            .folder("./steps/jump")
            .file("./steps/jump/fiwix.sh", FiwixScript)
            .file("./steps/a.txt", "alpha\n")
            .folder("./external")
            .file("./external/big.bin", QByteArray(200000, 'z'))
            .folder("/bootstrap-seeds")
            .hex0("/x86/hex0_x86.hex0", "/bootstrap-seeds/hex0-seed")
            .command("/bootstrap-seeds/kaem-optional-seed", "/kaem.x86");
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        m_image = sample();
        QVERIFY(m_image.write(path(u"init.img"_s)));
        // Truncated: the big file's data is cut off (no zero byte, no padding).
        QVERIFY(writeFile(path(u"truncated.img"_s), m_image.bytes().left(m_image.dataOffset(6) + 1000)));
        FirstImageFixture other = sample();
        other.file("./steps/new.txt", "new\n");
        QVERIFY(other.write(path(u"other.img"_s)));
    }

    void listsEveryRecord()
    {
        const Result r = runIn({u"list"_s, u"init.img"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.outLines();
        QCOMPARE(lines.size(), m_image.recordCount());
        const QList<QByteArray> fields = lines.at(4).simplified().split(' ');
        QCOMPARE(fields,
            (QList<QByteArray> {"4", "file", QByteArray::number(m_image.recordOffset(4)),
                QByteArray::number(m_image.dataOffset(4)), "6", "./steps/a.txt"}));
        QVERIFY(lines.at(0).simplified().startsWith("0 folder "));
        QVERIFY(lines.at(8).contains(" hex0 "));
        QVERIFY(lines.at(9).contains(" command "));
    }

    void listsAsJson()
    {
        const Result r = runIn({u"list"_s, u"--json"_s, u"init.img"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("{\n  \"format\": \"builder-hex0\",\n  \"schemaVersion\": 1,"));
        const QJsonArray entries = json(r.out).value("entries"_L1).toArray();
        QCOMPARE(entries.size(), m_image.recordCount());
        const QJsonObject file = entries.at(4).toObject();
        QCOMPARE(file.value("index"_L1).toInt(), 4);
        QCOMPARE(file.value("kind"_L1).toString(), u"file"_s);
        QCOMPARE(file.value("path"_L1).toString(), u"./steps/a.txt"_s);
        QCOMPARE(file.value("size"_L1).toInteger(), 6);
        QCOMPARE(file.value("dataOffset"_L1).toInteger(), m_image.dataOffset(4));
        QCOMPARE(file.value("offset"_L1).toInteger(), m_image.recordOffset(4));
        QVERIFY(!file.contains("sha256"_L1));
        QCOMPARE(entries.at(0).toObject().value("kind"_L1).toString(), u"folder"_s);
        QCOMPARE(entries.at(8).toObject().value("kind"_L1).toString(), u"hex0"_s);
        QCOMPARE(entries.at(9).toObject().value("kind"_L1).toString(), u"command"_s);
    }

    void infoAsJson()
    {
        const Result r = runIn({u"info"_s, u"--json"_s, u"init.img"_s});
        QCOMPARE(r.exitCode, 0); // the stand-in stage 2 is only a warning
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value("format"_L1).toString(), u"builder-hex0"_s);
        QCOMPARE(o.value("schemaVersion"_L1).toInt(), 1);
        QCOMPARE(o.value("stage1"_L1).toObject().value("bootSignature"_L1).toBool(), true);
        QCOMPARE(o.value("stage2"_L1).toObject().value("size"_L1).toInteger(), m_image.stage2().size());
        QCOMPARE(o.value("stage2"_L1).toObject().value("sha256"_L1).toString().toLatin1(), sha256(m_image.stage2()));
        QVERIFY(o.value("stage2"_L1).toObject().value("revision"_L1).isNull());
        QCOMPARE(o.value("script"_L1).toObject().value("start"_L1).toInteger(), m_image.scriptStart());
        QCOMPARE(o.value("script"_L1).toObject().value("endKind"_L1).toString(), u"zero-byte"_s);
        QCOMPARE(o.value("files"_L1).toInt(), 3);
        QCOMPARE(o.value("folders"_L1).toInt(), 5);
        QCOMPARE(o.value("commands"_L1).toInt(), 2);
        const QJsonObject budget = o.value("budget"_L1).toObject();
        QCOMPARE(budget.value("files"_L1).toObject().value("used"_L1).toInt(), 9);
        QCOMPARE(budget.value("files"_L1).toObject().value("limit"_L1).toInt(), 14332);
        const qint64 bytes = qstrlen(FiwixScript) + 6 + 200000;
        QCOMPARE(budget.value("bytes"_L1).toObject().value("used"_L1).toInteger(), bytes);
        QCOMPARE(budget.value("bytes"_L1).toObject().value("limit"_L1).toInteger(), 1811939328);
        const QJsonObject fiwix = budget.value("fiwix"_L1).toObject();
        QCOMPARE(fiwix.value("initrdKiB"_L1).toInteger(), 1381376);
        QCOMPARE(fiwix.value("line"_L1).toInt(), 3);
        QCOMPARE(fiwix.value("inferred"_L1).toBool(), true);
        QCOMPARE(fiwix.value("leftBeforeFiwix"_L1).toInteger(), 1811939328 - 1381376ll * 1024 - bytes);
        QVERIFY(fiwix.value("source"_L1).toString().contains("fiwix.sh"_L1));
        const QJsonArray findings = o.value("findings"_L1).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject f = findings.at(0).toObject();
        for (const char *key : {"severity", "code", "entry", "offset", "message"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f.value("code"_L1).toString(), u"unknown-builder-hex0"_s);
    }

    void infoAsText()
    {
        const Result r = runIn({u"info"_s, u"init.img"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("builder-hex0 first image"), r.out.constData());
        QVERIFY(r.out.contains("(inferred)"));
        QVERIFY(r.out.contains("initrd of 1381376 KiB"));
        QVERIFY(r.out.contains("9 of 14332"));
    }

    void infoExitCodes_data()
    {
        QTest::addColumn<QByteArray>("image");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("code");
        FirstImageFixture orphan;
        orphan.folder(".").file("./no-folder/x", "x"); // its folder is never made: open fails at boot
        QTest::newRow("error finding") << orphan.bytes() << 1 << QByteArray("missing-parent");
        FirstImageFixture open;
        open.folder(".").file("./x", "x").setTerminated(false).setMiBPadding(false);
        QTest::newRow("unterminated") << open.bytes() << 3 << QByteArray("unterminated-script");
    }

    void infoExitCodes()
    {
        QFETCH(QByteArray, image);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, code);
        QVERIFY(writeFile(path(u"codes.img"_s), image));
        const Result r = runIn({u"info"_s, u"--json"_s, u"codes.img"_s});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains(QByteArray("\"code\": \"" + code + '"')), r.out.constData());
    }

    void truncatedImageNamesRecordAndOffset_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("info") << QStringList {u"info"_s, u"truncated.img"_s};
        QTest::newRow("list") << QStringList {u"list"_s, u"truncated.img"_s};
        QTest::newRow("manifest") << QStringList {u"manifest"_s, u"truncated.img"_s};
        QTest::newRow("verify") << QStringList {u"verify"_s, u"truncated.img"_s};
        QTest::newRow("extract") << QStringList {u"extract"_s, u"-C"_s, u"out-truncated"_s, u"truncated.img"_s};
    }

    void truncatedImageNamesRecordAndOffset()
    {
        QFETCH(QStringList, arguments);
        const Result r = runIn(arguments);
        QCOMPARE(r.exitCode, 3);
        const QByteArray where = "truncated.img: record 6 at byte " + QByteArray::number(m_image.recordOffset(6));
        QVERIFY2(r.err.contains(where), r.err.constData());
        QVERIFY(!QFileInfo::exists(path(u"out-truncated/steps"_s)));
    }

    void manifestFormats()
    {
        const Result j = runIn({u"manifest"_s, u"init.img"_s});
        QCOMPARE(j.exitCode, 0);
        const QJsonArray entries = json(j.out).value("entries"_L1).toArray();
        QCOMPARE(json(j.out).value("format"_L1).toString(), u"builder-hex0"_s);
        QCOMPARE(entries.at(4).toObject().value("sha256"_L1).toString().toLatin1(), sha256("alpha\n"));
        QCOMPARE(entries.at(6).toObject().value("sha256"_L1).toString().toLatin1(), sha256(QByteArray(200000, 'z')));
        QVERIFY(!entries.at(0).toObject().contains("sha256"_L1));

        const Result t = runIn({u"manifest"_s, u"--format"_s, u"tsv"_s, u"init.img"_s});
        QCOMPARE(t.exitCode, 0);
        QCOMPARE(t.outLines().size(), 4); // header and three files
        QCOMPARE(t.outLines().at(2),
            "1\t./steps/a.txt\t6\t" + QByteArray::number(m_image.dataOffset(4)) + '\t' + sha256("alpha\n"));

        const Result s = runIn({u"manifest"_s, u"--format"_s, u"sha256"_s, u"init.img"_s});
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.out.contains(QByteArray(sha256("alpha\n") + "  ./steps/a.txt\n")));
    }

    void extractsTheTree()
    {
        const Result r = runIn({u"extract"_s, u"init.img"_s, u"-C"_s, u"tree"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(path(u"tree/steps/a.txt"_s)), QByteArray("alpha\n"));
        QCOMPARE(readFile(path(u"tree/external/big.bin"_s)), QByteArray(200000, 'z'));
        QVERIFY(QFileInfo(path(u"tree/bootstrap-seeds"_s)).isDir());
        QVERIFY(!QFileInfo::exists(path(u"tree/kaem.x86"_s)));
        // Again: the files exist, so nothing is replaced without --force.
        const Result again = runIn({u"extract"_s, u"init.img"_s, u"-C"_s, u"tree"_s});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains("exists; not overwritten"), again.err.constData());
        QCOMPARE(runIn({u"extract"_s, u"--force"_s, u"init.img"_s, u"-C"_s, u"tree"_s}).exitCode, 0);
        // The sha256sum manifest checks the extracted files.
        const Result s = runIn({u"manifest"_s, u"--format"_s, u"sha256"_s, u"-o"_s, u"SUMS"_s, u"init.img"_s});
        QCOMPARE(s.exitCode, 0);
        const Result check = runProgram(u"sha256sum"_s, {u"-c"_s, path(u"SUMS"_s)}, RunOptions(path(u"tree"_s)));
        QVERIFY2(check.exitCode == 0, check.out.constData());
    }

    void extractsOnePath()
    {
        const Result r = runIn({u"extract"_s, u"init.img"_s, u"-C"_s, u"one"_s, u"steps/a.txt"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(path(u"one/steps/a.txt"_s)), QByteArray("alpha\n"));
        QVERIFY(!QFileInfo::exists(path(u"one/external"_s)));
        const Result missing = runIn({u"extract"_s, u"init.img"_s, u"-C"_s, u"one"_s, u"nope"_s});
        QCOMPARE(missing.exitCode, 2);
    }

    void extractKeepsHostilePathsInside()
    {
        FirstImageFixture hostile;
        hostile.folder(".").folder("/etc").file("../../escape.txt", "out").file("/etc/passwd", "pw");
        QVERIFY(hostile.write(path(u"hostile.img"_s)));
        const Result r = runIn({u"extract"_s, u"hostile.img"_s, u"-C"_s, u"inside/target"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(path(u"inside/target/escape.txt"_s)), QByteArray("out"));
        QCOMPARE(readFile(path(u"inside/target/etc/passwd"_s)), QByteArray("pw"));
        QVERIFY(!QFileInfo::exists(path(u"escape.txt"_s)));
        QVERIFY(!QFileInfo::exists(path(u"inside/escape.txt"_s)));
    }

    void verifiesAgainstAManifest_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("tsv") << u"tsv"_s;
        QTest::newRow("sha256") << u"sha256"_s;
    }

    void verifiesAgainstAManifest()
    {
        QFETCH(QString, format);
        const QString manifest = u"m."_s + format;
        QCOMPARE(runIn({u"manifest"_s, u"-f"_s, format, u"-o"_s, manifest, u"--force"_s, u"init.img"_s}).exitCode, 0);
        const Result ok = runIn({u"verify"_s, u"--manifest"_s, manifest, u"init.img"_s});
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY(ok.out.contains(
            "init.img: OK (builder-hex0 first image, 3 files, 5 folders, 2 commands, 3 hashes checked)"));
        // The other image has one more file: a mismatch, exit 1.
        const Result bad = runIn({u"verify"_s, u"--manifest"_s, manifest, u"other.img"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains("\"./steps/new.txt\": in the image, not in the manifest"), bad.out.constData());
        QVERIFY(bad.out.contains("other.img: FAILED"));
    }

    void verifyWithoutManifest()
    {
        const Result r = runIn({u"verify"_s, u"init.img"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("warning: init.img at byte 512"));
        QVERIFY(r.out.contains("init.img: OK (builder-hex0 first image"));
    }

    void testsTheDistfilesInside()
    {
        // Each file of the script is a distfile to `test`, read in place: a plain text passes,
        // a "tar.gz" that holds no gzip stream is not what its name says.
        FirstImageFixture image;
        image.folder(".")
            .folder("./external")
            .folder("./external/distfiles")
            .file("./external/distfiles/notes.txt", "plain text\n")
            .file("./external/distfiles/fake-1.0.tar.gz", QByteArray(4096, 'x'));
        QVERIFY(image.write(path(u"distfiles.img"_s)));
        const Result r = runIn({u"test"_s, u"distfiles.img"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("distfiles.img, record 3 \"./external/distfiles/notes.txt\": OK"), r.out.constData());
        QVERIFY2(r.out.contains("distfiles.img, record 4 \"./external/distfiles/fake-1.0.tar.gz\": mismatch"),
            r.out.constData());
    }

    void diffsTwoFirstImages()
    {
        const Result same = runIn({u"diff"_s, u"init.img"_s, u"init.img"_s});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.out, QByteArray());
        const Result r = runIn({u"diff"_s, u"init.img"_s, u"other.img"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray("A\t./steps/new.txt\n"));
    }

    void diffsAFirstImageAgainstAnExternalImage()
    {
        QVERIFY(writeFile(path(u"external.img"_s), image(false, {{"big.bin", QByteArray(200000, 'z')}})));
        const Result r = runIn({u"diff"_s, u"external.img"_s, u"init.img"_s});
        QCOMPARE(r.exitCode, 1);
        // The same bytes under the path of the first image: a rename, not a removal.
        QVERIFY2(r.out.contains("R\tbig.bin\t./external/big.bin\n"), r.out.constData());
        QVERIFY(r.out.contains("A\t./steps/a.txt\n"));
    }

    void writesToADisk()
    {
        QVERIFY(writeFile(path(u"disk.raw"_s), QByteArray(4 * 1024 * 1024, '\x5a')));
        const Result r = runIn({u"write"_s, u"--yes"_s, u"--file"_s, u"init.img"_s, u"disk.raw"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("OK: builder-hex0 first image written and verified: 3 files"), r.out.constData());
        const QByteArray written = readFile(path(u"disk.raw"_s));
        const QByteArray image = m_image.bytes();
        QCOMPARE(written.left(image.size()), image);
        // A damaged first image is refused before anything is written.
        QVERIFY(writeFile(path(u"disk2.raw"_s), QByteArray(4 * 1024 * 1024, '\x5a')));
        const Result bad = runIn({u"write"_s, u"--yes"_s, u"--file"_s, u"truncated.img"_s, u"disk2.raw"_s});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains("record 6 at byte"), bad.err.constData());
        QCOMPARE(readFile(path(u"disk2.raw"_s)), QByteArray(4 * 1024 * 1024, '\x5a'));
    }

    void readsARealBuilderHex0Image()
    {
        QVERIFY2(FirstImageFixture::hasRealBuilderHex0(), qPrintable(FirstImageFixture::realBuilderHex0Dir()));
        FirstImageFixture real(FirstImageFixture::Stage2::Real);
        real.folder(".").file("./a.txt", "a\n");
        QCOMPARE(real.stage1().size(), 512);
        QVERIFY(real.write(path(u"real.img"_s)));
        const Result r = runIn({u"info"_s, u"--json"_s, u"real.img"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value("stage2"_L1).toObject().value("revision"_L1).toString(), u"a278124"_s);
        QCOMPARE(o.value("stage2"_L1).toObject().value("size"_L1).toInteger(), 88615);
        QCOMPARE(o.value("script"_L1).toObject().value("start"_L1).toInteger(), 89600);
        QCOMPARE(o.value("findings"_L1).toArray().size(), 0);
    }

    void standardInputStaysExternalOnly()
    {
        const Result r = run({u"list"_s, u"-"_s}, RunOptions(m_dir.path(), {}, path(u"init.img"_s)));
        QCOMPARE(r.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliFirstImage)
#include "tst_cli_first_image.moc"
