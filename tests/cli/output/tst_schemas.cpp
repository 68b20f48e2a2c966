// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"
#include "FirstImageFixture.h"
#include "SchemaSamples.h"
#include "SchemaValidator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace CliTest;

namespace {

// One real document: what lbpayload is run with, which schema describes its output, the exit
// code it must give and the "format" its document must carry.
struct Case
{
    const char *name;
    QStringList arguments;
    QString schema; // the command part of docs/schemas/lbpayload-<schema>.schema.json
    int exitCode;
    QString format;
    QString stdinFile = {}; // standard input read from this sample, for "-"
    QString outputFile = {}; // the document is this file the command writes, not its output
};

QList<Case> cases()
{
    const QString payload = QStringLiteral("LBPAYLD1");
    const QString first = QStringLiteral("builder-hex0");
    const auto args = [](const char *line) {
        return QString::fromLatin1(line).split(QLatin1Char(' '));
    };
    return {
        {"list u32", args("list --json small32.img"), QStringLiteral("list"), 0, payload},
        {"list u64", args("list --json small64.img"), QStringLiteral("list"), 0, payload},
        {"list odd names", args("list --json odd.img"), QStringLiteral("list"), 0, payload},
        {"list empty", args("list --json empty.img"), QStringLiteral("list"), 0, payload},
        {"list stdin", args("list --json -"), QStringLiteral("list"), 0, payload, QStringLiteral("small64.img")},
        {"list first image", args("list --json init.img"), QStringLiteral("list"), 0, first},
        {"list damaged first image", args("list --json broken-init.img"), QStringLiteral("list"), 3, first},
        {"manifest u32", args("manifest small32.img"), QStringLiteral("manifest"), 0, payload},
        {"manifest --format json", args("manifest --format json small64.img"), QStringLiteral("manifest"), 0, payload},
        {"manifest odd names", args("manifest odd.img"), QStringLiteral("manifest"), 0, payload},
        {"manifest empty", args("manifest empty.img"), QStringLiteral("manifest"), 0, payload},
        {"manifest stdin", args("manifest -"), QStringLiteral("manifest"), 0, payload, QStringLiteral("small32.img")},
        {"manifest first image", args("manifest init.img"), QStringLiteral("manifest"), 0, first},
        {"manifest written by create", args("create --force -o made.img --manifest made.json notes.txt lone.gz"),
            QStringLiteral("manifest"), 0, payload, {}, QStringLiteral("made.json")},
        {"info u32", args("info --json small32.img"), QStringLiteral("info"), 0, payload},
        {"info u64", args("info --json small64.img"), QStringLiteral("info"), 0, payload},
        {"info findings", args("info --json odd.img"), QStringLiteral("info"), 1, payload},
        {"info empty", args("info --json empty.img"), QStringLiteral("info"), 0, payload},
        {"info stdin", args("info --json -"), QStringLiteral("info"), 1, payload, QStringLiteral("odd.img")},
        {"info first image", args("info --json init.img"), QStringLiteral("info"), 0, first},
        {"info damaged first image", args("info --json broken-init.img"), QStringLiteral("info"), 3, first},
        {"inspect tar", args("inspect --json hello.tar"), QStringLiteral("inspect"), 0,
            QStringLiteral("lbpayload-inspect")},
        {"inspect tar.gz", args("inspect --json hello.tar.gz"), QStringLiteral("inspect"), 0,
            QStringLiteral("lbpayload-inspect")},
        {"inspect lone gz", args("inspect --json lone.gz"), QStringLiteral("inspect"), 0,
            QStringLiteral("lbpayload-inspect")},
        {"inspect plain data", args("inspect --json notes.txt"), QStringLiteral("inspect"), 0,
            QStringLiteral("lbpayload-inspect")},
        {"inspect page named tar.gz", args("inspect --json page.tar.gz"), QStringLiteral("inspect"), 1,
            QStringLiteral("lbpayload-inspect")},
        {"inspect image entry by index", args("inspect --json archives.img 0"), QStringLiteral("inspect"), 0,
            QStringLiteral("lbpayload-inspect")},
        {"inspect image entry by name", args("inspect --json archives.img empty.bin"), QStringLiteral("inspect"), 0,
            QStringLiteral("lbpayload-inspect")},
        {"inspect image", args("inspect --json archives.img"), QStringLiteral("inspect"), 1,
            QStringLiteral("lbpayload-inspect-image")},
        {"test files", args("test --json --jobs 1 hello.tar hello.tar.gz lone.gz notes.txt"), QStringLiteral("test"), 0,
            QStringLiteral("lbpayload-test")},
        {"test failures", args("test --json trunc.tar.gz page.tar.gz"), QStringLiteral("test"), 1,
            QStringLiteral("lbpayload-test")},
        {"test image", args("test --json archives.img"), QStringLiteral("test"), 1, QStringLiteral("lbpayload-test")},
        {"test first image", args("test --json init.img"), QStringLiteral("test"), 0, QStringLiteral("lbpayload-test")},
        {"test empty folder", args("test --json nothing"), QStringLiteral("test"), 0, QStringLiteral("lbpayload-test")},
        {"disks", args("disks --json"), QStringLiteral("disks"), 0, QStringLiteral("lbpayload-disks")},
        {"disks with loop devices", args("disks --json --loop"), QStringLiteral("disks"), 0,
            QStringLiteral("lbpayload-disks")},
        {"disks for an image", args("disks --json --loop --image small32.img"), QStringLiteral("disks"), 0,
            QStringLiteral("lbpayload-disks")},
        {"plan", args("plan --json lb-good"), QStringLiteral("plan"), 0, QStringLiteral("lbpayload-plan")},
        {"plan split at get_network", args("plan --json --split-at get_network lb-good"), QStringLiteral("plan"), 0,
            QStringLiteral("lbpayload-plan")},
        {"plan with distfile trouble", args("plan --json lb-bad"), QStringLiteral("plan"), 1,
            QStringLiteral("lbpayload-plan")},
    };
}

// `root` with the value at `path` (keys and array indices) replaced by `value`, or removed
// when there is no value.
QJsonValue changed(const QJsonValue &root, QStringList path, const std::optional<QJsonValue> &value)
{
    if (path.isEmpty())
        return value.value_or(QJsonValue());
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = step.toInt();
        if (path.isEmpty() && !value)
            array.removeAt(index);
        else
            array[index] = changed(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && !value)
        object.remove(step);
    else
        object[step] = changed(object.value(step), path, value);
    return object;
}

} // namespace

