// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

// lbpayload verify: exit 0 only when the structure is sound, the importer accepts every
// entry and every hash of the manifest (any of its three formats) matches; 1 for findings
// and mismatches, each printed on its own line; 3 when the image or the manifest is unreadable.
class TestCliVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QList<Entry> m_entries = {{"a.txt", "alpha\n"}, {"b.txt", "bravo\n"}, {"c.txt", ""}};

    void writeManifests()
    {
        const QByteArray a = sha256("alpha\n"), b = sha256("bravo\n"), c = sha256("");
        const QByteArray wrong = sha256("tampered");
        QVERIFY(writeFile(
            m_dir.filePath(QStringLiteral("good.sha256")), a + "  a.txt\n" + b + "  b.txt\n" + c + "  c.txt\n"));
        // Another order: entries are then matched by name.
        QVERIFY(writeFile(
            m_dir.filePath(QStringLiteral("reordered.sha256")), c + " *c.txt\n" + a + "  a.txt\n" + b + "  b.txt\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("good.tsv")),
            "index\tname\tsize\tdata_offset\tsha256\n0\ta.txt\t6\t25\t" + a + "\n1\tb.txt\t6\t44\t" + b +
                "\n2\tc.txt\t0\t63\t" + c + "\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("good.json")),
            "{\"format\": \"LBPAYLD1\", \"entries\": [{\"name\": \"a.txt\", \"size\": 6, \"sha256\": \"" + a +
                "\"}, {\"name\": \"b.txt\", \"size\": 6, \"sha256\": \"" + b +
                "\"}, {\"name\": \"c.txt\", \"sha256\": \"" + c + "\"}]}"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("tampered.sha256")),
            a + "  a.txt\n" + wrong + "  b.txt\n" + c + "  c.txt\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("extra.sha256")),
            a + "  a.txt\n" + b + "  b.txt\n" + c + "  c.txt\n" + a + "  d.txt\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("short.sha256")), a + "  a.txt\n" + b + "  b.txt\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("size.json")),
            "{\"format\": \"LBPAYLD1\", \"entries\": [{\"name\": \"a.txt\", \"size\": 7}, {\"name\": "
            "\"b.txt\"}, {\"name\": \"c.txt\"}]}"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("garbage.txt")), "this is not a manifest\n"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("good.img")), image(false, m_entries)));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("good64.img")), image(true, m_entries)));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("slash.img")), image(false, {{"a/b", "x"}})));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("long.img")), image(false, {{QByteArray(1025, 'n'), "x"}})));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("trunc.img")), image(false, m_entries).left(50)));
        writeManifests();
    }

    void verify_data()
    {
        QTest::addColumn<QString>("arguments"); // IMAGE last
        QTest::addColumn<bool>("viaStdin");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected"); // standard output
        const QByteArray wrong = sha256("tampered"), b = sha256("bravo\n");

        QTest::newRow("structure only") << "good.img" << false << 0 << QByteArray("good.img: OK (u32, 3 entries)\n");
        QTest::newRow("u64") << "good64.img" << false << 0 << QByteArray("good64.img: OK (u64, 3 entries)\n");
        QTest::newRow("quiet") << "-q good.img" << false << 0 << QByteArray();
        QTest::newRow("stdin") << "good64.img" << true << 0 << QByteArray("standard input: OK (u64, 3 entries)\n");
        const QByteArray allChecked = "good.img: OK (u32, 3 entries, 3 hashes checked)\n";
        QTest::newRow("sha256sum manifest") << "--manifest good.sha256 good.img" << false << 0 << allChecked;
        QTest::newRow("reordered manifest") << "--manifest reordered.sha256 good.img" << false << 0 << allChecked;
        QTest::newRow("tsv manifest") << "--manifest good.tsv good.img" << false << 0 << allChecked;
        QTest::newRow("json manifest") << "-m good.json good.img" << false << 0 << allChecked;
        QTest::newRow("manifest, u64 image") << "--manifest good.tsv good64.img" << false << 0
                                             << QByteArray("good64.img: OK (u64, 3 entries, 3 hashes checked)\n");
        QTest::newRow("manifest, stdin") << "--manifest good.json good.img" << true << 0
                                         << QByteArray("standard input: OK (u32, 3 entries, 3 hashes checked)\n");

        const QByteArray mismatch = "good.img: mismatch: entry 1 \"b.txt\": SHA-256 " + b + ", the manifest says " +
            wrong + "\ngood.img: FAILED (u32, 3 entries, 3 hashes checked): 1 mismatch with the manifest\n";
        QTest::newRow("hash mismatch") << "--manifest tampered.sha256 good.img" << false << 1 << mismatch;
        QTest::newRow("hash mismatch, stdin") << "--manifest tampered.sha256 good.img" << true << 1
                                              << QByteArray(mismatch).replace("good.img", "standard input");
        QTest::newRow("entry missing from the image")
            << "--manifest extra.sha256 good.img" << false << 1
            << QByteArray("good.img: mismatch: \"d.txt\": listed in the manifest, missing from the image\n"
                          "good.img: FAILED (u32, 3 entries, 3 hashes checked): 1 mismatch with the manifest\n");
        QTest::newRow("entry missing from the manifest")
            << "--manifest short.sha256 good.img" << false << 1
            << QByteArray("good.img: mismatch: entry 2 \"c.txt\": in the image, not in the manifest\n"
                          "good.img: FAILED (u32, 3 entries, 2 hashes checked): 1 mismatch with the manifest\n");
        QTest::newRow("size mismatch") << "--manifest size.json good.img" << false << 1
                                       << QByteArray(
                                              "good.img: mismatch: entry 0 \"a.txt\": size 6, the manifest says 7\n"
                                              "good.img: FAILED (u32, 3 entries, 0 hashes checked): 1 "
                                              "mismatch with the manifest\n");
        QTest::newRow("importer rejects a name")
            << "slash.img" << false << 1
            << QByteArray(
                   "slash.img: entry 0 at byte 12: error: The name contains '/'; the importer rejects names with "
                   "a path separator.\nslash.img: FAILED (u32, 1 entry): the importer would reject it: 1 "
                   "error, 0 warnings\n");
        QTest::newRow("importer rejects a long name")
            << "-q long.img" << false << 1
            << QByteArray(
                   "long.img: entry 0 at byte 12: error: The name is 1025 bytes long; the importer rejects names "
                   "above 1024 bytes.\nlong.img: FAILED (u32, 1 entry): the importer would reject it: 1 "
                   "error, 0 warnings\n");
    }

    void verify()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, viaStdin);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        QStringList args = QStringList {QStringLiteral("verify")} + arguments.split(QLatin1Char(' '));
        RunOptions options {m_dir.path()};
        if (viaStdin)
            options.stdinFile = m_dir.filePath(args.takeLast()), args << QStringLiteral("-");
        const Result r = run(args, options);
        QVERIFY(!r.crashed);
        QCOMPARE(r.out, expected);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, exitCode);
    }

    void unreadable_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<bool>("viaStdin");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("manifest missing") << "--manifest nothere.json good.img" << false
                                          << QByteArray("lbpayload: nothere.json: cannot read the manifest: ");
        QTest::newRow("manifest garbage") << "--manifest garbage.txt good.img" << false
                                          << QByteArray("lbpayload: garbage.txt: line 1: not a sha256sum line");
        QTest::newRow("truncated image") << "trunc.img" << false
                                         << QByteArray(
                                                "lbpayload: trunc.img: neither layout reads consistently (as u32: "
                                                "entry 2 at byte 50: the entry header is truncated (0 of 8 bytes); "
                                                "as u64: at byte 8: the entry count 21474836483 cannot fit");
        QTest::newRow("truncated stream")
            << "trunc.img" << true
            << QByteArray("lbpayload: standard input: entry 2 at byte 50: the entry header "
                          "is truncated (0 of 8 bytes)\n");
        QTest::newRow("missing image") << "nothere.img" << false
                                       << QByteArray("lbpayload: nothere.img: cannot open: No such file or directory");
        QTest::newRow("folder as image") << "." << false << QByteArray("lbpayload: .: is a directory, not an image");
    }

    void unreadable()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, viaStdin);
        QFETCH(QByteArray, message);
        QStringList args = QStringList {QStringLiteral("verify")} + arguments.split(QLatin1Char(' '));
        RunOptions options {m_dir.path()};
        if (viaStdin)
            options.stdinFile = m_dir.filePath(args.takeLast()), args << QStringLiteral("-");
        const Result r = run(args, options);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
