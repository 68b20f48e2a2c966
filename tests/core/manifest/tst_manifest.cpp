// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Manifest.h"
#include "PayloadReader.h"
#include "TestImage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestManifest : public QObject
{
    Q_OBJECT

private:
    static Manifest sample()
    {
        Manifest m;
        m.layout = PayloadFormat::Layout::U64;
        m.imageSize = 1234;
        m.entries = {{"a.tar.gz", 10, 40, QByteArray(64, 'a')},
                     {"tab\tand\\slash", 0, 66, QByteArray(64, 'b')},
                     {"gr\xc3\xbc\xc3\x9f" "e.txt", 5, 90, {}}};
        return m;
    }

private Q_SLOTS:
    void jsonFollowsTheDocumentedSchema()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(sample().toBytes(Manifest::Format::Json));
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("LBPAYLD1"));
        QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("layout")).toString(), QStringLiteral("u64"));
        QCOMPARE(root.value(QLatin1String("count")).toInt(), 3);
        QCOMPARE(root.value(QLatin1String("imageSize")).toInteger(), 1234);
        QCOMPARE(root.value(QLatin1String("payloadBytes")).toInteger(), 15);
        const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject second = entries.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("index")).toInt(), 1);
        QCOMPARE(second.value(QLatin1String("name")).toString(), QStringLiteral("tab\tand\\slash"));
        QCOMPARE(second.value(QLatin1String("size")).toInteger(), 0);
        QCOMPARE(second.value(QLatin1String("dataOffset")).toInteger(), 66);
        QCOMPARE(second.value(QLatin1String("sha256")).toString(), QString(64, QLatin1Char('b')));
        QCOMPARE(entries.at(2).toObject().value(QLatin1String("name")).toString(), QStringLiteral("grüße.txt"));
        QVERIFY(!entries.at(2).toObject().contains(QLatin1String("sha256")));
    }

    void emptyManifestIsValidJson()
    {
        Manifest m;
        m.layout = PayloadFormat::Layout::U32;
        m.imageSize = 12;
        const QJsonDocument doc = QJsonDocument::fromJson(m.toBytes(Manifest::Format::Json));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QLatin1String("entries")).toArray().size(), 0);
    }

    void tsvAndSha256sumAreExact()
    {
        const Manifest m = sample();
        QCOMPARE(m.toBytes(Manifest::Format::Tsv),
                 QByteArray("index\tname\tsize\tdata_offset\tsha256\n"
                            "0\ta.tar.gz\t10\t40\t" + QByteArray(64, 'a') + "\n"
                            "1\ttab\\tand\\\\slash\t0\t66\t" + QByteArray(64, 'b') + "\n"
                            "2\tgr\xc3\xbc\xc3\x9f" "e.txt\t5\t90\t\n"));
        // Entries without a hash have nothing to say in sha256sum format; escaped names get
        // coreutils' leading backslash.
        QCOMPARE(m.toBytes(Manifest::Format::Sha256Sum),
                 QByteArray(QByteArray(64, 'a') + "  a.tar.gz\n" + "\\" + QByteArray(64, 'b') + "  tab\tand\\\\slash\n"));
    }

    void parsesAllThreeFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json") << int(Manifest::Format::Json);
        QTest::newRow("tsv") << int(Manifest::Format::Tsv);
        QTest::newRow("sha256sum") << int(Manifest::Format::Sha256Sum);
    }

    void parsesAllThreeFormats()
    {
        QFETCH(int, format);
        const Manifest original = sample();
        Manifest parsed;
        QString error;
        QVERIFY2(Manifest::parse(original.toBytes(Manifest::Format(format)), &parsed, &error), qPrintable(error));
        const bool hashesOnly = Manifest::Format(format) == Manifest::Format::Sha256Sum;
        QCOMPARE(parsed.entries.size(), hashesOnly ? 2 : 3);
        for (int i = 0; i < parsed.entries.size(); ++i) {
            QCOMPARE(parsed.entries.at(i).name, original.entries.at(i).name);
            QCOMPARE(parsed.entries.at(i).sha256, original.entries.at(i).sha256);
            if (!hashesOnly)
                QCOMPARE(parsed.entries.at(i).size, original.entries.at(i).size);
        }
    }

    void rejectsWhatIsNoManifest_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken json") << QByteArray("{\"format\": ") << QStringLiteral("not a JSON manifest");
        QTest::newRow("other json") << QByteArray("{\"format\": \"zip\"}") << QStringLiteral("not a payload manifest");
        QTest::newRow("short digest") << QByteArray("abc  file\n") << QStringLiteral("line 1");
        QTest::newRow("bad tsv") << QByteArray("index\tname\tsize\tdata_offset\tsha256\n0\tx\n") << QStringLiteral("line 2");
    }

    void rejectsWhatIsNoManifest()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        Manifest m;
        QString error;
        QVERIFY(!Manifest::parse(text, &m, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void fromReaderMatchesTheImage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.img"));
        TestImage::writeFile(path, TestImage::assemble(false, TestImage::sample()));
        PayloadReader reader;
        QVERIFY(reader.open(path));
        const Manifest m = Manifest::fromReader(reader);
        QCOMPARE(m.layout, std::optional<PayloadFormat::Layout>(PayloadFormat::Layout::U32));
        QCOMPARE(m.imageSize, QFileInfo(path).size());
        QCOMPARE(m.entries.size(), 3);
        QCOMPARE(m.entries.at(2).dataOffset, reader.entries().at(2).dataOffset);
    }

    void savesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY(sample().save(path, Manifest::Format::Json, &error));
        Manifest loaded;
        QVERIFY(Manifest::load(path, &loaded, &error));
        QCOMPARE(loaded.entries.size(), 3);
        QVERIFY(!sample().save(dir.filePath(QStringLiteral("missing/dir/out.json")), Manifest::Format::Json, &error));
        QVERIFY(error.contains(QLatin1String("missing/dir/out.json")));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
