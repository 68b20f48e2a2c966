// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

// lbpayload build-first-image: its exit codes (0 built, 1 refused by findings, 2 usage, 3 I/O),
// the summary, and that a refusal or a failure leaves no file and an existing one untouched.
// The bytes themselves are the core suite's (tst_firstimage_writer).
class TestCliBuildFirstImage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A checkout-like layout under `root`: builder-hex0/ with a 512-byte stage 1 ending 55 AA,
    // and target/init/ with a few files and the Fiwix hand-off script.
    bool makeCheckout(const QString &root)
    {
        QByteArray stage1 = "# test sector\n";
        for (int i = 0; i < 510; ++i)
            stage1 += "90 ";
        stage1 += "\n55 AA\n";
        return writeFile(root + QStringLiteral("/builder-hex0/builder-hex0-x86-stage1.hex0"), stage1) &&
            writeFile(root + QStringLiteral("/builder-hex0/builder-hex0-x86-stage2.hex0"), "# stage 2\nC3\n") &&
            writeFile(root + QStringLiteral("/target/init/seed.kaem"), "seed\n") &&
            writeFile(root + QStringLiteral("/target/init/steps/jump/fiwix.sh"),
                "set -ex\nmake_fiwix_initrd -s 1381376 /boot/fiwix.ext2\n");
    }
    static bool writeFile(const QString &file, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        return CliTest::writeFile(file, bytes);
    }
    Result build(const QStringList &arguments)
    {
        return run(QStringList {QStringLiteral("build-first-image")} + arguments, RunOptions {m_dir.path()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCheckout(path(QStringLiteral("co"))));
        QVERIFY(makeCheckout(path(QStringLiteral("deep"))));
        // A path of over 1 KiB: builder-hex0 cannot hold its name.
        QString deep = path(QStringLiteral("deep/target/init"));
        for (int i = 0; i < 5; ++i)
            deep += QLatin1Char('/') + QString(250, QChar(char16_t(u'a' + i)));
        QVERIFY(writeFile(deep + QStringLiteral("/f"), "x"));
        QVERIFY(writeFile(path(QStringLiteral("lone/init/f")), "x"));
        QVERIFY(makeCheckout(path(QStringLiteral("big"))));
        QVERIFY(writeFile(path(QStringLiteral("big/target/init/blob")), QByteArray(1536 * 1024, 'b')));
    }

    void buildsAndSummarises()
    {
        const Result r = build({QStringLiteral("-o"), QStringLiteral("ok.img"), QStringLiteral("co/target/init")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray image = readFile(path(QStringLiteral("ok.img")));
        QCOMPARE(image.size(), 1024 * 1024);
        QCOMPARE(image.mid(510, 2), QByteArray("\x55\xAA"));
        QCOMPARE(image.mid(512, 10), QByteArray("# stage 2\n"));
        QCOMPARE(image.mid(1024, 8), QByteArray("src 0 .\n"));
        QCOMPARE(r.out, QByteArray());
        const QString err = QString::fromUtf8(r.err);
        // Records: ., seed.kaem, steps, steps/jump, fiwix.sh and the tail's 7.
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("12 record.*2 files, 6 folders"))), r.err.constData());
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("1,?048,?576 bytes in all"))), r.err.constData());
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("budget: 11 of 14,?332 files"))), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("Fiwix hand-off (inferred)")), r.err.constData());
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("1,?381,?376 KiB"))), r.err.constData());

        const Result quiet = build({QStringLiteral("-q"), QStringLiteral("--overwrite"), QStringLiteral("-o"),
            QStringLiteral("ok.img"), QStringLiteral("co/target/init")});
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.err, QByteArray());
        QCOMPARE(readFile(path(QStringLiteral("ok.img"))), image);
    }

    void targetSize()
    {
        const Result r = build({QStringLiteral("-o"), QStringLiteral("big.img"), QStringLiteral("--target-size"),
            QStringLiteral("3"), QStringLiteral("co/target/init")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QFileInfo(path(QStringLiteral("big.img"))).size(), 3 * 1024 * 1024);
    }

    void refusedByFindings()
    {
        const Result r =
            build({QStringLiteral("-o"), QStringLiteral("refused.img"), QStringLiteral("deep/target/init")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("[name-too-long]"), r.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("refused.img"))));

        const Result forced = build({QStringLiteral("-o"), QStringLiteral("refused.img"), QStringLiteral("--force"),
            QStringLiteral("deep/target/init")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY2(forced.err.contains("[name-too-long]"), forced.err.constData());
        QVERIFY(QFileInfo::exists(path(QStringLiteral("refused.img"))));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString folder = QStringLiteral("co/target/init");
        QTest::newRow("no output") << QStringList {folder};
        QTest::newRow("no folder") << QStringList {QStringLiteral("-o"), QStringLiteral("u.img")};
        QTest::newRow("two folders") << QStringList {QStringLiteral("-o"), QStringLiteral("u.img"), folder, folder};
        QTest::newRow("target size not a number") << QStringList {QStringLiteral("-o"), QStringLiteral("u.img"),
            QStringLiteral("--target-size"), QStringLiteral("4G"), folder};
        QTest::newRow("target size zero") << QStringList {QStringLiteral("-o"), QStringLiteral("u.img"),
            QStringLiteral("--target-size"), QStringLiteral("0"), folder};
        QTest::newRow("folder is a file")
            << QStringList {QStringLiteral("-o"), QStringLiteral("u.img"), QStringLiteral("co/target/init/seed.kaem")};
        QTest::newRow("unknown option") << QStringList {
            QStringLiteral("-o"), QStringLiteral("u.img"), QStringLiteral("--pad"), QStringLiteral("1M"), folder};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result r = build(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("u.img"))));
    }

    void ioErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("output exists") << QStringList {QStringLiteral("-o"), QStringLiteral("taken.img"),
                                              QStringLiteral("co/target/init")}
                                       << QStringLiteral("--overwrite");
        QTest::newRow("no builder-hex0 found")
            << QStringList {QStringLiteral("-o"), QStringLiteral("io.img"), QStringLiteral("lone/init")}
            << QStringLiteral("builder-hex0/builder-hex0-x86-stage1.hex0");
        QTest::newRow("builder-hex0 folder without it")
            << QStringList {QStringLiteral("-o"), QStringLiteral("io.img"), QStringLiteral("--builder-hex0"),
                   QStringLiteral("lone"), QStringLiteral("co/target/init")}
            << QStringLiteral("builder-hex0-x86-stage1.hex0");
        QTest::newRow("target size too small")
            << QStringList {QStringLiteral("-o"), QStringLiteral("io.img"), QStringLiteral("--target-size"),
                   QStringLiteral("1"), QStringLiteral("big/target/init")}
            << QStringLiteral("smaller");
        QTest::newRow("output folder missing")
            << QStringList {QStringLiteral("-o"), QStringLiteral("nowhere/io.img"), QStringLiteral("co/target/init")}
            << QStringLiteral("does not exist");
    }
    void ioErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QVERIFY(writeFile(path(QStringLiteral("taken.img")), "precious"));
        const Result r = build(arguments);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(readFile(path(QStringLiteral("taken.img"))), QByteArray("precious"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("io.img"))));
    }
};

QTEST_GUILESS_MAIN(TestCliBuildFirstImage)
#include "tst_cli_build_first_image.moc"
