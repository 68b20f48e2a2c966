// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace CliTest;

// lbpayload create: the bytes it writes (against images made by hand), its inputs (files,
// folders, upstream lists), manifests, the round trip through extract and `sha256sum -c`,
// and every refusal, which must leave nothing behind.
class TestCliCreate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // No temporary files of the writer may be left in `folder`.
    static void verifyNoLeftovers(const QString &folder)
    {
        for (const QString &name : listFolder(folder))
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("src/sub")));
        QVERIFY(writeFile(path(QStringLiteral("src/a.txt")), "alpha\n"));
        QVERIFY(writeFile(path(QStringLiteral("src/B.txt")), "Bravo!\n"));
        QVERIFY(writeFile(path(QStringLiteral("src/.hidden")), ""));
        QVERIFY(writeFile(path(QString::fromUtf8("src/\xc3\xa9t\xc3\xa9.txt")), "summer"));
        QVERIFY(writeFile(path(QStringLiteral("src/sub/inner.txt")), "inside"));
        QVERIFY(writeFile(path(QStringLiteral("list.txt")),
            "renamed.tar.gz " + QFile::encodeName(path(QStringLiteral("src/a.txt"))) +
                "\n"
                "\n"
                "relative.txt src/B.txt\n"));
    }

    void byteExact_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<bool>("u64");
        QTest::addColumn<QList<Entry>>("expected");
        const Entry a {"a.txt", "alpha\n"}, b {"B.txt", "Bravo!\n"}, hidden {".hidden", ""};
        const Entry ete {"\xc3\xa9t\xc3\xa9.txt", "summer"}, inner {"inner.txt", "inside"};
        QTest::newRow("files in the given order") << "src/a.txt src/B.txt" << false << QList<Entry> {a, b};
        QTest::newRow("files, other order") << "src/B.txt src/a.txt" << false << QList<Entry> {b, a};
        QTest::newRow("files sorted") << "--sort src/a.txt src/B.txt" << false << QList<Entry> {b, a};
        QTest::newRow("u64") << "--layout u64 src/a.txt src/B.txt" << true << QList<Entry> {a, b};
        QTest::newRow("U64 spelled in capitals") << "--layout U64 src/a.txt" << true << QList<Entry> {a};
        // A folder: its regular files in byte order of their names, sub-folders left out.
        QTest::newRow("folder") << "src" << false << QList<Entry> {hidden, b, a, ete};
        QTest::newRow("folder recursive") << "-r src" << false << QList<Entry> {hidden, b, a, inner, ete};
        QTest::newRow("folder recursive sorted")
            << "--recursive --sort --layout u64 src" << true << QList<Entry> {hidden, b, a, inner, ete};
        QTest::newRow("upstream list") << "--from-list list.txt" << false
                                       << QList<Entry> {{"renamed.tar.gz", "alpha\n"}, {"relative.txt", "Bravo!\n"}};
        QTest::newRow("file and list") << "src/sub/inner.txt --from-list list.txt --sort" << false
                                       << QList<Entry> {{"inner.txt", "inside"}, {"relative.txt", "Bravo!\n"},
                                              {"renamed.tar.gz", "alpha\n"}};
    }

    void byteExact()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, u64);
        QFETCH(QList<Entry>, expected);
        const QString out = path(QStringLiteral("exact.img"));
        QFile::remove(out);
        const Result r = run(QStringList {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-o"), out} +
                arguments.split(QLatin1Char(' ')),
            {m_dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray()); // --quiet: not even the summary
        QCOMPARE(readFile(out), image(u64, expected));
        verifyNoLeftovers(m_dir.path());
    }

    // "--from-list -" reads the list from standard input; relative paths are then taken
    // from the current folder.
    void listFromStandardInput()
    {
        const QString out = path(QStringLiteral("stdin-list.img"));
        QFile::remove(out);
        const Result r = run({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-o"), out,
                                 QStringLiteral("--from-list"), QStringLiteral("-")},
            {m_dir.path(), "x.tar.gz src/B.txt\nsub.txt src/sub/inner.txt\n"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(out), image(false, {{"x.tar.gz", "Bravo!\n"}, {"sub.txt", "inside"}}));
    }

    void summaryOnStderr()
    {
        const QString out = path(QStringLiteral("summary.img"));
        const Result r = run({QStringLiteral("create"), QStringLiteral("-o"), out, path(QStringLiteral("src/a.txt"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err,
            QByteArray(
                "lbpayload: " + QFile::encodeName(out) + ": 1 entry, 6 B of data, 31 bytes in all (u32 layout)\n"));
    }

    void padding_data()
    {
        QTest::addColumn<QString>("pad");
        QTest::addColumn<qint64>("multiple");
        QTest::newRow("plain count") << "4096" << qint64(4096);
        QTest::newRow("K") << "1K" << qint64(1024);
        QTest::newRow("MiB") << "1MiB" << qint64(1024 * 1024);
        QTest::newRow("odd") << "7" << qint64(7);
        QTest::newRow("1 is no padding") << "1" << qint64(1);
    }

    void padding()
    {
        QFETCH(QString, pad);
        QFETCH(qint64, multiple);
        const QString out = path(QStringLiteral("padded.img"));
        const Result r = run({QStringLiteral("create"), QStringLiteral("--force"), QStringLiteral("-o"), out,
            QStringLiteral("--pad"), pad, path(QStringLiteral("src/a.txt"))});
        QCOMPARE(r.exitCode, 0);
        const QByteArray unpadded = image(false, {{"a.txt", "alpha\n"}});
        const qint64 size = (unpadded.size() + multiple - 1) / multiple * multiple;
        QCOMPARE(readFile(out), unpadded + QByteArray(size - unpadded.size(), '\0'));
    }

    void manifestFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format"); // empty: from the extension
        QTest::addColumn<QByteArray>("expected");
        const QByteArray alpha = sha256("alpha\n"), bravo = sha256("Bravo!\n");
        const QByteArray sums = alpha + "  a.txt\n" + bravo + "  B.txt\n";
        const QByteArray tsv =
            "index\tname\tsize\tdata_offset\tsha256\n0\ta.txt\t6\t25\t" + alpha + "\n1\tB.txt\t7\t44\t" + bravo + "\n";
        QTest::newRow("sha256 by extension") << "m.sha256" << QString() << sums;
        QTest::newRow("tsv by extension") << "m.tsv" << QString() << tsv;
        QTest::newRow("sha256 by option") << "SUMS"
                                          << "sha256" << sums;
        QTest::newRow("tsv by option over extension") << "m.json"
                                                      << "tsv" << tsv;
    }

    void manifestFormats()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        QStringList args {QStringLiteral("create"), QStringLiteral("--force"), QStringLiteral("-o"),
            path(QStringLiteral("m.img")), QStringLiteral("--manifest"), path(file)};
        if (!format.isEmpty())
            args << QStringLiteral("--manifest-format") << format;
        QFile::remove(path(file));
        const Result r = run(args << path(QStringLiteral("src/a.txt")) << path(QStringLiteral("src/B.txt")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(path(file)), expected);
    }

    void manifestJson()
    {
        const QString manifest = path(QStringLiteral("m.json"));
        QFile::remove(manifest);
        const Result r = run({QStringLiteral("create"), QStringLiteral("--force"), QStringLiteral("--layout"),
            QStringLiteral("u64"), QStringLiteral("-o"), path(QStringLiteral("m.img")), QStringLiteral("--manifest"),
            manifest, QStringLiteral("--sort"), path(QStringLiteral("src"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(readFile(manifest)).object();
        QCOMPARE(root.value(QLatin1String("layout")).toString(), QStringLiteral("u64"));
        QCOMPARE(root.value(QLatin1String("imageSize")).toInteger(), QFileInfo(path(QStringLiteral("m.img"))).size());
        const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        const QByteArray bytes = readFile(path(QStringLiteral("m.img")));
        for (const QJsonValue &value : entries) {
            const QJsonObject e = value.toObject();
            const QString name = e.value(QLatin1String("name")).toString();
            const QByteArray data =
                bytes.mid(e.value(QLatin1String("dataOffset")).toInteger(), e.value(QLatin1String("size")).toInteger());
            QCOMPARE(data, readFile(path(QStringLiteral("src/") + name)));
            QCOMPARE(e.value(QLatin1String("sha256")).toString().toLatin1(), sha256(data));
        }
    }

    // create, extract, then the standard tool checks every extracted file against the manifest.
    void roundTripThroughSha256sum()
    {
        const QString sums = path(QStringLiteral("round.sha256"));
        const QString out = path(QStringLiteral("round"));
        QFile::remove(sums);
        Result r = run({QStringLiteral("create"), QStringLiteral("--force"), QStringLiteral("-o"),
            path(QStringLiteral("round.img")), QStringLiteral("--manifest"), sums, QStringLiteral("-r"),
            path(QStringLiteral("src"))});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("extract"), path(QStringLiteral("round.img")), QStringLiteral("-C"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(listFolder(out),
            (QStringList {QStringLiteral(".hidden"), QStringLiteral("B.txt"), QStringLiteral("a.txt"),
                QStringLiteral("inner.txt"), QStringLiteral("\u00e9t\u00e9.txt")}));
        r = runProgram(QStringLiteral("sha256sum"), {QStringLiteral("-c"), sums}, {out});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(r.outLines().size(), 5);
        for (const QByteArray &line : r.outLines())
            QVERIFY2(line.endsWith(": OK"), line.constData());

        // And the check can fail: one changed byte.
        QVERIFY(writeFile(QDir(out).filePath(QStringLiteral("inner.txt")), "insidE"));
        r = runProgram(QStringLiteral("sha256sum"), {QStringLiteral("-c"), sums}, {out});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.contains("inner.txt: FAILED"));
    }

    void existingOutput()
    {
        const QString out = path(QStringLiteral("exists.img"));
        QVERIFY(writeFile(out, "precious"));
        Result r = run({QStringLiteral("create"), QStringLiteral("-o"), out, path(QStringLiteral("src/a.txt"))});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines(),
            QList<QByteArray> {"lbpayload: " + QFile::encodeName(out) + ": exists; use --force to replace it"});
        QCOMPARE(readFile(out), QByteArray("precious"));

        // An existing manifest stops the build before the image is written, too.
        const QString manifest = path(QStringLiteral("exists.json"));
        QVERIFY(writeFile(manifest, "{}"));
        const QString fresh = path(QStringLiteral("fresh.img"));
        r = run({QStringLiteral("create"), QStringLiteral("-o"), fresh, QStringLiteral("--manifest"), manifest,
            path(QStringLiteral("src/a.txt"))});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.contains("exists.json: exists"));
        QVERIFY(!QFile::exists(fresh));

        r = run({QStringLiteral("create"), QStringLiteral("--force"), QStringLiteral("-o"), out,
            path(QStringLiteral("src/a.txt"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(out), image(false, {{"a.txt", "alpha\n"}}));
        verifyNoLeftovers(m_dir.path());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("missing input") << "src/a.txt nothere.txt" << 3
                                       << QStringList {
                                              QStringLiteral("nothere.txt: cannot read: No such file or directory")};
        QTest::newRow("missing list") << "--from-list nolist.txt" << 3
                                      << QStringList {QStringLiteral("nolist.txt: cannot read the list")};
        QTest::newRow("list naming a missing file")
            << "--from-list badlist.txt" << 3
            << QStringList {QStringLiteral("badlist.txt: entry \"gone.tar.gz\""),
                   QStringLiteral("/nonexistent/gone.tar.gz"), QStringLiteral("No such file")};
        QTest::newRow("malformed list") << "--from-list malformed.txt" << 3
                                        << QStringList {
                                               QStringLiteral("malformed.txt: line 2: expected \"<name> <path>\"")};
        QTest::newRow("duplicate names") << "src/a.txt other/a.txt" << 2
                                         << QStringList {QStringLiteral("entry 1 \"a.txt\" (other/a.txt)"),
                                                QStringLiteral("already used by entry 0 (src/a.txt)")};
        QTest::newRow("duplicate names from folders")
            << "src other" << 2 << QStringList {QStringLiteral("(other/a.txt)"), QStringLiteral("(src/a.txt)")};
        QTest::newRow("name the importer rejects")
            << "odd/back\\slash" << 2
            << QStringList {QStringLiteral("entry 0 \"back\\slash\""), QStringLiteral("backslash")};
        QTest::newRow("too large for u32")
            << "--layout u32 huge.bin" << 2
            << QStringList {QStringLiteral("huge.bin"), QStringLiteral("use the u64 layout")};
        QTest::newRow("socket or device as input")
            << "/dev/null" << 3 << QStringList {QStringLiteral("/dev/null: is neither a regular file nor a folder")};
    }

    void refusals()
    {
        QFETCH(QString, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, mentions);
        QDir(m_dir.path()).mkpath(QStringLiteral("other"));
        QDir(m_dir.path()).mkpath(QStringLiteral("odd"));
        QVERIFY(writeFile(path(QStringLiteral("other/a.txt")), "another alpha"));
        QVERIFY(writeFile(path(QStringLiteral("odd/back\\slash")), "x"));
        QVERIFY(writeFile(path(QStringLiteral("badlist.txt")), "gone.tar.gz /nonexistent/gone.tar.gz\n"));
        QVERIFY(writeFile(path(QStringLiteral("malformed.txt")), "ok.txt src/a.txt\nno-path-here\n"));
        {
            // 4 GiB without using the space: a sparse file. Only its size is looked at.
            QFile huge(path(QStringLiteral("huge.bin")));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(4LL * 1024 * 1024 * 1024));
        }
        const QString out = path(QStringLiteral("refused.img"));
        const Result r =
            run(QStringList {QStringLiteral("create"), QStringLiteral("-o"), out} + arguments.split(QLatin1Char(' ')),
                {m_dir.path()});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith("lbpayload: "), r.err.constData());
        for (const QString &mention : mentions)
            QVERIFY2(r.err.contains(mention.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(out));
        verifyNoLeftovers(m_dir.path());
        QFile::remove(path(QStringLiteral("huge.bin")));
    }

    // Writing the image into the folder being packed must not pack the image.
    void outputInsideInputFolder()
    {
        const QString folder = path(QStringLiteral("self"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("x.txt")), "x"));
        const QString out = QDir(folder).filePath(QStringLiteral("self.img"));
        Result r = run({QStringLiteral("create"), QStringLiteral("-o"), out, folder});
        QCOMPARE(r.exitCode, 0);
        const QByteArray first = readFile(out);
        QCOMPARE(first, image(false, {{"x.txt", "x"}}));
        r = run({QStringLiteral("create"), QStringLiteral("--force"), QStringLiteral("-o"), out, folder});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("self.img: left out of its own inputs"));
        QCOMPARE(readFile(out), first);
    }

    // Progress appears on a terminal only, and --quiet silences it there too.
    void progressOnTerminalOnly()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) is not installed: no way to give the tool a terminal");
        const QString data = path(QStringLiteral("progress.bin"));
        QVERIFY(writeFile(data, QByteArray(24 * 1024 * 1024, 'p')));
        const QString out = path(QStringLiteral("progress.img"));
        const QString command = QStringLiteral("'%1' create --force -o '%2' '%3'").arg(binary(), out, data);

        Result r = runProgram(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\r\x1b[K"), r.out.constData()); // the line is drawn and erased
        QVERIFY2(r.out.contains(" of 24.0 MiB"), r.out.constData());
        QVERIFY2(r.out.contains("progress.bin"), r.out.constData());

        r = runProgram(
            script, {QStringLiteral("-qec"), command + QStringLiteral(" --quiet"), QStringLiteral("/dev/null")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains("\x1b[K"), r.out.constData());
        QVERIFY2(!r.out.contains("MiB"), r.out.constData());

        // Not a terminal: no control characters in the log.
        r = run({QStringLiteral("create"), QStringLiteral("--force"), QStringLiteral("-o"), out, data});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains('\r'));
        QVERIFY(!r.err.contains('\x1b'));
        QCOMPARE(readFile(out).size(), 12 + 8 + 12 + 24 * 1024 * 1024);
    }

    // Ctrl-C in the middle of the copy: exit code 130, no image, no temporary file.
    void interruptLeavesNothing()
    {
        const QString folder = path(QStringLiteral("interrupt"));
        QVERIFY(QDir().mkpath(folder));
        const QString source = QDir(folder).filePath(QStringLiteral("big.bin"));
        {
            QFile big(source);
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(3LL * 1024 * 1024 * 1024)); // sparse: costs no space until copied
        }
        const QString out = QDir(folder).filePath(QStringLiteral("out.img"));
        QProcess process;
        process.start(binary(), {QStringLiteral("create"), QStringLiteral("-o"), out, source});
        QVERIFY(process.waitForStarted());
        // Wait until the writer has its (unnamed) image open in the folder, then interrupt it.
        const bool started = waitUntilWritingInto(process.processId(), folder, 30000);
        QVERIFY2(started, "the copy never started, or finished before it could be interrupted");
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("canceled; nothing was written"), err.constData());
        QCOMPARE(listFolder(folder), QStringList {QStringLiteral("big.bin")});
        QFile::remove(source);
    }
};

QTEST_GUILESS_MAIN(TestCliCreate)
#include "tst_cli_create.moc"
