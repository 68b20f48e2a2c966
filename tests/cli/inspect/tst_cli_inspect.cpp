// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

namespace {

QByteArray hundredBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 100; ++i)
        bytes += char(i);
    return bytes;
}

const QList<Entry> &smallEntries()
{
    static const QList<Entry> entries = {{"a.txt", "hello\n"}, {"b.txt", ""}, {"c.bin", hundredBytes()}};
    return entries;
}

// Worked out with a separate tool (Python's hashlib), like the digests in golden/.
const QByteArray HelloSha = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

} // namespace

// Golden output of list, info and manifest on small hand-made images, from files and from
// standard input: these are the formats scripts parse, so every byte is pinned down. The
// expected outputs are the files in golden/, reviewed by hand (offsets and digests too).
class TestCliInspect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("small.img")), image(false, smallEntries())));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("small64.img")), image(true, smallEntries())));
        QVERIFY(writeFile(
            m_dir.filePath(QStringLiteral("trail.img")), image(false, smallEntries()) + QByteArray(43, '\0')));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("bad.img")),
            image(false, {{"dir/x", "1"}, {"tab\tname", "22"}, {"dup", "a"}, {"dup", "b"}})));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("empty.img")), image(true, {})));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("arguments"); // IMAGE last
        QTest::addColumn<bool>("viaStdin"); // replace IMAGE by "-" and pipe the file in
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("golden"); // file in golden/ with the exact standard output

        const auto row = [](const char *name, const char *arguments, bool viaStdin, int exitCode, const char *golden) {
            QTest::newRow(name) << QString::fromLatin1(arguments) << viaStdin << exitCode
                                << QString::fromLatin1(golden);
        };
        row("list u32", "list small.img", false, 0, "list-u32.txt");
        row("list u32 stdin", "list small.img", true, 0, "list-u32.txt");
        row("list u64", "list small64.img", false, 0, "list-u64.txt");
        row("list escapes names", "list bad.img", false, 0, "list-escapes.txt");
        row("list empty", "list empty.img", false, 0, "");
        row("list --json u64", "list --json small64.img", false, 0, "list-json-u64.json");
        row("list --json u64 stdin", "list --json small64.img", true, 0, "list-json-u64.json");
        row("list --json escapes", "list --json bad.img", false, 0, "list-json-escapes.json");
        row("list --json empty", "list --json empty.img", false, 0, "list-json-empty.json");
        row("info u32", "info small.img", false, 0, "info-u32.txt");
        row("info u64 stdin", "info small64.img", true, 0, "info-u64-stdin.txt");
        row("info trailing", "info trail.img", false, 0, "info-trailing.txt");
        row("info findings", "info bad.img", false, 1, "info-findings.txt");
        row("info --json", "info --json small.img", false, 0, "info-json.json");
        row("info --json trailing stdin", "info --json trail.img", true, 0, "info-json-trailing-stdin.json");
        row("info --json findings", "info --json bad.img", false, 1, "info-json-findings.json");
        row("manifest json", "manifest small.img", false, 0, "manifest.json");
        row("manifest json stdin", "manifest small.img", true, 0, "manifest.json");
        row("manifest json explicit", "manifest --format json small.img", false, 0, "manifest.json");
        row("manifest tsv", "manifest --format tsv small.img", false, 0, "manifest.tsv");
        row("manifest tsv stdin", "manifest -f tsv small.img", true, 0, "manifest.tsv");
        row("manifest sha256", "manifest --format sha256 small.img", false, 0, "manifest.sha256");
        row("manifest sha256 stdin", "manifest --format=sha256 small.img", true, 0, "manifest.sha256");
        row("manifest sha256 u64", "manifest --format sha256sum small64.img", false, 0, "manifest.sha256");
    }

    void golden()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, viaStdin);
        QFETCH(int, exitCode);
        QFETCH(QString, golden);
        QByteArray expected;
        if (!golden.isEmpty()) {
            const QString file = QFINDTESTDATA(QStringLiteral("golden/") + golden);
            QVERIFY2(!file.isEmpty(), qPrintable(golden));
            expected = readFile(file);
            QVERIFY(!expected.isEmpty());
        }
        QStringList args = arguments.split(QLatin1Char(' '));
        RunOptions options {m_dir.path()};
        if (viaStdin)
            options.stdinFile = m_dir.filePath(args.takeLast()), args << QStringLiteral("-");
        const Result r = run(args, options);
        QVERIFY(!r.crashed);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, expected);
        QCOMPARE(r.exitCode, exitCode);
    }

    // The JSON outputs parse, and hold what the schema in the README promises.
    void jsonParses()
    {
        for (const char *command : {"list --json", "info --json", "manifest"}) {
            QStringList args = QString::fromLatin1(command).split(QLatin1Char(' '));
            args << QStringLiteral("small.img");
            const Result r = run(args, {m_dir.path()});
            QCOMPARE(r.exitCode, 0);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
            QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
            const QJsonObject root = doc.object();
            QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("LBPAYLD1"));
            QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), 1);
            QCOMPARE(root.value(QLatin1String("count")).toInt(), 3);
            QCOMPARE(root.value(QLatin1String("payloadBytes")).toInteger(), 106);
        }
    }

    // The manifest written with -o equals what goes to standard output, and is refused
    // over an existing file without --force.
    void manifestToFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("m.tsv"));
        QFile::remove(out);
        Result r = run({QStringLiteral("manifest"), QStringLiteral("-f"), QStringLiteral("tsv"), QStringLiteral("-o"),
                           out, QStringLiteral("small.img")},
            {m_dir.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        const QByteArray written = readFile(out);
        QVERIFY(written.startsWith(QByteArray("index\tname\tsize\tdata_offset\tsha256\n0\ta.txt\t6\t25\t" + HelloSha)));

        r = run({QStringLiteral("manifest"), QStringLiteral("-o"), out, QStringLiteral("small64.img")}, {m_dir.path()});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.contains("m.tsv: exists; use --force"));
        QCOMPARE(readFile(out), written);

        r = run({QStringLiteral("manifest"), QStringLiteral("--force"), QStringLiteral("-o"), out,
                    QStringLiteral("small64.img")},
            {m_dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            readFile(out).startsWith("{\n  \"format\": \"LBPAYLD1\",\n  \"schemaVersion\": 1,\n  \"layout\": \"u64\""));
    }

    // The importer's limit, listed in full: every line there, in order, the last one right.
    void listAtTheImporterLimit()
    {
        QList<Entry> entries;
        entries.reserve(200000);
        for (int i = 0; i < 200000; ++i)
            entries.append({QByteArray("distfile-") + QByteArray::number(i).rightJustified(6, '0') + ".tar.gz",
                QByteArray(i % 7, char('a' + i % 26))});
        const QByteArray bytes = image(false, entries);
        const QString path = m_dir.filePath(QStringLiteral("limit.img"));
        QVERIFY(writeFile(path, bytes));

        Result r = run({QStringLiteral("list"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        const QList<QByteArray> lines = r.outLines();
        QCOMPARE(lines.size(), 200000);
        // Data of entry 199999: 12 bytes of header, then 200000 headers of 8 and names of 22
        // bytes, and the data of all entries before it.
        qint64 dataBefore = 0;
        for (int i = 0; i < 199999; ++i)
            dataBefore += i % 7;
        const qint64 offset = 12 + 200000LL * (8 + 22) + dataBefore;
        QCOMPARE(lines.constLast(),
            QByteArray("199999  " + QByteArray::number(offset) + "  " + QByteArray::number(199999 % 7) +
                "  distfile-199999.tar.gz"));
        // Columns are right-aligned to the widest value: 6 digits of index, 7 of offset.
        QCOMPARE(QByteArray::number(offset).size(), 7);
        QCOMPARE(lines.at(0), QByteArray("     0       42  0  distfile-000000.tar.gz"));

        r = run({QStringLiteral("info"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\nEntries:         200000\n"));
        QVERIFY(r.out.contains("accepts the image (no findings)"));
    }
};

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
