// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Manifest.h"
#include "PayloadFormat.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The man pages and completions are made from the programs' --help at build time; these
// tests read --help themselves, independently of the generator, and fail when any command or
// option is missing from lbpayload(1), payload-studio(1) or a completion.
class TestPackagingDocs : public QObject
{
    Q_OBJECT

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
    };

    static QString program(const QString &name)
    {
        return QDir(qEnvironmentVariable("PAYLOAD_STUDIO_BIN")).filePath(name);
    }

    // Runs a program in `language`, without a display.
    static Output run(const QString &name, const QStringList &arguments, const QString &language = u"en"_s)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, language);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        for (const QString &display : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(display);
        process.setProcessEnvironment(env);
        process.start(program(name), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }

    static QString readShare(const QString &path)
    {
        QFile file(QStringLiteral(PAYLOAD_STUDIO_SHARE_DIR) + u'/' + path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // The long options a help text lists: "  -o, --output <OUT>  ..." or "  --sort  ...".
    static QStringList longOptions(const QString &help)
    {
        static const QRegularExpression option(
            u"^  (?:-\\S, )?--([a-z0-9][a-z0-9-]*)"_s, QRegularExpression::MultilineOption);
        QStringList names;
        for (auto it = option.globalMatch(help); it.hasNext();)
            names.append(it.next().captured(1));
        return names;
    }

    // The command words of `lbpayload --help`.
    static QStringList commands()
    {
        const QString help = run(u"lbpayload"_s, {u"--help"_s}).out;
        const QString list = help.section(u"\nCommands:\n"_s, 1).section(u"\n\n"_s, 0, 0);
        QStringList names;
        for (const QString &line : list.split(u'\n', Qt::SkipEmptyParts))
            if (line.startsWith(u"  "_s) && line.at(2) != u' ')
                names.append(line.trimmed().section(u' ', 0, 0));
        names.removeAll(u"help"_s);
        return names;
    }

    // How a man page lists an option of its options list, as opposed to mentioning it in the
    // usage line or an example: "\fB\-\-layout\fR".
    static QString manTerm(const QString &option)
    {
        return u"\\fB\\-\\-"_s + QString(option).replace(u'-', u"\\-"_s) + u"\\fR"_s;
    }

    // The part of lbpayload(1) that documents `command`.
    static QString manSection(const QString &command)
    {
        const QString page = readShare(u"man/man1/lbpayload.1"_s);
        const QString heading = u".SS "_s + QString(command).replace(u'-', u"\\-"_s) + u'\n';
        const qsizetype start = page.indexOf(heading);
        if (start < 0)
            return {};
        static const QRegularExpression next(u"^\\.S[SH] "_s, QRegularExpression::MultilineOption);
        const qsizetype end = page.indexOf(next, start + heading.size());
        return page.mid(start, end < 0 ? -1 : end - start);
    }

    // The bash case branch of `command`.
    static QString bashBranch(const QString &command)
    {
        const QString script = readShare(u"bash-completion/completions/lbpayload"_s);
        const qsizetype start = script.indexOf(u"\n    "_s + command + u")\n"_s);
        return start < 0 ? QString() : script.mid(start, script.indexOf(u"\n        ;;\n"_s, start) - start);
    }

    // What the bash completion offers for `words`, the last one being completed.
    static QStringList bashComplete(const QStringList &words)
    {
        QStringList quoted;
        for (const QString &w : words)
            quoted.append(u'\'' + w + u'\'');
        const QString script = u"source '"_s + QStringLiteral(PAYLOAD_STUDIO_SHARE_DIR) +
            u"/bash-completion/completions/lbpayload'\nCOMP_WORDS=("_s + quoted.join(u' ') + u")\nCOMP_CWORD="_s +
            QString::number(words.size() - 1) + u"\n_lbpayload\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"_s;
        QProcess bash;
        bash.start(u"bash"_s, {u"-c"_s, script});
        bash.waitForFinished(30000);
        return QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PAYLOAD_STUDIO_BIN"), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY2(commands().contains(u"create"_s), "lbpayload --help lists no commands");
    }

    void everyOptionDocumented_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &command : commands())
            QTest::newRow(qPrintable(command)) << command;
    }

    // Every option of every command, in its man page section and in all three completions.
    void everyOptionDocumented()
    {
        QFETCH(QString, command);
        const Output help = run(u"lbpayload"_s, {u"help"_s, command});
        QCOMPARE(help.exitCode, 0);
        const QStringList options = longOptions(help.out);
        QVERIFY(options.contains(u"help"_s));
        const QString man = manSection(command);
        QVERIFY2(!man.isEmpty(), "lbpayload(1) has no section for the command");
        const QString bash = bashBranch(command);
        QVERIFY2(!bash.isEmpty(), "the bash completion has no branch for the command");
        const QString zsh = readShare(u"zsh/vendor-completions/_lbpayload"_s);
        const QString fish = readShare(u"fish/vendor_completions.d/lbpayload.fish"_s);
        QVERIFY(zsh.contains(u"\n        "_s + command + u")\n"_s));
        for (const QString &option : options) {
            const QString dashed = u"--"_s + option;
            QVERIFY2(man.contains(manTerm(option)), qPrintable(u"man: "_s + dashed));
            QVERIFY2(bash.contains(dashed), qPrintable(u"bash: "_s + dashed));
            QVERIFY2(zsh.contains(dashed + u'['), qPrintable(u"zsh: "_s + dashed));
            QVERIFY2(fish.contains(u"__fish_seen_subcommand_from "_s + command + u"' "_s) &&
                    QRegularExpression(u"__fish_seen_subcommand_from "_s + command + u"'.* -l "_s + option + u" "_s)
                        .match(fish)
                        .hasMatch(),
                qPrintable(u"fish: "_s + dashed));
        }
    }

    void toolPages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("lbpayload") << u"lbpayload"_s;
        QTest::newRow("payload-studio") << u"payload-studio"_s;
    }

    // The programs' own options, the exit codes, and --help and --version without a display.
    void toolPages()
    {
        QFETCH(QString, name);
        const Output help = run(name, {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const Output version = run(name, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, name + u' ' + QStringLiteral(PAYLOAD_STUDIO_VERSION) + u'\n');
        const QString man = readShare(u"man/man1/"_s + name + u".1"_s);
        QVERIFY(man.startsWith(u".\\\""_s));
        QVERIFY(man.contains(u".TH "_s + name.toUpper() + u" 1 "_s));
        QVERIFY(QFile::exists(QStringLiteral(PAYLOAD_STUDIO_SHARE_DIR) + u"/man/man1/"_s + name + u".1.gz"_s));
        const QString head = man.section(u".SH COMMANDS"_s, 0, 0);
        for (const QString &option : longOptions(help.out))
            QVERIFY2(head.contains(manTerm(option)), qPrintable(option));
        if (name == u"lbpayload"_s) {
            for (const char *code : {".B 0\n", ".B 1\n", ".B 2\n", ".B 3\n", ".B 130\n"})
                QVERIFY2(man.contains(QLatin1String(code)), code);
        }
    }

    void bashCompletion_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        QStringList layouts;
        for (const auto layout : {PayloadFormat::Layout::U32, PayloadFormat::Layout::U64})
            layouts.append(PayloadFormat::layoutName(layout));
        QStringList formats;
        for (const auto format : {Manifest::Format::Json, Manifest::Format::Tsv, Manifest::Format::Sha256Sum})
            formats.append(Manifest::formatName(format));
        QTest::newRow("command") << QStringList {u"lbpayload"_s, u"cre"_s} << QStringList {u"create"_s};
        QTest::newRow("help topic") << QStringList {u"lbpayload"_s, u"help"_s, u"veri"_s} << QStringList {u"verify"_s};
        QTest::newRow("option") << QStringList {u"lbpayload"_s, u"create"_s, u"--lay"_s} << QStringList {u"--layout"_s};
        QTest::newRow("--layout") << QStringList {u"lbpayload"_s, u"create"_s, u"--layout"_s, QString()} << layouts;
        QTest::newRow("--manifest-format")
            << QStringList {u"lbpayload"_s, u"create"_s, u"--manifest-format"_s, QString()} << formats;
        QTest::newRow("--format") << QStringList {u"lbpayload"_s, u"manifest"_s, u"--format"_s, QString()} << formats;
        QTest::newRow("tool option") << QStringList {u"lbpayload"_s, u"--vers"_s} << QStringList {u"--version"_s};
    }

    // Commands, options and the values of --layout, --manifest-format and --format, the latter
    // being the names the core's parsers accept.
    void bashCompletion()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QCOMPARE(bashComplete(words), expected);
    }

    // File names where the command expects a file: the image of `verify`, the output of -o.
    void bashCompletesFiles()
    {
        const QString dir = QDir::currentPath();
        QFile marker(dir + u"/completion-marker.img"_s);
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QVERIFY(bashComplete({u"lbpayload"_s, u"verify"_s, dir + u"/completion-mar"_s}).contains(marker.fileName()));
        QVERIFY(bashComplete({u"lbpayload"_s, u"create"_s, u"-o"_s, dir + u"/completion-mar"_s})
                    .contains(marker.fileName()));
        QVERIFY(bashComplete({u"lbpayload"_s, u"create"_s, u"--pad"_s, dir + u"/completion-mar"_s}).isEmpty());
        marker.remove();
    }

    // The catalogue is found from the program's place, as it is in an installed tree.
    void germanCatalogueLoads()
    {
        QTranslator german;
        QVERIFY2(german.load(u"payload-studio_de"_s,
                     QStringLiteral(PAYLOAD_STUDIO_SHARE_DIR) + u"/payload-studio/translations"_s),
            "share/payload-studio/translations/payload-studio_de.qm was not built");
        const QString commands = german.translate("Cli", "Commands:");
        if (commands.isEmpty())
            QSKIP("the German catalogue does not translate \"Commands:\" yet");
        const Output help = run(u"lbpayload"_s, {u"help"_s}, u"de"_s);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u'\n' + commands + u'\n'), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestPackagingDocs)
#include "tst_packaging_docs.moc"
