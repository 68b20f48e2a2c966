// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

// Bad inputs, for every command that reads an image: each must end with exit code 3 and one
// line on standard error that names the file (and, where there is one, the entry and the byte
// offset), never with a crash, a hang or an output file.
class TestCliErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QList<Entry> m_entries = {{"a.txt", "alpha\n"}, {"b.txt", "bravo\n"}, {"c.bin", QByteArray(100, 'c')}};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        const QByteArray good = image(false, m_entries);
        const QByteArray good64 = image(true, m_entries);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ok.img")), good));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.img")));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("empty.img")), ""));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("junk.img")), "PK\x03\x04 this is a zip, not a payload"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("magic-only.img")), "LBPAYLD1"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("cut-data.img")), good.left(good.size() - 1)));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("cut-data64.img")), good64.left(good64.size() - 30)));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("cut-header.img")), good.left(50)));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("huge-count.img")), image(false, m_entries, 0xffffffffLL)));
        // The low half of this u64 count is also absurd as a u32 count: both readings fail.
        QVERIFY(writeFile(
            m_dir.filePath(QStringLiteral("huge-count64.img")), image(true, m_entries, 0x7fffffffffffffffLL)));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("huge-name.img")),
            QByteArray("LBPAYLD1") + field(false, 1) + field(false, 0x7fffffff) + field(false, 1) + "x"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("huge-size.img")),
            QByteArray("LBPAYLD1") + field(false, 1) + field(false, 1) + field(false, 0xffffffff) + "x"));
    }

    void badImages_data()
    {
        QTest::addColumn<QString>("command"); // IMAGE stands for the image argument
        QTest::addColumn<QString>("imageName");
        QTest::addColumn<bool>("viaStdin");
        QTest::addColumn<QStringList>("mentions");

        const QList<std::pair<const char *, QStringList>> images = {
            {"nothere.img", {QStringLiteral("nothere.img: cannot open: No such file or directory")}},
            {"folder.img", {QStringLiteral("folder.img: is a directory, not an image")}},
            {"empty.img", {QStringLiteral("empty.img: not an LBPAYLD1 image")}},
            {"junk.img", {QStringLiteral("junk.img: not an LBPAYLD1 image: byte 0 does not start with the magic")}},
            {"magic-only.img",
                {QStringLiteral("magic-only.img: "), QStringLiteral("at byte 8: the entry count is truncated")}},
            {"cut-data.img",
                {QStringLiteral("cut-data.img: "),
                    QStringLiteral("entry 2 at byte 63: the data of \"c.bin\" (100 bytes) runs past the end of the "
                                   "file (99 bytes left)")}},
            {"cut-data64.img",
                {QStringLiteral("cut-data64.img: "),
                    QStringLiteral("entry 2 at byte 91: the data of \"c.bin\" (100 bytes) runs past the end of the "
                                   "file (70 bytes left)")}},
            {"cut-header.img",
                {QStringLiteral("cut-header.img: "),
                    QStringLiteral("entry 2 at byte 50: the entry header is truncated (0 of 8 bytes)")}},
            {"huge-count.img",
                {QStringLiteral("huge-count.img: "),
                    QStringLiteral("at byte 8: the entry count 4294967295 cannot fit")}},
            {"huge-count64.img",
                {QStringLiteral("huge-count64.img: "),
                    QStringLiteral("at byte 8: the entry count 9223372036854775807 cannot fit")}},
            {"huge-name.img",
                {QStringLiteral("huge-name.img: "),
                    QStringLiteral("entry 0 at byte 12: the name length 2147483647 runs past the end")}},
            {"huge-size.img",
                {QStringLiteral("huge-size.img: "),
                    QStringLiteral("entry 0 at byte 21: the data of \"x\" (4294967295 bytes) runs past the end of the "
                                   "file (0 bytes left)")}},
        };
        const QStringList commands = {QStringLiteral("list IMAGE"), QStringLiteral("list --json IMAGE"),
            QStringLiteral("info IMAGE"), QStringLiteral("verify IMAGE"),
            QStringLiteral("verify --manifest ok.sha256 IMAGE"), QStringLiteral("manifest IMAGE"),
            QStringLiteral("manifest -o new.json IMAGE"), QStringLiteral("extract IMAGE -C new"),
            QStringLiteral("convert --layout u64 -o new.img IMAGE"), QStringLiteral("diff ok.img IMAGE"),
            QStringLiteral("diff IMAGE ok.img")};
        for (const QString &command : commands) {
            for (const auto &[name, mentions] : images) {
                // For diff a folder is a valid side (its files are compared).
                if (command.startsWith(QLatin1String("diff")) && QByteArray(name) == "folder.img")
                    continue;
                QTest::addRow("%s: %s", qPrintable(command), name)
                    << command << QString::fromLatin1(name) << false << mentions;
            }
        }

        // Standard input is read front to back, so a stream is judged by one reading only.
        const QList<std::pair<const char *, QString>> streams = {
            {"empty.img", QStringLiteral("standard input: not an LBPAYLD1 image")},
            {"junk.img", QStringLiteral("standard input: not an LBPAYLD1 image")},
            {"magic-only.img",
                QStringLiteral("standard input: at byte 8: the entry count is truncated (0 of 4 bytes)")},
            {"cut-data.img",
                QStringLiteral(
                    "standard input: entry 2 at byte 63: the data of \"c.bin\" is truncated (99 of 100 bytes)")},
            {"cut-data64.img",
                QStringLiteral(
                    "standard input: entry 2 at byte 91: the data of \"c.bin\" is truncated (70 of 100 bytes)")},
            {"cut-header.img",
                QStringLiteral("standard input: entry 2 at byte 50: the entry header is truncated (0 of 8 bytes)")},
            {"huge-count.img",
                QStringLiteral("standard input: entry 3 at byte 163: the entry header is truncated (0 of 8 bytes)")},
        };
        for (const QString &command : {QStringLiteral("list -"), QStringLiteral("info -"), QStringLiteral("manifest -"),
                 QStringLiteral("verify -"), QStringLiteral("verify --manifest ok.sha256 -")})
            for (const auto &[name, mention] : streams)
                QTest::addRow("%s < %s", qPrintable(command), name)
                    << command << QString::fromLatin1(name) << true << QStringList {mention};
    }

    void badImages()
    {
        QFETCH(QString, command);
        QFETCH(QString, imageName);
        QFETCH(bool, viaStdin);
        QFETCH(QStringList, mentions);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ok.sha256")),
            sha256("alpha\n") + "  a.txt\n" + sha256("bravo\n") + "  b.txt\n" + sha256(QByteArray(100, 'c')) +
                "  c.bin\n"));
        // A failure of an earlier row must not make this one fail.
        QFile::remove(m_dir.filePath(QStringLiteral("new.img")));
        QFile::remove(m_dir.filePath(QStringLiteral("new.json")));
        QDir(m_dir.filePath(QStringLiteral("new"))).removeRecursively();
        QStringList args = command.split(QLatin1Char(' '));
        args.replaceInStrings(QStringLiteral("IMAGE"), imageName);
        RunOptions options {m_dir.path()};
        if (viaStdin)
            options.stdinFile = m_dir.filePath(imageName);
        options.timeoutMs = 30000;
        const Result r = run(args, options);
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith("lbpayload: "), r.err.constData());
        for (const QString &mention : mentions)
            QVERIFY2(r.err.contains(mention.toUtf8()), r.err.constData());
        // Nothing is written, and no JSON is printed for a broken image. The text listing
        // may show the entries before the damage, which is where to look.
        if (!command.startsWith(QLatin1String("list ")) || command.contains(QLatin1String("--json")))
            QCOMPARE(r.out, QByteArray());
        for (const char *output : {"new.img", "new.json", "new"})
            QVERIFY2(!QFileInfo::exists(m_dir.filePath(QString::fromLatin1(output))), output);
        for (const QString &name : listFolder(m_dir.path()))
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
    }

    // The text listing of a damaged image shows what it could read, and still fails.
    void listShowsEntriesBeforeTheDamage()
    {
        const Result r = run({QStringLiteral("list"), QStringLiteral("-")},
            {m_dir.path(), {}, m_dir.filePath(QStringLiteral("cut-data.img"))});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("0  25  6  a.txt\n1  44  6  b.txt\n"));
    }

    void existingOutputs_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("existing");
        QTest::newRow("create") << "create -o taken ok.sha256"
                                << "taken";
        QTest::newRow("create manifest") << "create -o new.img --manifest taken ok.sha256"
                                         << "taken";
        QTest::newRow("convert") << "convert --layout u64 -o taken ok.img"
                                 << "taken";
        QTest::newRow("manifest") << "manifest -o taken ok.img"
                                  << "taken";
        QTest::newRow("extract") << "extract ok.img -C out b.txt"
                                 << "out/b.txt";
        QTest::newRow("output is a folder") << "create -o out --force ok.sha256"
                                            << "out";
    }

    void existingOutputs()
    {
        QFETCH(QString, command);
        QFETCH(QString, existing);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("taken")), "precious"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("out/b.txt")), "precious"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ok.sha256")), "x"));
        const Result r = run(command.split(QLatin1Char(' ')), {m_dir.path()});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith(QByteArray("lbpayload: " + existing.toUtf8() + ": ")), r.err.constData());
        QVERIFY2(r.err.contains("use --force") || r.err.contains("is a directory"), r.err.constData());
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("taken"))), QByteArray("precious"));
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("out/b.txt"))), QByteArray("precious"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("new.img"))));
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