// The JSON documents of lbpayload against their schemas: each schema file is a valid draft
// 2020-12 schema, every document the binary prints is valid against its schema and opens with
// "format" and "schemaVersion", and documents broken on purpose are rejected, so that the
// suite cannot pass with schemas that accept anything.
class TestSchemas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SchemaValidator m_validator;
    bool m_disksVisible = true;

    static QString schemaPath(const QString &schema)
    {
        return QStringLiteral(SCHEMA_DIR "/lbpayload-%1.schema.json").arg(schema);
    }

    // Runs the case and returns its document: its standard output, or the file it writes.
    // Empty, with a warning that says why, when the exit code is not the expected one or
    // there is no document.
    QByteArray output(const Case &c)
    {
        RunOptions options(m_dir.path());
        if (!c.stdinFile.isEmpty())
            options.stdinFile = m_dir.filePath(c.stdinFile);
        const Result r = run(c.arguments, options);
        const QByteArray context =
            c.arguments.join(QLatin1Char(' ')).toUtf8() + ": exit " + QByteArray::number(r.exitCode) + "\n" + r.err;
        const QByteArray document = c.outputFile.isEmpty() ? r.out : readFile(m_dir.filePath(c.outputFile));
        if (r.exitCode != c.exitCode || document.isEmpty()) {
            qWarning("%s", context.constData());
            return {};
        }
        return document;
    }

    static Case find(const char *name)
    {
        for (const Case &c : cases())
            if (qstrcmp(c.name, name) == 0)
                return c;
        qFatal("no case named %s", name);
    }

    bool skipsDisks(const Case &c) const { return c.schema == QLatin1String("disks") && !m_disksVisible; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        if (!m_validator.start(QStringLiteral(VALIDATOR_SCRIPT)))
            QSKIP(qPrintable(m_validator.skipReason()));
        SchemaSamples samples(m_dir.path());
        QVERIFY2(samples.write(), qPrintable(samples.error()));
        // In a container without /sys/block, disks cannot list anything: its rows skip.
        const Result disks = run({QStringLiteral("disks")});
        m_disksVisible = !(disks.exitCode == 3 && disks.err.contains("/sys/block"));
    }

    // Each schema file is valid, says its dialect first and has its own $id; the files are
    // exactly one per command with JSON output, and each of them meets real documents.
    void schemasAreValid()
    {
        QSet<QString> used;
        for (const Case &c : cases())
            used.insert(c.schema);
        const QStringList files =
            QDir(QStringLiteral(SCHEMA_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QSet<QString> described;
        for (const QString &file : files) {
            QVERIFY2(file.startsWith(QLatin1String("lbpayload-")) && file.endsWith(QLatin1String(".schema.json")),
                qPrintable(file));
            const QString schema = file.mid(10, file.size() - 10 - 12);
            described.insert(schema);
            const QString path = schemaPath(schema);
            const QStringList errors = m_validator.schemaErrors(path);
            QVERIFY2(errors.isEmpty(), qPrintable(file + QLatin1String(": ") + errors.join(QLatin1Char('\n'))));
            const QByteArray text = readFile(path);
            QVERIFY2(
                text.startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": "),
                qPrintable(file));
            const QJsonObject root = QJsonDocument::fromJson(text).object();
            QCOMPARE(root.value(QLatin1String("$id")).toString(),
                QStringLiteral("urn:payload-studio:schema:") + file.chopped(12));
            QVERIFY2(!root.value(QLatin1String("title")).toString().isEmpty(), qPrintable(file));
        }
        QCOMPARE(described, used);
        const QSet<QString> expected {QStringLiteral("list"), QStringLiteral("manifest"), QStringLiteral("info"),
            QStringLiteral("inspect"), QStringLiteral("test"), QStringLiteral("disks"), QStringLiteral("plan")};
        QCOMPARE(described, expected);
    }

    // Every "format" of the envelope is met by some case.
    void everyFormatIsMet()
    {
        QSet<QString> formats;
        for (const Case &c : cases())
            formats.insert(c.format);
        const QSet<QString> expected {QStringLiteral("LBPAYLD1"), QStringLiteral("builder-hex0"),
            QStringLiteral("lbpayload-inspect"), QStringLiteral("lbpayload-inspect-image"),
            QStringLiteral("lbpayload-test"), QStringLiteral("lbpayload-disks"), QStringLiteral("lbpayload-plan")};
        QCOMPARE(formats, expected);
    }

    void realDocumentIsValid_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (qsizetype i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << int(i);
        // With the real builder-hex0 files the stage 2 has a known revision.
        if (FirstImageFixture::hasRealBuilderHex0()) {
            QTest::newRow("info real first image") << -1;
            QTest::newRow("list real first image") << -2;
        }
    }
    void realDocumentIsValid()
    {
        QFETCH(int, index);
        Case c = index >= 0 ? cases().at(index)
            : index == -1
            ? Case {"", {QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("real-init.img")},
                  QStringLiteral("info"), 0, QStringLiteral("builder-hex0")}
            : Case {"", {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("real-init.img")},
                  QStringLiteral("list"), 0, QStringLiteral("builder-hex0")};
        if (skipsDisks(c))
            QSKIP("/sys/block is not visible here");
        const QByteArray document = output(c);
        QVERIFY2(!document.isEmpty(), "no output, or not the expected exit code (see the warning)");
        const SchemaValidator::Verdict verdict = m_validator.validate(schemaPath(c.schema), document);
        QVERIFY2(verdict.errors.isEmpty(),
            qPrintable(verdict.errors.join(QLatin1Char('\n')) + QLatin1String("\n") + QString::fromUtf8(document)));
        // The envelope: "format" and "schemaVersion" first, whatever the document.
        QCOMPARE(verdict.keys.mid(0, 2), (QStringList {QStringLiteral("format"), QStringLiteral("schemaVersion")}));
        const QJsonObject root = QJsonDocument::fromJson(document).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), c.format);
        QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), 1);
    }

    // A real document, changed in one place, must be rejected: the schemas are not vacuous.
    void brokenDocumentIsRejected_data()
    {
        QTest::addColumn<QString>("source"); // the case whose output is changed
        QTest::addColumn<QString>("schema"); // empty: the case's own
        QTest::addColumn<QString>("where"); // slash-separated path; "<text>" for the text itself
        QTest::addColumn<QByteArray>("value"); // JSON text of the new value; empty: the key is removed

        const auto row = [](const char *name, const char *source, const char *where, const QByteArray &value,
                             const char *schema = "") {
            QTest::newRow(name) << QString::fromLatin1(source) << QString::fromLatin1(schema)
                                << QString::fromLatin1(where) << value;
        };
        row("no format", "info u32", "format", {});
        row("no schemaVersion", "test files", "schemaVersion", {});
        row("schemaVersion 2", "plan", "schemaVersion", "2");
        row("format of another document", "inspect tar.gz", "format", "\"lbpayload-test\"");
        row("image format on a distfile report", "inspect tar.gz", "format", "\"LBPAYLD1\"");
        row("key the schema does not know", "list u32", "comment", "\"hello\"");
        row("negative size", "list u32", "entries/0/size", "-1");
        row("list with digests", "list u32", "entries/0/sha256", QByteArray('"' + QByteArray(64, 'a') + '"'));
        row("manifest without a digest", "manifest u32", "entries/0/sha256", {});
        row("digest too short", "manifest first image", "entries/2/sha256", "\"abc\"");
        row("folder record with a digest", "manifest first image", "entries/1/sha256",
            QByteArray('"' + QByteArray(64, 'b') + '"'));
        row("hex0 record without its input", "list first image", "entries/5/argument", {});
        row("unknown record kind", "list first image", "entries/0/kind", "\"socket\"");
        row("layout u16", "info u64", "layout", "\"u16\"");
        row("unknown finding code", "info findings", "findings/0/code", "\"made-up\"");
        row("stage 2 digest in capitals", "info first image", "stage2/sha256",
            QByteArray('"' + QByteArray(64, 'A') + '"'));
        row("unknown member type", "inspect tar.gz", "report/members/0/type", "\"socket\"");
        row("members missing", "inspect tar.gz", "report/members", {});
        row("unknown kind", "inspect image", "entries/0/kind", "\"rar\"");
        row("entry report with members", "test image", "results/0/members", "[]");
        row("passed as text", "test files", "passed", "\"4\"");
        row("unknown status", "test failures", "results/0/status", "\"broken\"");
        row("imageSize as text", "disks", "imageSize", "\"big\"");
        row("disks not a list", "disks", "disks", "{}");
        row("unknown distfile status", "plan", "firstImage/distfiles/0/status", "\"gone\"");
        row("wrong checksum without the digest", "plan with distfile trouble", "externalImage/distfiles/1/actualSha256",
            "null");
        row("budget on the external image", "plan", "externalImage/budget", "{}");
        row("Fiwix figure not inferred", "plan", "firstImage/budget/fiwix/inferred", "false");
        row("not JSON", "list u32", "<cut>", {});
        row("a key twice", "info u32", "<twice>", {});
        row("list checked as info", "list u32", "", {}, "info");
        row("plan checked as test", "plan", "", {}, "test");
    }
    void brokenDocumentIsRejected()
    {
        QFETCH(QString, source);
        QFETCH(QString, schema);
        QFETCH(QString, where);
        QFETCH(QByteArray, value);
        const Case c = find(qPrintable(source));
        if (skipsDisks(c))
            QSKIP("/sys/block is not visible here");
        const QByteArray original = output(c);
        QVERIFY2(!original.isEmpty(), "no output, or not the expected exit code (see the warning)");
        const QString against = schemaPath(schema.isEmpty() ? c.schema : schema);
        // Valid as printed, so that the rejection below is the change's doing.
        QVERIFY(m_validator.validate(schemaPath(c.schema), original).errors.isEmpty());

        QByteArray broken;
        if (where == QLatin1String("<cut>")) {
            broken = original.left(original.size() / 2);
        } else if (where == QLatin1String("<twice>")) {
            broken = original;
            broken.insert(broken.indexOf('{') + 1, "\n  \"schemaVersion\": 1,");
        } else if (where.isEmpty()) {
            broken = original;
        } else {
            std::optional<QJsonValue> newValue;
            if (!value.isEmpty()) {
                const QJsonDocument parsed = QJsonDocument::fromJson("[" + value + "]");
                QVERIFY2(parsed.isArray(), value.constData());
                newValue = parsed.array().at(0);
            }
            const QJsonValue root = QJsonDocument::fromJson(original).object();
            broken = QJsonDocument(changed(root, where.split(QLatin1Char('/')), newValue).toObject()).toJson();
        }
        const SchemaValidator::Verdict verdict = m_validator.validate(against, broken);
        QVERIFY2(!verdict.errors.isEmpty(), broken.constData());
        qDebug("rejected: %s", qPrintable(verdict.errors.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestSchemas)
#include "tst_schemas.moc"
