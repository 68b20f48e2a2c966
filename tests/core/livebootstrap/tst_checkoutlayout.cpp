// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutFixture.h"
#include "CheckoutLayout.h"

#include <QTemporaryDir>
#include <QTest>

using Layout = PayloadFormat::Layout;
using Source = CheckoutLayout::Source;

// Which layout a checkout's importer reads, and where it says so (FORMAT.md, last section):
// the importer decides, the generator answers only when there is no importer, and a checkout
// with neither gives u32 by default. Every checkout here is written by the test.
class TestCheckoutLayout : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const CheckoutLayout &layout)
    {
        QStringList out;
        for (const CheckoutLayout::Finding &f : layout.findings())
            out << CheckoutLayout::Finding::codeKey(f.code);
        return out;
    }

private Q_SLOTS:
    void fromCheckout_data()
    {
        QTest::addColumn<QString>("importer"); // "", "u32", "u64", "u32 both", "u64 both"
        QTest::addColumn<QString>("generator"); // "", "u32", "u64"
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("findings");

        QTest::newRow("neither: default u32") << ""
                                              << ""
                                              << "u32"
                                              << "default" << QStringList {};
        QTest::newRow("importer reads 4-byte fields") << "u32"
                                                      << ""
                                                      << "u32"
                                                      << "importer" << QStringList {};
        QTest::newRow("importer reads 8-byte fields") << "u64"
                                                      << ""
                                                      << "u64"
                                                      << "importer" << QStringList {};
        QTest::newRow("generator only, u32") << ""
                                             << "u32"
                                             << "u32"
                                             << "generator" << QStringList {};
        QTest::newRow("generator only, u64") << ""
                                             << "u64"
                                             << "u64"
                                             << "generator" << QStringList {};
        QTest::newRow("both agree") << "u64"
                                    << "u64"
                                    << "u64"
                                    << "importer" << QStringList {};
        QTest::newRow("importer u64, generator u32: the importer decides")
            << "u64"
            << "u32"
            << "u64"
            << "importer" << QStringList {QStringLiteral("importer-generator-disagree")};
        QTest::newRow("importer u32, generator u64: the importer decides")
            << "u32"
            << "u64"
            << "u32"
            << "importer" << QStringList {QStringLiteral("importer-generator-disagree")};
        // Defining (or declaring, or naming in a comment) the other helper is no evidence.
        QTest::newRow("defines both helpers, reads u64") << "u64 both"
                                                         << ""
                                                         << "u64"
                                                         << "importer" << QStringList {};
        QTest::newRow("declares both helpers, reads u32") << "u32 both"
                                                          << ""
                                                          << "u32"
                                                          << "importer" << QStringList {};
    }

    void fromCheckout()
    {
        QFETCH(QString, importer);
        QFETCH(QString, generator);
        QFETCH(QString, layout);
        QFETCH(QString, source);
        QFETCH(QStringList, findings);
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        const bool importerU64 = importer.startsWith(QLatin1String("u64"));
        if (!importer.isEmpty())
            fixture.setImporter(importerU64, QStringLiteral("1.0"), importer.endsWith(QLatin1String("both")));
        if (!generator.isEmpty())
            fixture.setGenerator(generator == QLatin1String("u64"));

        const CheckoutLayout result = CheckoutLayout::read(fixture.root());
        QCOMPARE(PayloadFormat::layoutName(result.layout()), layout);
        QCOMPARE(CheckoutLayout::sourceKey(result.source()), source);
        QCOMPARE(codes(result), findings);
        QCOMPARE(result.isKnown(), source != QLatin1String("default"));

        // The evidence names the file, the line and its text exactly.
        if (!importer.isEmpty()) {
            QVERIFY(result.importer());
            const QByteArray text =
                CheckoutFixture::importerSource(importerU64, importer.endsWith(QLatin1String("both")));
            QCOMPARE(result.importer()->file, CheckoutFixture::importerPath());
            QCOMPARE(result.importer()->text.toUtf8(), CheckoutFixture::importerCountLine(importerU64));
            QCOMPARE(result.importer()->line,
                CheckoutFixture::lineOf(text, CheckoutFixture::importerCountLine(importerU64)));
        }
        if (!generator.isEmpty()) {
            const bool u64 = generator == QLatin1String("u64");
            QVERIFY(result.generator());
            QCOMPARE(result.generator()->file, QStringLiteral("lib/generator.py"));
            QCOMPARE(result.generator()->text.toUtf8(), CheckoutFixture::generatorCountLine(u64));
            QCOMPARE(result.generator()->line,
                CheckoutFixture::lineOf(
                    CheckoutFixture::generatorSource(u64), CheckoutFixture::generatorCountLine(u64)));
        }
        if (result.evidence())
            QCOMPARE(result.evidence()->file,
                source == QLatin1String("importer") ? CheckoutFixture::importerPath()
                                                    : QStringLiteral("lib/generator.py"));
        else
            QCOMPARE(result.describeSource(), QStringLiteral("the checkout does not say; u32 assumed"));

        // A disagreement names both files and both lines.
        for (const CheckoutLayout::Finding &f : result.findings()) {
            QCOMPARE(f.file, CheckoutFixture::importerPath());
            QVERIFY2(f.message.contains(
                         CheckoutFixture::importerPath() + QLatin1Char(':') + QString::number(result.importer()->line)),
                qPrintable(f.message));
            QVERIFY2(f.message.contains(QStringLiteral("lib/generator.py:%1").arg(result.generator()->line)),
                qPrintable(f.message));
        }
    }

    // judge() on texts: what decides and what does not.
    void judgeTexts_data()
    {
        QTest::addColumn<QByteArray>("importer");
        QTest::addColumn<QString>("layout"); // "" for no answer
        QTest::addColumn<QStringList>("findings");

        QTest::newRow("helpers only in comments")
            << QByteArray("// count = read_u64le(buf);\n/* size = read_u32le(hdr); */\nint main(void) { return 0; }\n")
            << "" << QStringList {};
        QTest::newRow("a prefixed helper is another function")
            << QByteArray("uint64_t count = xx_read_u64le(buf);\n") << "" << QStringList {};
        QTest::newRow("field reads of both widths") << QByteArray("count = read_u32le(buf);\nsize = read_u64le(hdr);\n")
                                                    << "" << QStringList {QStringLiteral("importer-ambiguous")};
        QTest::newRow("a call through a wrapper, no field named")
            << QByteArray("static int get(FILE *f, uint64_t *v) { unsigned char b[8]; fread(b, 1, 8, f); *v = "
                          "read_u64le(b); return 0; }\n")
            << "u64" << QStringList {};
        QTest::newRow("a string holding // starts no comment")
            << QByteArray("const char *s = \"//\"; count = read_u64le(buf);\n") << "u64" << QStringList {};
    }

    void judgeTexts()
    {
        QFETCH(QByteArray, importer);
        QFETCH(QString, layout);
        QFETCH(QStringList, findings);
        const CheckoutLayout result =
            CheckoutLayout::judge(importer, QStringLiteral("payload-import.c"), std::nullopt, QString());
        QCOMPARE(result.isKnown(), !layout.isEmpty());
        if (!layout.isEmpty())
            QCOMPARE(PayloadFormat::layoutName(result.layout()), layout);
        else
            QCOMPARE(result.layout(), Layout::U32);
        QCOMPARE(codes(result), findings);
    }

    void highestImporterVersionIsJudged()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        fixture.setImporter(false, QStringLiteral("1.9"));
        fixture.setImporter(true, QStringLiteral("1.10"));
        const CheckoutLayout result = CheckoutLayout::read(fixture.root());
        QCOMPARE(result.layout(), Layout::U64);
        QCOMPARE(result.importer()->file, CheckoutFixture::importerPath(QStringLiteral("1.10")));
        QCOMPARE(codes(result), QStringList {QStringLiteral("several-importers")});
    }

    void oversizedSourceIsNotRead()
    {
        QTemporaryDir dir;
        CheckoutFixture fixture(dir.path());
        QByteArray text = CheckoutFixture::importerSource(true);
        text += QByteArray(CheckoutLayout::MaxSourceBytes, '\n');
        fixture.put(CheckoutFixture::importerPath(), text);
        fixture.setGenerator(false);
        const CheckoutLayout result = CheckoutLayout::read(fixture.root());
        QCOMPARE(result.source(), Source::Generator);
        QCOMPARE(result.layout(), Layout::U32);
        QCOMPARE(codes(result), QStringList {QStringLiteral("source-too-large")});
    }
};

QTEST_GUILESS_MAIN(TestCheckoutLayout)
#include "tst_checkoutlayout.moc"
