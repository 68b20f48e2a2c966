// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace CliTest;

namespace {

bool have(const char *program)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty();
}

QJsonObject jsonOf(const Result &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), r.out.constData());
    return doc.object();
}

// The member paths of an `inspect --json` report.
QStringList memberPaths(const QJsonObject &report)
{
    QStringList paths;
    for (const QJsonValue &m : report.value(QStringLiteral("members")).toArray())
        paths << m.toObject().value(QStringLiteral("path")).toString();
    return paths;
}

QStringList findingCodes(const QJsonObject &report)
{
    QStringList codes;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        codes << f.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

QByteArray diagnostic(const Result &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err;
}

} // namespace

// inspect, test, export-tar and create --from-tar against archives made in the test with the
// system's tar and compressors: good ones in every compression, a truncated one, one with a
// damaged byte in its compressed stream, an HTML page named .tar.gz, tars with absolute and
// ".." members, and images holding them as entries.
class TestCliArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_hello = "hello\n";
    QByteArray m_data; // 64 KiB of noise: compresses badly, so a cut lands inside the stream

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Result lbpayload(const QStringList &arguments) const { return run(arguments, RunOptions(m_dir.path())); }
    Result tar(const QStringList &arguments) const
    {
        return runProgram(QStringLiteral("tar"), arguments, RunOptions(m_dir.path()));
    }

    // Tars src/ into `name` with the tar options `flags` (e.g. "-czf"); skips without the tool.
    bool makeTar(const QString &name, const QString &flags, const char *tool)
    {
        if (!have(tool))
            return false;
        const Result r = tar({QStringLiteral("--sort=name"), QStringLiteral("--owner=0"), QStringLiteral("--group=0"),
            QStringLiteral("--mtime=@1700000000"), flags, name, QStringLiteral("src")});
        return r.exitCode == 0;
    }

    static QStringList goodArchives()
    {
        return {QStringLiteral("good.tar"), QStringLiteral("good.tar.gz"), QStringLiteral("good.tar.bz2"),
            QStringLiteral("good.tar.xz"), QStringLiteral("good.tar.zst")};
    }

    // `lbpayload --help`, run once for all the rows that look for their command in it.
    QByteArray toolHelp()
    {
        if (m_toolHelp.isEmpty()) {
            const Result r = lbpayload({QStringLiteral("--help")});
            if (r.exitCode == 0)
                m_toolHelp = r.out;
        }
        return m_toolHelp;
    }
    QByteArray m_toolHelp;

    void requireFile(const QString &name)
    {
        if (!QFileInfo::exists(path(name)))
            QSKIP(qPrintable(QStringLiteral("%1 could not be made here (a tool is missing)").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        if (!have("tar") || !have("gzip"))
            QSKIP("tar and gzip are needed to make the test archives");
        QRandomGenerator random(42);
        m_data.resize(64 * 1024);
        random.fillRange(reinterpret_cast<quint32 *>(m_data.data()), m_data.size() / 4);

        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("src/sub")));
        QVERIFY(writeFile(path(QStringLiteral("src/hello.txt")), m_hello));
        QVERIFY(writeFile(path(QStringLiteral("src/sub/data.bin")), m_data));
        QVERIFY(QFile::link(QStringLiteral("hello.txt"), path(QStringLiteral("src/link"))));

        QVERIFY(makeTar(QStringLiteral("good.tar"), QStringLiteral("-cf"), "tar"));
        QVERIFY(makeTar(QStringLiteral("good.tar.gz"), QStringLiteral("-czf"), "gzip"));
        makeTar(QStringLiteral("good.tar.bz2"), QStringLiteral("-cjf"), "bzip2");
        makeTar(QStringLiteral("good.tar.xz"), QStringLiteral("-cJf"), "xz");
        // GNU tar has no short option for zstd.
        if (have("zstd")) {
            const Result r = tar({QStringLiteral("--sort=name"), QStringLiteral("--owner=0"),
                QStringLiteral("--group=0"), QStringLiteral("--mtime=@1700000000"), QStringLiteral("--zstd"),
                QStringLiteral("-cf"), QStringLiteral("good.tar.zst"), QStringLiteral("src")});
            QCOMPARE(r.exitCode, 0);
        }

        const QByteArray gz = readFile(path(QStringLiteral("good.tar.gz")));
        QVERIFY(gz.size() > 60000);
        QVERIFY(writeFile(path(QStringLiteral("trunc.tar.gz")), gz.left(gz.size() / 2)));
        QByteArray damaged = gz;
        for (qsizetype i = gz.size() / 2; i < gz.size() / 2 + 16; ++i)
            damaged[i] = char(damaged.at(i) ^ 0x5a);
        QVERIFY(writeFile(path(QStringLiteral("corrupt.tar.gz")), damaged));
        QVERIFY(writeFile(path(QStringLiteral("page.tar.gz")),
            "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
            "<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>\n"));

        // Members with an absolute path and with "..": -P keeps them as given.
        const QString absolute = path(QStringLiteral("src/hello.txt"));
        QCOMPARE(tar({QStringLiteral("-cPf"), QStringLiteral("absolute.tar"), absolute}).exitCode, 0);
        QCOMPARE(runProgram(QStringLiteral("tar"),
                     {QStringLiteral("-cPf"), QStringLiteral("../dotdot.tar"), QStringLiteral("../src/hello.txt")},
                     RunOptions(path(QStringLiteral("src"))))
                     .exitCode,
            0);
        // Two members with the same file name, for create --from-tar.
        QVERIFY(writeFile(path(QStringLiteral("src/sub/hello.txt")), "other\n"));
        QCOMPARE(tar({QStringLiteral("-cf"), QStringLiteral("twice.tar"), QStringLiteral("src/hello.txt"),
                         QStringLiteral("src/sub/hello.txt")})
                     .exitCode,
            0);
        QVERIFY(QFile::remove(path(QStringLiteral("src/sub/hello.txt"))));

        // An image holding distfiles as entries.
        QVERIFY(writeFile(path(QStringLiteral("payload.img")),
            image(false,
                {{"good.tar.gz", gz}, {"trunc.tar.gz", gz.left(gz.size() / 2)},
                    {"page.tar.gz", readFile(path(QStringLiteral("page.tar.gz")))}, {"notes.txt", "plain text\n"}})));
        QVERIFY(writeFile(path(QStringLiteral("goodonly.img")),
            image(true, {{"good.tar", readFile(path(QStringLiteral("good.tar")))}, {"good.tar.gz", gz}})));
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("inspect") << QStringLiteral("inspect");
        QTest::newRow("test") << QStringLiteral("test");
        QTest::newRow("export-tar") << QStringLiteral("export-tar");
        QTest::newRow("create") << QStringLiteral("create");
    }

    void help()
    {
        QFETCH(QString, command);
        const Result r = lbpayload({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QByteArray("Examples:\n  lbpayload " + command.toLatin1())), r.out.constData());
        QVERIFY(r.err.isEmpty());
        // The tool's own help lists the command.
        QVERIFY(toolHelp().contains(QByteArray("\n  " + command.toLatin1() + ' ')));
        if (command == QLatin1String("create"))
            QVERIFY(r.out.contains("--from-tar <ARCHIVE>"));
    }

    void inspectFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("finding"); // a finding code expected in the report, or empty

        QTest::newRow("tar") << "good.tar" << 0 << "tar"
                             << "ok"
                             << "";
        QTest::newRow("tar.gz") << "good.tar.gz" << 0 << "tar.gz"
                                << "ok"
                                << "";
        QTest::newRow("tar.bz2") << "good.tar.bz2" << 0 << "tar.bz2"
                                 << "ok"
                                 << "";
        QTest::newRow("tar.xz") << "good.tar.xz" << 0 << "tar.xz"
                                << "ok"
                                << "";
        QTest::newRow("tar.zst") << "good.tar.zst" << 0 << "tar.zst"
                                 << "ok"
                                 << "";
        QTest::newRow("truncated") << "trunc.tar.gz" << 1 << "tar.gz"
                                   << "truncated"
                                   << "";
        QTest::newRow("corrupt") << "corrupt.tar.gz" << 1 << "tar.gz"
                                 << "corrupt"
                                 << "";
        QTest::newRow("html named .tar.gz") << "page.tar.gz" << 1 << "data"
                                            << "mismatch"
                                            << "name-content-mismatch";
        QTest::newRow("absolute member") << "absolute.tar" << 1 << "tar"
                                         << "ok"
                                         << "absolute-path";
        QTest::newRow("dot-dot member") << "dotdot.tar" << 1 << "tar"
                                        << "ok"
                                        << "parent-component";
    }

    void inspectFile()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        QFETCH(QString, status);
        QFETCH(QString, finding);
        requireFile(file);

        const Result json = lbpayload({QStringLiteral("inspect"), QStringLiteral("--json"), file});
        QVERIFY2(json.exitCode == exitCode, diagnostic(json).constData());
        const QJsonObject top = jsonOf(json);
        QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
        const QJsonObject report = top.value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(report.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(report.value(QStringLiteral("passed")).toBool(), exitCode == 0);
        QCOMPARE(report.value(QStringLiteral("size")).toInteger(), QFileInfo(path(file)).size());
        QVERIFY(report.value(QStringLiteral("image")).isNull());
        if (!finding.isEmpty())
            QVERIFY2(findingCodes(report).contains(finding), json.out.constData());

        const Result text = lbpayload({QStringLiteral("inspect"), file});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(text.out.startsWith("File:"), text.out.constData());
        QVERIFY2(text.out.contains(QByteArray("\nKind:  ")), text.out.constData());
        QVERIFY(text.out.contains(QByteArray("  " + kind.toLatin1() + " (")));
        if (exitCode != 0) {
            // A failure is also said on standard error, naming the file.
            QVERIFY2(text.err.contains(file.toLatin1()), text.err.constData());
        }
        if (status == QLatin1String("ok") && finding.isEmpty()) {
            // The listing, like tar -tv: mode, size, time (UTC), path, link target.
            const QStringList paths = memberPaths(report);
            QVERIFY2(paths.contains(QStringLiteral("src/hello.txt")), json.out.constData());
            QVERIFY(paths.contains(QStringLiteral("src/sub/data.bin")));
            for (const QJsonValue &v : report.value(QStringLiteral("members")).toArray()) {
                const QJsonObject m = v.toObject();
                if (m.value(QStringLiteral("path")) == QStringLiteral("src/link")) {
                    QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("symlink"));
                    QCOMPARE(m.value(QStringLiteral("linkTarget")).toString(), QStringLiteral("hello.txt"));
                }
                if (m.value(QStringLiteral("path")) == QStringLiteral("src/sub/data.bin")) {
                    QCOMPARE(m.value(QStringLiteral("size")).toInteger(), m_data.size());
                    QCOMPARE(m.value(QStringLiteral("mtime")).toInteger(), 1700000000);
                }
            }
            QVERIFY2(text.out.contains("  2023-11-14 22:13:20  src/sub/data.bin\n"), text.out.constData());
            QVERIFY(text.out.contains("     6  2023-11-14 22:13:20  src/hello.txt\n"));
            QVERIFY(text.out.contains("lrwxrwxrwx"));
            QVERIFY(text.out.contains("src/link -> hello.txt\n"));
            QCOMPARE(report.value(QStringLiteral("memberCount")).toInt(), 5); // src/, src/sub/, 3 more
        }
    }

    void inspectImageKinds()
    {
        const Result r = lbpayload({QStringLiteral("inspect"), QStringLiteral("payload.img")});
        // The HTML page named .tar.gz is an error finding.
        QVERIFY2(r.exitCode == 1, diagnostic(r).constData());
        const QList<QByteArray> lines = r.outLines();
        QVERIFY2(lines.size() >= 6, r.out.constData());
        const auto columns = [](const QByteArray &line) {
            return line.simplified().split(' ');
        };
        QCOMPARE(columns(lines.at(0)),
            (QList<QByteArray> {"0", QByteArray::number(QFileInfo(path(QStringLiteral("good.tar.gz"))).size()),
                "tar.gz", "good.tar.gz"}));
        QCOMPARE(columns(lines.at(1)).at(2), QByteArray("tar.gz"));
        QCOMPARE(columns(lines.at(2)), (QList<QByteArray> {"2", columns(lines.at(2)).at(1), "data", "page.tar.gz"}));
        QCOMPARE(columns(lines.at(3)).at(2), QByteArray("data"));
        QCOMPARE(lines.at(4), QByteArray("Findings:"));
        QVERIFY2(lines.at(5).contains("payload.img: entry 2 \"page.tar.gz\" at byte "), lines.at(5).constData());
        QVERIFY(lines.at(5).contains(": error: "));

        const Result json =
            lbpayload({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("payload.img")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject top = jsonOf(json);
        QCOMPARE(top.value(QStringLiteral("count")).toInt(), 4);
        const QJsonArray entries = top.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("data"));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("nameMatches")).toBool(), false);
        QCOMPARE(
            entries.at(2).toObject().value(QStringLiteral("contentMimeType")).toString(), QStringLiteral("text/html"));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("nameMatches")).toBool(), true);
        QVERIFY(entries.at(3).toObject().value(QStringLiteral("nameKind")).isNull()); // .txt promises nothing

        const Result clean = lbpayload({QStringLiteral("inspect"), QStringLiteral("goodonly.img")});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.outLines().size(), 2);
        QVERIFY(!clean.out.contains("Findings:"));
    }

    void inspectEntryInPlace_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("by name") << "good.tar.gz" << 0 << 0 << "ok";
        QTest::newRow("by index") << "0" << 0 << 0 << "ok";
        QTest::newRow("truncated entry") << "trunc.tar.gz" << 1 << 1 << "truncated";
        QTest::newRow("html entry by index") << "2" << 2 << 1 << "mismatch";
    }

    void inspectEntryInPlace()
    {
        QFETCH(QString, entry);
        QFETCH(int, index);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        const Result r =
            lbpayload({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("payload.img"), entry});
        QVERIFY2(r.exitCode == exitCode, diagnostic(r).constData());
        const QJsonObject report = jsonOf(r).value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("entry")).toInt(), index);
        QCOMPARE(report.value(QStringLiteral("image")).toString(), QStringLiteral("payload.img"));
        QCOMPARE(report.value(QStringLiteral("status")).toString(), status);
        if (status == QLatin1String("ok")) {
            QVERIFY(memberPaths(report).contains(QStringLiteral("src/sub/data.bin")));
            QCOMPARE(report.value(QStringLiteral("size")).toInteger(),
                QFileInfo(path(QStringLiteral("good.tar.gz"))).size());
        }
        if (status == QLatin1String("truncated")) {
            // Where it failed: the member being read and the offset.
            QCOMPARE(report.value(QStringLiteral("failedMember")).toString(), QStringLiteral("src/sub/data.bin"));
            QVERIFY(report.value(QStringLiteral("failedInputOffset")).toInteger() > 0);
            const Result text = lbpayload({QStringLiteral("inspect"), QStringLiteral("payload.img"), entry});
            QCOMPARE(text.exitCode, 1);
            QVERIFY2(text.err.contains("payload.img, entry 1"), text.err.constData());
            QVERIFY(text.err.contains("src/sub/data.bin"));
            QVERIFY(text.out.startsWith("File:"));
            QVERIFY(text.out.contains("  payload.img, entry 1 \"trunc.tar.gz\"\n"));
        }
    }

    void inspectErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing file") << QStringList {QStringLiteral("nothere.tar.gz")} << 3
                                      << QByteArray("nothere.tar.gz: no such file");
        QTest::newRow("standard input") << QStringList {QStringLiteral("-")} << 2 << QByteArray("random access");
        QTest::newRow("entry of a non-image") << QStringList {QStringLiteral("good.tar"), QStringLiteral("x")} << 2
                                              << QByteArray("good.tar is not an image");
        QTest::newRow("unknown entry") << QStringList {QStringLiteral("payload.img"), QStringLiteral("nope.tar")} << 2
                                       << QByteArray("no entry named \"nope.tar\"");
        QTest::newRow("index out of range")
            << QStringList {QStringLiteral("payload.img"), QStringLiteral("4")} << 2 << QByteArray("from 0 to 3");
        QTest::newRow("too many arguments")
            << QStringList {QStringLiteral("payload.img"), QStringLiteral("0"), QStringLiteral("1")} << 2
            << QByteArray("one too many");
        QTest::newRow("folder") << QStringList {QStringLiteral("src")} << 3 << QByteArray("src: is a folder");
    }

    void inspectErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Result r = lbpayload(QStringList {QStringLiteral("inspect")} + arguments);
        QVERIFY2(r.exitCode == exitCode, diagnostic(r).constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void testFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("line"); // the start of its line on standard output
        QTest::newRow("tar") << "good.tar" << 0 << QByteArray("good.tar: OK (tar, 5 members)");
        QTest::newRow("tar.gz") << "good.tar.gz" << 0 << QByteArray("good.tar.gz: OK (tar.gz, 5 members)");
        QTest::newRow("tar.bz2") << "good.tar.bz2" << 0 << QByteArray("good.tar.bz2: OK (tar.bz2, 5 members)");
        QTest::newRow("tar.xz") << "good.tar.xz" << 0 << QByteArray("good.tar.xz: OK (tar.xz, 5 members)");
        QTest::newRow("tar.zst") << "good.tar.zst" << 0 << QByteArray("good.tar.zst: OK (tar.zst, 5 members)");
        QTest::newRow("truncated") << "trunc.tar.gz" << 1 << QByteArray("trunc.tar.gz: truncated: ");
        QTest::newRow("corrupt") << "corrupt.tar.gz" << 1 << QByteArray("corrupt.tar.gz: corrupt: ");
        QTest::newRow("html") << "page.tar.gz" << 1 << QByteArray("page.tar.gz: mismatch: ");
        QTest::newRow("absolute") << "absolute.tar" << 1 << QByteArray("absolute.tar: unsafe: ");
        QTest::newRow("dot-dot") << "dotdot.tar" << 1 << QByteArray("dotdot.tar: unsafe: ");
        QTest::newRow("missing") << "nothere.tar" << 3 << QByteArray("nothere.tar: unreadable: ");
    }

    void testFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, line);
        if (file != QLatin1String("nothere.tar"))
            requireFile(file);
        const Result r = lbpayload({QStringLiteral("test"), file});
        QVERIFY2(r.exitCode == exitCode, diagnostic(r).constData());
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY2(r.out.startsWith(line), r.out.constData());
        if (exitCode == 0) {
            QVERIFY(r.err.contains("1 distfile tested, all OK"));
        }
        if (file == QLatin1String("trunc.tar.gz")) {
            // Where it failed: the member and the offset.
            QVERIFY2(r.out.contains("src/sub/data.bin"), r.out.constData());
            QVERIFY(r.out.contains("byte"));
        }

        const Result json = lbpayload({QStringLiteral("test"), QStringLiteral("--json"), file});
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject top = jsonOf(json);
        QCOMPARE(top.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(top.value(QStringLiteral("failed")).toInt(), exitCode == 0 ? 0 : 1);
        const QJsonObject result = top.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("passed")).toBool(), exitCode == 0);
        QCOMPARE(result.value(QStringLiteral("source")).toString(), file);
        QVERIFY(!result.contains(QStringLiteral("members"))); // a test does not list
    }

    void testManyInOrder()
    {
        QStringList files = goodArchives();
        for (const QString &f : goodArchives())
            if (!QFileInfo::exists(path(f)))
                files.removeAll(f);
        files.insert(1, QStringLiteral("trunc.tar.gz"));
        const Result r =
            lbpayload(QStringList {QStringLiteral("test"), QStringLiteral("--jobs"), QStringLiteral("2")} + files);
        QVERIFY2(r.exitCode == 1, diagnostic(r).constData());
        const QList<QByteArray> lines = r.outLines();
        QCOMPARE(lines.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(QByteArray(files.at(i).toLatin1() + ": ")), r.out.constData());
        QVERIFY(lines.at(1).startsWith("trunc.tar.gz: truncated: "));
        QVERIFY2(r.err.contains(QByteArray(QByteArray::number(files.size()) +
                     " distfiles tested: " + QByteArray::number(files.size() - 1) + " OK, 1 failed")),
            r.err.constData());

        const Result good = lbpayload(
            {QStringLiteral("test"), QStringLiteral("-q"), QStringLiteral("good.tar"), QStringLiteral("good.tar.gz")});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.err.isEmpty());
    }

    void testImage()
    {
        const Result r = lbpayload({QStringLiteral("test"), QStringLiteral("payload.img")});
        QVERIFY2(r.exitCode == 1, diagnostic(r).constData());
        const QList<QByteArray> lines = r.outLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith("payload.img, entry 0 \"good.tar.gz\": OK (tar.gz, 5 members)"),
            r.out.constData());
        QVERIFY(lines.at(1).startsWith("payload.img, entry 1 \"trunc.tar.gz\": truncated: "));
        QVERIFY(lines.at(2).startsWith("payload.img, entry 2 \"page.tar.gz\": mismatch: "));
        QVERIFY(lines.at(3).startsWith("payload.img, entry 3 \"notes.txt\": OK (data)"));

        const Result json =
            lbpayload({QStringLiteral("test"), QStringLiteral("--json"), QStringLiteral("payload.img")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject top = jsonOf(json);
        QCOMPARE(top.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(top.value(QStringLiteral("failed")).toInt(), 2);
        const QJsonArray results = top.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        QStringList statuses;
        for (const QJsonValue &v : results) {
            statuses << v.toObject().value(QStringLiteral("status")).toString();
            QCOMPARE(v.toObject().value(QStringLiteral("image")).toString(), QStringLiteral("payload.img"));
        }
        QCOMPARE(statuses,
            (QStringList {
                QStringLiteral("ok"), QStringLiteral("truncated"), QStringLiteral("mismatch"), QStringLiteral("ok")}));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("entry")).toInt(), 1);

        const Result clean = lbpayload({QStringLiteral("test"), QStringLiteral("goodonly.img")});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.outLines().size(), 2);
    }

    void testErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no argument") << QStringList {} << 2 << QByteArray("missing argument");
        QTest::newRow("jobs 0") << QStringList {QStringLiteral("-j"), QStringLiteral("0"), QStringLiteral("good.tar")}
                                << 2 << QByteArray("--jobs needs a number");
        QTest::newRow("standard input") << QStringList {QStringLiteral("-")} << 2 << QByteArray("random access");
        QTest::newRow("broken image") << QStringList {QStringLiteral("broken.img")} << 3 << QByteArray("broken.img");
    }

    void testErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QVERIFY(writeFile(path(QStringLiteral("broken.img")), image(false, {{"a", "x"}}, 5)));
        const Result r = lbpayload(QStringList {QStringLiteral("test")} + arguments);
        QVERIFY2(r.exitCode == exitCode, diagnostic(r).constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    // Ctrl-C while a large stream is decompressed: exit 130 and the canceled count.
    void testInterrupted()
    {
        // 2 GiB of zeros compress to a few MiB but take seconds to decompress. Made directly,
        // not by running gzip over 2 GiB.
        QVERIFY(writeFile(path(QStringLiteral("zeros.gz")), gzipOfZeros(2147483648LL)));
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(binary(), {QStringLiteral("test"), QStringLiteral("zeros.gz"), QStringLiteral("good.tar")});
        QVERIFY(process.waitForStarted());
        // The signal handler is in place before any distfile is opened: once the stream is
        // open, Ctrl-C lands in the middle of its decompression, however loaded the machine.
        QVERIFY2(waitUntilOpen(process.processId(), path(QStringLiteral("zeros.gz"))),
            "the test finished before it could be interrupted");
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("canceled: ") && err.contains(" of 2 distfiles tested"), err.constData());
        // The small tar may have finished before the signal; the big stream never does.
        QVERIFY(!process.readAllStandardOutput().contains("zeros.gz"));
        QFile::remove(path(QStringLiteral("zeros.gz")));
    }

    void exportTar_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("tool");
        QTest::newRow("tar") << "out.tar"
                             << "tar";
        QTest::newRow("gz") << "out.tar.gz"
                            << "gzip";
        QTest::newRow("tgz") << "out.tgz"
                             << "gzip";
        QTest::newRow("bz2") << "out.tar.bz2"
                             << "bzip2";
        QTest::newRow("xz") << "out.tar.xz"
                            << "xz";
        QTest::newRow("zst") << "out.tar.zst"
                             << "zstd";
    }

    void exportTar()
    {
        QFETCH(QString, output);
        QFETCH(QString, tool);
        if (!have(qPrintable(tool)))
            QSKIP(qPrintable(tool + QStringLiteral(" is missing")));
        const QByteArray big = m_data + m_data;
        QVERIFY(writeFile(
            path(QStringLiteral("export.img")), image(false, {{"a.txt", m_hello}, {"big.bin", big}, {"empty", ""}})));
        QFile::remove(path(output));
        const Result r =
            lbpayload({QStringLiteral("export-tar"), QStringLiteral("export.img"), QStringLiteral("-o"), output});
        QVERIFY2(r.exitCode == 0, diagnostic(r).constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QByteArray(output.toLatin1() + ": 3 members")), r.err.constData());
        const QByteArray first = readFile(path(output));

        // Read back with the system's tar (which picks the decompressor itself).
        const Result list = tar({QStringLiteral("-tf"), output});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.outLines(), (QList<QByteArray> {"a.txt", "big.bin", "empty"}));
        const QString into = path(QStringLiteral("unpacked-") + output);
        QVERIFY(QDir().mkpath(into));
        QCOMPARE(tar({QStringLiteral("-xf"), output, QStringLiteral("-C"), into}).exitCode, 0);
        QCOMPARE(readFile(into + QStringLiteral("/a.txt")), m_hello);
        QCOMPARE(readFile(into + QStringLiteral("/big.bin")), big);
        QCOMPARE(readFile(into + QStringLiteral("/empty")), QByteArray());

        // Our own test passes it too, and an existing output needs --force.
        QCOMPARE(lbpayload({QStringLiteral("test"), output}).exitCode, 0);
        const Result again =
            lbpayload({QStringLiteral("export-tar"), QStringLiteral("export.img"), QStringLiteral("-o"), output});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains("use --force"));
        // Replaced with --force, by the same bytes: the same image gives the same export.
        const Result forced = lbpayload({QStringLiteral("export-tar"), QStringLiteral("--force"),
            QStringLiteral("export.img"), QStringLiteral("-o"), output});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(readFile(path(output)), first);
    }

    void exportTarNamedInFolder()
    {
        QVERIFY(writeFile(path(QStringLiteral("export2.img")),
            image(false, {{"a.txt", m_hello}, {"b.txt", "bee\n"}, {"c.txt", "sea\n"}})));
        const Result r = lbpayload({QStringLiteral("export-tar"), QStringLiteral("export2.img"), QStringLiteral("-o"),
            QStringLiteral("named.tar"), QStringLiteral("--folder"), QStringLiteral("distfiles"),
            QStringLiteral("--mtime"), QStringLiteral("0"), QStringLiteral("c.txt"), QStringLiteral("a.txt")});
        QVERIFY2(r.exitCode == 0, diagnostic(r).constData());
        const Result list = tar({QStringLiteral("-tvf"), QStringLiteral("named.tar")});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.outLines();
        // KTar writes the folder first, then the members in the order asked for.
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith("d") && lines.at(0).endsWith(" distfiles/"), list.out.constData());
        QVERIFY2(lines.at(1).endsWith(" distfiles/c.txt") && lines.at(1).contains("1970-01-01"), list.out.constData());
        QVERIFY(lines.at(2).endsWith(" distfiles/a.txt"));
        QVERIFY(lines.at(1).startsWith("-rw-r--r--"));
        QVERIFY2(r.err.contains("named.tar: 2 members"), r.err.constData());
    }

    // Like extract and the importer: a name stored twice is exported once, with the later data.
    void exportTarDuplicatesLastWins()
    {
        QVERIFY(writeFile(path(QStringLiteral("dup.img")), image(false, {{"x", "first"}, {"y", "why"}, {"x", "second"}})));
        const Result r = lbpayload(
            {QStringLiteral("export-tar"), QStringLiteral("dup.img"), QStringLiteral("-o"), QStringLiteral("dup.tar")});
        QVERIFY2(r.exitCode == 0, diagnostic(r).constData());
        QVERIFY2(r.err.contains("dup.img: entry 0 at byte 12: \"x\" is stored again as entry 2; exporting that one"),
            r.err.constData());
        const Result list = tar({QStringLiteral("-tf"), QStringLiteral("dup.tar")});
        QCOMPARE(list.outLines(), (QList<QByteArray> {"y", "x"}));
        const Result content = tar({QStringLiteral("-xOf"), QStringLiteral("dup.tar"), QStringLiteral("x")});
        QCOMPARE(content.out, QByteArray("second"));

        const Result quiet = lbpayload({QStringLiteral("export-tar"), QStringLiteral("--quiet"),
            QStringLiteral("--force"), QStringLiteral("dup.img"), QStringLiteral("-o"), QStringLiteral("dup.tar")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains("stored again"), quiet.err.constData());
    }

    void exportTarErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no -o") << QStringList {QStringLiteral("goodonly.img")} << 2 << QByteArray("-o OUT is required");
        QTest::newRow("bad suffix") << QStringList {QStringLiteral("goodonly.img"), QStringLiteral("-o"),
                                           QStringLiteral("x.zip")}
                                    << 2 << QByteArray("x.zip: the name must end in .tar");
        QTest::newRow("unknown name") << QStringList {QStringLiteral("goodonly.img"), QStringLiteral("-o"),
                                             QStringLiteral("x.tar"), QStringLiteral("nope")}
                                      << 2 << QByteArray("no entry named \"nope\"");
        QTest::newRow("missing image") << QStringList {QStringLiteral("nothere.img"), QStringLiteral("-o"),
                                              QStringLiteral("x.tar")}
                                       << 3 << QByteArray("nothere.img");
        QTest::newRow("bad mtime") << QStringList {QStringLiteral("goodonly.img"), QStringLiteral("-o"),
                                          QStringLiteral("x.tar"), QStringLiteral("--mtime"), QStringLiteral("soon")}
                                   << 2 << QByteArray("--mtime needs seconds");
        QTest::newRow("onto the image") << QStringList {QStringLiteral("image.tar"), QStringLiteral("-o"),
                                               QStringLiteral("image.tar"), QStringLiteral("--force")}
                                        << 2 << QByteArray("cannot be the same file");
    }

    void exportTarErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        // An image named like a tar: told by its magic, and not to be overwritten by its own export.
        QVERIFY(QFile::copy(path(QStringLiteral("goodonly.img")), path(QStringLiteral("image.tar"))) ||
            QFileInfo::exists(path(QStringLiteral("image.tar"))));
        const QByteArray image = readFile(path(QStringLiteral("image.tar")));
        const Result r = lbpayload(QStringList {QStringLiteral("export-tar")} + arguments);
        QCOMPARE(readFile(path(QStringLiteral("image.tar"))), image);
        QVERIFY2(r.exitCode == exitCode, diagnostic(r).constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.tar"))));
    }

    void createFromTar_data()
    {
        QTest::addColumn<QString>("archive");
        for (const QString &archive : goodArchives())
            QTest::newRow(qPrintable(archive)) << archive;
    }

    void createFromTar()
    {
        QFETCH(QString, archive);
        requireFile(archive);
        const QString output = archive + QStringLiteral(".img");
        QFile::remove(path(output));
        const Result r =
            lbpayload({QStringLiteral("create"), QStringLiteral("-o"), output, QStringLiteral("--from-tar"), archive});
        QVERIFY2(r.exitCode == 0, diagnostic(r).constData());
        QVERIFY2(r.err.contains("skipped 3 members that are not regular files"), r.err.constData());
        // Entries named after the members' file names, in tar order, with their bytes.
        const Result list = lbpayload({QStringLiteral("list"), output});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.outLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).endsWith("  6  hello.txt"), list.out.constData());
        QVERIFY(lines.at(1).endsWith(QByteArray("  " + QByteArray::number(m_data.size()) + "  data.bin")));
        const QString into = path(QStringLiteral("x-") + archive);
        QCOMPARE(lbpayload({QStringLiteral("extract"), output, QStringLiteral("-C"), into}).exitCode, 0);
        QCOMPARE(readFile(into + QStringLiteral("/hello.txt")), m_hello);
        QCOMPARE(readFile(into + QStringLiteral("/data.bin")), m_data);
    }

    void createFromTarOptions()
    {
        const Result r = lbpayload({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-o"),
            QStringLiteral("sorted.img"), QStringLiteral("--sort"), QStringLiteral("--layout"), QStringLiteral("u64"),
            QStringLiteral("--pad"), QStringLiteral("1M"), QStringLiteral("--manifest"),
            QStringLiteral("sorted.sha256"), QStringLiteral("--from-tar"), QStringLiteral("good.tar.gz")});
        QVERIFY2(r.exitCode == 0, diagnostic(r).constData());
        QVERIFY(r.err.isEmpty());
        QCOMPARE(QFileInfo(path(QStringLiteral("sorted.img"))).size(), 1024 * 1024);
        const Result info = lbpayload({QStringLiteral("info"), QStringLiteral("sorted.img")});
        QVERIFY(info.out.contains("u64"));
        const Result list = lbpayload({QStringLiteral("list"), QStringLiteral("sorted.img")});
        QVERIFY(list.outLines().at(0).endsWith("data.bin"));
        QVERIFY(list.outLines().at(1).endsWith("hello.txt"));
        const QByteArray manifest = readFile(path(QStringLiteral("sorted.sha256")));
        QVERIFY2(manifest.contains(QByteArray(sha256(m_hello) + "  hello.txt")), manifest.constData());
        QVERIFY(manifest.contains(QByteArray(sha256(m_data) + "  data.bin")));
        QCOMPARE(lbpayload({QStringLiteral("verify"), QStringLiteral("--manifest"), QStringLiteral("sorted.sha256"),
                               QStringLiteral("sorted.img")})
                     .exitCode,
            0);
    }

    void createFromTarErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString out = QStringLiteral("bad.img");
        QTest::newRow("same file name twice")
            << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"), QStringLiteral("twice.tar")} << 3
            << QByteArray("src/sub/hello.txt");
        QTest::newRow("truncated") << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"),
                                          QStringLiteral("trunc.tar.gz")}
                                   << 3 << QByteArray("trunc.tar.gz");
        QTest::newRow("html") << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"),
                                     QStringLiteral("page.tar.gz")}
                              << 3 << QByteArray("page.tar.gz: is not a tar archive");
        QTest::newRow("missing") << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"),
                                        QStringLiteral("nothere.tar")}
                                 << 3 << QByteArray("nothere.tar: no such file");
        QTest::newRow("with inputs") << QStringList {QStringLiteral("-o"), out, QStringLiteral("--from-tar"),
                                            QStringLiteral("good.tar"), QStringLiteral("src/hello.txt")}
                                     << 2 << QByteArray("no other inputs");
        QTest::newRow("onto itself") << QStringList {QStringLiteral("-o"), QStringLiteral("good.tar"),
                                            QStringLiteral("--from-tar"), QStringLiteral("good.tar"),
                                            QStringLiteral("--force")}
                                     << 2 << QByteArray("cannot be the same file");
        QTest::newRow("existing output") << QStringList {QStringLiteral("-o"), QStringLiteral("payload.img"),
                                                QStringLiteral("--from-tar"), QStringLiteral("good.tar")}
                                         << 3 << QByteArray("use --force");
    }

    void createFromTarErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const QByteArray before = readFile(path(QStringLiteral("payload.img")));
        const Result r = lbpayload(QStringList {QStringLiteral("create")} + arguments);
        QVERIFY2(r.exitCode == exitCode, diagnostic(r).constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("bad.img"))));
        QCOMPARE(readFile(path(QStringLiteral("payload.img"))), before);
        QVERIFY(QFileInfo(path(QStringLiteral("good.tar"))).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliArchive)
#include "tst_cli_archive.moc"
