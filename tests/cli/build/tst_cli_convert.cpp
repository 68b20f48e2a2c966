// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BuildPlan.h"
#include "CliTestSupport.h"
#include "PayloadWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

// lbpayload convert: the same entries in the other layout, byte for byte what an image made
// by hand holds and what the core writer makes of the same files, in both directions.
class TestCliConvert : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The core writer's image of `entries` (each written to a file first) in one layout.
    QByteArray writerImage(const QList<Entry> &entries, bool u64)
    {
        const QString folder = path(QStringLiteral("writer-sources"));
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        QList<BuildEntry> plan;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString source = QDir(folder).filePath(QString::number(i));
            if (!writeFile(source, entries.at(i).data))
                return {};
            plan << BuildEntry::fromFile(source, entries.at(i).name);
        }
        BuildOptions options;
        options.layout = u64 ? PayloadFormat::Layout::U64 : PayloadFormat::Layout::U32;
        options.allowImporterViolations = true;
        options.overwrite = true;
        BuildPlan buildPlan(plan, options);
        PayloadWriter writer;
        const QString out = path(QStringLiteral("writer.img"));
        if (!writer.write(buildPlan, out)) {
            qWarning() << writer.error();
            return {};
        }
        return readFile(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
    }

    void byteExact_data()
    {
        QTest::addColumn<QList<Entry>>("entries");
        QTest::addColumn<bool>("fromU64");
        QTest::addColumn<bool>("toU64");
        const QList<std::pair<const char *, QList<Entry>>> sets = {
            {"no entries", {}},
            {"one entry", {{"gcc-13.2.0.tar.xz", QByteArray(70000, 'g')}}},
            {"several", {{"a.txt", "alpha\n"}, {"empty", ""}, {"\xc3\xa9t\xc3\xa9", "summer"}, {"z", "zz"}}},
            // Carried over as they are, even what the importer would refuse.
            {"odd names", {{"\xff\xfe", "not UTF-8"}, {"dir/x", "slash"}, {"dup", "1"}, {"dup", "2"}}},
        };
        for (const auto &[name, entries] : sets) {
            QTest::addRow("%s, u32 to u64", name) << entries << false << true;
            QTest::addRow("%s, u64 to u32", name) << entries << true << false;
            QTest::addRow("%s, u64 to u64", name) << entries << true << true;
        }
    }

    void byteExact()
    {
        QFETCH(QList<Entry>, entries);
        QFETCH(bool, fromU64);
        QFETCH(bool, toU64);
        const QString in = path(QStringLiteral("in.img"));
        const QString out = path(QStringLiteral("out.img"));
        QVERIFY(writeFile(in, image(fromU64, entries)));
        QFile::remove(out);
        const Result r = run({QStringLiteral("convert"), QStringLiteral("--layout"),
            toU64 ? QStringLiteral("u64") : QStringLiteral("u32"), QStringLiteral("-o"), out, in});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray());
        const QByteArray converted = readFile(out);
        QCOMPARE(converted, image(toU64, entries));
        QCOMPARE(converted, writerImage(entries, toU64));
    }

    void trailingBytesAreDropped()
    {
        const QList<Entry> entries = {{"a", "1"}};
        const QString in = path(QStringLiteral("trailing.img"));
        QVERIFY(writeFile(in, image(false, entries) + QByteArray(100, '\0')));
        const QString out = path(QStringLiteral("trailing64.img"));
        const Result r =
            run({QStringLiteral("convert"), QStringLiteral("--layout=u64"), QStringLiteral("-o"), out, in});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("trailing.img: the 100 bytes after the last entry are not carried over"));
        QCOMPARE(readFile(out), image(true, entries));
    }

    void padding()
    {
        const QList<Entry> entries = {{"a", "1"}};
        const QString in = path(QStringLiteral("pad.img"));
        QVERIFY(writeFile(in, image(true, entries)));
        const QString out = path(QStringLiteral("pad32.img"));
        const Result r = run({QStringLiteral("convert"), QStringLiteral("--layout"), QStringLiteral("u32"),
            QStringLiteral("--pad"), QStringLiteral("512"), QStringLiteral("-o"), out, in});
        QCOMPARE(r.exitCode, 0);
        const QByteArray expected = image(false, entries);
        QCOMPARE(readFile(out), expected + QByteArray(512 - expected.size(), '\0'));
    }

    void existingOutput()
    {
        const QString in = path(QStringLiteral("src.img"));
        const QString out = path(QStringLiteral("taken.img"));
        QVERIFY(writeFile(in, image(false, {{"a", "1"}})));
        QVERIFY(writeFile(out, "precious"));
        Result r = run({QStringLiteral("convert"), QStringLiteral("--layout"), QStringLiteral("u64"),
            QStringLiteral("-o"), out, in});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines(),
            QList<QByteArray> {"lbpayload: " + QFile::encodeName(out) + ": exists; use --force to replace it"});
        QCOMPARE(readFile(out), QByteArray("precious"));
        r = run({QStringLiteral("convert"), QStringLiteral("--force"), QStringLiteral("--layout"),
            QStringLiteral("u64"), QStringLiteral("-o"), out, in});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(out), image(true, {{"a", "1"}}));
    }

    // An entry of 4 GiB cannot be written in the u32 layout: refused before writing.
    void tooLargeForU32()
    {
        const QString in = path(QStringLiteral("huge64.img"));
        const QByteArray head =
            QByteArray("LBPAYLD1") + field(true, 1) + field(true, 8) + field(true, 4LL << 30) + "huge.bin";
        QVERIFY(writeFile(in, head));
        {
            QFile file(in);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(head.size() + (4LL << 30))); // sparse
        }
        const QString out = path(QStringLiteral("huge32.img"));
        const Result r = run({QStringLiteral("convert"), QStringLiteral("--layout"), QStringLiteral("u32"),
            QStringLiteral("-o"), out, in});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("entry 0 \"huge.bin\"") && r.err.contains("4294967296 bytes do not fit the u32 layout"),
            r.err.constData());
        QVERIFY(!QFile::exists(out));
        for (const QString &name : listFolder(m_dir.path()))
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
        QFile::remove(in);
    }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "tst_cli_convert.moc"
