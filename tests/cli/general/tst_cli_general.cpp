// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

// The tool's frame: help for the tool and each command, the version, and usage errors (exit
// code 2, a message naming the problem and a pointer to --help, nothing on standard output).
class TestCliGeneral : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QStringList m_commands = {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("info"),
        QStringLiteral("extract"), QStringLiteral("verify"), QStringLiteral("manifest"), QStringLiteral("convert"),
        QStringLiteral("diff")};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("small.img")), image(false, {{"a.txt", "hello\n"}})));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("a.txt")), "a"));
    }

    void toolHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList {QStringLiteral("-h")};
        QTest::newRow("help") << QStringList {QStringLiteral("help")};
    }

    void toolHelp()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.crashed);
        QCOMPARE(r.err, QByteArray());
        QVERIFY(r.out.startsWith("Usage: lbpayload COMMAND"));
        for (const QString &command : m_commands)
            QVERIFY2(r.out.contains(QByteArray("\n  " + command.toUtf8() + ' ')), qPrintable(command));
        for (const char *code : {"\n  0 ", "\n  1 ", "\n  2 ", "\n  3 "})
            QVERIFY2(r.out.contains(code), code);
    }

    // The helper programs (in libexec/payload-studio/, not bin/) find the catalogues too.
    void helpersFollowTheLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("german");
        QTest::newRow("inspect, lbpayload-archive") << QStringList {QStringLiteral("inspect"), QStringLiteral("--help")}
                                                    << QByteArray("Erkennt anhand seiner Bytes");
        QTest::newRow("fetch, lbpayload-fetch")
            << QStringList {QStringLiteral("fetch"), QStringLiteral("/nonexistent-checkout")}
            << QByteArray("kein Ordner");
    }

    void helpersFollowTheLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, german);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(binary(), arguments);
        QVERIFY(process.waitForFinished(30000));
        const QByteArray all = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(all.contains(german), all.constData());
    }

    // Qt's own words in the help (QCommandLineParser's headings) come from Qt's catalogue
    // (qtbase_de.qm, Debian's qt6-translations-l10n): without it they stay English.
    void qtHeadingsFollowTheLanguage()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(binary(), {QStringLiteral("list"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains("\nOptionen:\n"), out.constData());
        QVERIFY2(out.contains("\nArgumente:\n"), out.constData());
        QVERIFY2(!out.contains("Options:") && !out.contains("Arguments:"), out.constData());
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command");
        for (const QString &command : m_commands) {
            QTest::addRow("%s --help", qPrintable(command))
                << QStringList {command, QStringLiteral("--help")} << command;
            QTest::addRow("%s -h", qPrintable(command)) << QStringList {command, QStringLiteral("-h")} << command;
            QTest::addRow("help %s", qPrintable(command)) << QStringList {QStringLiteral("help"), command} << command;
        }
    }

    void commandHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY(r.out.startsWith(QByteArray("Usage: lbpayload " + command.toUtf8() + ' ')));
        QVERIFY(r.out.contains("\nOptions:\n"));
        QVERIFY(r.out.contains("--quiet"));
        // Examples are command lines of this very command.
        const qsizetype examples = r.out.indexOf("\nExamples:\n");
        QVERIFY(examples > 0);
        QVERIFY(r.out.indexOf(QByteArray("\n  lbpayload " + command.toUtf8() + ' '), examples) > examples);
        // The description is wrapped for a terminal.
        for (const QByteArray &line : r.outLines())
            QVERIFY2(
                line.size() <= 120 || line.startsWith("Usage:") || line.startsWith("  lbpayload"), line.constData());
    }

    void version()
    {
        for (const char *option : {"--version", "-V"}) {
            const Result r = run({QString::fromLatin1(option)});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.err, QByteArray());
            QCOMPARE(r.out, QByteArray("lbpayload " PAYLOAD_STUDIO_VERSION "\n"));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const auto row = [](const char *name, const char *arguments, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                << QByteArray(message);
        };
        row("no command", "", "lbpayload: no command given");
        row("unknown command", "frobnicate small.img", "lbpayload: unknown command \"frobnicate\"");
        row("unknown tool option", "--frobnicate", "lbpayload: Unknown option 'frobnicate'.");
        row("help for no command", "help frobnicate", "no help for \"frobnicate\"");
        row("list without image", "list", "lbpayload list: missing argument");
        row("list with two images", "list small.img small.img", "lbpayload list: too many arguments");
        row("list unknown option", "list --long small.img", "lbpayload list: Unknown option 'long'.");
        row("info without image", "info", "lbpayload info: missing argument");
        row("create without -o", "create a.txt", "lbpayload create: -o OUT is required");
        row("create without inputs", "create -o new.img", "lbpayload create: nothing to put in the image");
        row("create bad layout", "create -o new.img --layout u16 a.txt", "unknown layout \"u16\"");
        row("create bad pad", "create -o new.img --pad 12Q a.txt", "--pad needs a positive byte count");
        row("create zero pad", "create -o new.img --pad 0 a.txt", "--pad needs a positive byte count");
        row("create -o without value", "create a.txt -o", "lbpayload create: Missing value after '-o'.");
        row("create format without manifest", "create -o new.img --manifest-format tsv a.txt",
            "--manifest-format needs --manifest");
        row("create bad manifest format", "create -o new.img --manifest m.txt --manifest-format xml a.txt",
            "unknown manifest format \"xml\"");
        row("extract from stdin", "extract -", "standard input cannot be extracted from");
        row("extract unknown name", "extract small.img nothere.txt", "small.img: no entry named \"nothere.txt\"");
        row("verify without image", "verify", "lbpayload verify: missing argument");
        row("manifest bad format", "manifest --format xml small.img", "unknown manifest format \"xml\"");
        row("manifest --force without -o", "manifest --force small.img", "--force only applies to -o FILE");
        row("convert without layout", "convert -o new.img small.img", "--layout is required");
        row("convert bad layout", "convert --layout u16 -o new.img small.img", "unknown layout \"u16\"");
        row("convert without -o", "convert --layout u64 small.img", "-o OUT is required");
        row("convert from stdin", "convert --layout u64 -o new.img -", "standard input cannot be converted");
        row("diff with one side", "diff small.img", "lbpayload diff: missing argument");
        row("diff with stdin", "diff - small.img", "standard input cannot be compared");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Result r = run(arguments, {m_dir.path()});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        const QList<QByteArray> lines = r.errLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(message), lines.at(0).constData());
        QVERIFY2(lines.at(1).startsWith("Try 'lbpayload") && lines.at(1).contains("--help'"), lines.at(1).constData());
        // A usage error changes nothing on disk.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new.img"))));
    }

    // "-" is standard input, not an option, for the commands that read it.
    void dashIsStandardInput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("list") << QStringLiteral("list") << QByteArray("0  25  6  a.txt\n");
        QTest::newRow("info") << QStringLiteral("info") << QByteArray("Image:           standard input\n");
        QTest::newRow("manifest") << QStringLiteral("manifest") << sha256("hello\n");
        QTest::newRow("verify") << QStringLiteral("verify") << QByteArray("standard input: OK (u32, 1 entry)\n");
    }

    void dashIsStandardInput()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, expected);
        const Result r = run({command, QStringLiteral("-")}, {{}, image(false, {{"a.txt", "hello\n"}})});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliGeneral)
#include "tst_cli_general.moc"
