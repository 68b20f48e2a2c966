// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// Images created from a tarball's regular members: plain tars through PayloadWriter (byte
// ranges), compressed ones streamed in two readings; both give the same image.
#include "ArchiveTestKit.h"
#include "PayloadReader.h"
#include "Sha256.h"
#include "TarImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchiveTestKit;

class TestArchiveTarImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tar;
    QMap<QString, QByteArray> m_files; // entry name -> content
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QMap<QString, QByteArray> imageContents(const QString &image, QStringList *order = nullptr)
    {
        QMap<QString, QByteArray> out;
        PayloadReader reader;
        if (!reader.open(image))
            return out;
        for (int i = 0; i < reader.entries().size(); ++i) {
            std::unique_ptr<QIODevice> dev = reader.openEntry(i);
            out.insert(reader.entries().at(i).name(), dev ? dev->readAll() : QByteArray("<unreadable>"));
            if (order)
                order->append(reader.entries().at(i).name());
        }
        return out;
    }

    QStringList strayFiles()
    {
        QStringList stray;
        const QStringList all = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &f : all)
            if (f.startsWith(QLatin1Char('.')))
                stray << f;
        return stray;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (tool(QStringLiteral("tar")).isEmpty())
            QSKIP("tar is not installed");
        // A distfiles tarball as people make them: files in folders, a folder, a link.
        m_files = {{QStringLiteral("gcc-4.0.4.tar.gz"), noise(400000, 1)},
            {QStringLiteral("UnicodeData.txt"), text(80000, 2)}, {QStringLiteral("zlib-1.2.13.tar.xz"), noise(1000, 3)},
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("a-long-file-name-") + QString(150, QLatin1Char('q')) + QStringLiteral(".tar.bz2"),
                noise(513, 4)}};
        int i = 0;
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it, ++i)
            QVERIFY(writeFile(path(QStringLiteral("tree/dir%1/").arg(i % 2) + it.key()), it.value()));
        QDir().mkpath(path(QStringLiteral("tree/emptydir")));
        QVERIFY(QFile::link(QStringLiteral("dir0/") + m_files.firstKey(), path(QStringLiteral("tree/link"))));
        m_tar = path(QStringLiteral("distfiles.tar"));
        QCOMPARE(run(QStringLiteral("tar"),
                     {QStringLiteral("--format=pax"), QStringLiteral("-cf"), m_tar, QStringLiteral(".")},
                     path(QStringLiteral("tree"))),
            0);
    }

    void importEveryCompression_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::newRow("tar") << QString();
        QTest::newRow("tar.gz") << "gz";
        QTest::newRow("tar.bz2") << "bz2";
        QTest::newRow("tar.xz") << "xz";
        QTest::newRow("tar.lzma") << "lzma";
        QTest::newRow("tar.zst") << "zst";
    }

    void importEveryCompression()
    {
        QFETCH(QString, compression);
        QString tar = m_tar;
        if (!compression.isEmpty()) {
            if (tool(compressorTool(compression)).isEmpty())
                QSKIP("compressor not installed");
            tar = m_tar + QLatin1Char('.') + compression;
            QVERIFY(compress(compression, m_tar, tar));
        }
        TarImporter importer;
        BuildOptions options;
        options.computeSha256 = true;
        QList<qint64> progress;
        JobControl control;
        control.progress = [&](qint64 done, qint64, const QString &) {
            progress << done;
        };
        const QString image = path(QStringLiteral("from-") + QFileInfo(tar).fileName() + QLatin1String(".img"));
        QVERIFY2(importer.write(tar, image, options, control), qPrintable(importer.error()));
        QCOMPARE(importer.streamedTwice(), !compression.isEmpty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(imageContents(image), m_files);
        QCOMPARE(importer.members().size(), m_files.size());
        // Folders and the link are skipped, not imported.
        QStringList skipped;
        for (const ArchiveMember &m : importer.skipped())
            skipped << m.path();
        QVERIFY2(skipped.contains(QStringLiteral("./link")), qPrintable(skipped.join(QLatin1Char(' '))));
        QVERIFY(skipped.contains(QStringLiteral("./emptydir/")));
        // The manifest describes the image, hashes included.
        QCOMPARE(importer.manifest().entries.size(), m_files.size());
        QCOMPARE(importer.manifest().imageSize, QFileInfo(image).size());
        for (const ManifestEntry &e : importer.manifest().entries)
            QCOMPARE(e.sha256, Sha256::hexOf(m_files.value(QString::fromUtf8(e.name))));

        // Both routes give the same bytes.
        if (!compression.isEmpty()) {
            const QString plain = path(QStringLiteral("from-distfiles.tar.img"));
            if (QFile::exists(plain))
                QCOMPARE(readFile(image), readFile(plain));
        }
        QVERIFY(strayFiles().isEmpty());
    }

    void sortedAndU64()
    {
        if (tool(QStringLiteral("gzip")).isEmpty())
            QSKIP("gzip is not installed");
        const QString tgz = path(QStringLiteral("sorted.tar.gz"));
        QVERIFY(compress(QStringLiteral("gz"), m_tar, tgz));
        for (const QString &source : {m_tar, tgz}) {
            TarImporter importer;
            BuildOptions options;
            options.sortByName = true;
            options.layout = PayloadFormat::Layout::U64;
            options.padTo = 4096;
            const QString image =
                path(QStringLiteral("sorted-") + QFileInfo(source).fileName() + QLatin1String(".img"));
            QVERIFY2(importer.write(source, image, options), qPrintable(importer.error()));
            QStringList order;
            QCOMPARE(imageContents(image, &order), m_files);
            QCOMPARE(order, QStringList(m_files.keys())); // QMap's order is the byte order for these ASCII names
            PayloadReader reader;
            QVERIFY(reader.open(image));
            QCOMPARE(reader.layout(), PayloadFormat::Layout::U64);
            QCOMPARE(QFileInfo(image).size() % 4096, 0);
        }
        QCOMPARE(readFile(path(QStringLiteral("sorted-distfiles.tar.img"))),
            readFile(path(QStringLiteral("sorted-sorted.tar.gz.img"))));
    }

    void duplicateNamesAreAnError()
    {
        QTemporaryDir tree;
        QVERIFY(writeFile(tree.filePath(QStringLiteral("a/config.sub")), "one"));
        QVERIFY(writeFile(tree.filePath(QStringLiteral("b/config.sub")), "two"));
        const QString tar = path(QStringLiteral("dups.tar"));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("-cf"), tar, QStringLiteral("a"), QStringLiteral("b")},
                     tree.path()),
            0);
        TarImporter importer;
        QVERIFY(!importer.scan(tar));
        QCOMPARE(importer.problems().size(), 1);
        QVERIFY(importer.problems().first().contains(QLatin1String("a/config.sub")));
        QVERIFY(importer.problems().first().contains(QLatin1String("b/config.sub")));
        const QString image = path(QStringLiteral("dups.img"));
        QVERIFY(!importer.write(tar, image, BuildOptions {}));
        QVERIFY(importer.error().contains(QLatin1String("config.sub")));
        QVERIFY(!QFile::exists(image));
    }

    void refusesWhatIsNotAnIntactTar()
    {
        TarImporter importer;
        const QString text = path(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(text, "just text"));
        QVERIFY(!importer.scan(text));
        QVERIFY(importer.error().contains(QLatin1String("not a tar")));

        if (tool(QStringLiteral("gzip")).isEmpty())
            QSKIP("gzip is not installed");
        const QString tgz = path(QStringLiteral("cut.tar.gz"));
        QVERIFY(compress(QStringLiteral("gz"), m_tar, tgz));
        QVERIFY(truncatedCopy(tgz, tgz, QFileInfo(tgz).size() - 10));
        const QString image = path(QStringLiteral("cut.img"));
        QVERIFY(!importer.write(tgz, image, BuildOptions {}));
        QVERIFY2(importer.error().contains(QLatin1String("ends before")), qPrintable(importer.error()));
        QVERIFY(!QFile::exists(image));

        // A damaged stream whose damage only shows in the checksum at its end.
        const QString bad = path(QStringLiteral("bad.tar.gz"));
        QVERIFY(compress(QStringLiteral("gz"), m_tar, bad));
        QVERIFY(corruptedCopy(bad, bad, 5000));
        QVERIFY(!importer.write(bad, image, BuildOptions {}));
        QVERIFY(!QFile::exists(image));
        QVERIFY(strayFiles().isEmpty());
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::newRow("tar") << QString();
        QTest::newRow("tar.xz") << "xz";
    }

    void cancelLeavesNothing()
    {
        QFETCH(QString, compression);
        QString tar = m_tar;
        if (!compression.isEmpty()) {
            if (tool(compressorTool(compression)).isEmpty())
                QSKIP("compressor not installed");
            tar = path(QStringLiteral("cancel.tar.") + compression);
            QVERIFY(compress(compression, m_tar, tar));
        }
        TarImporter importer;
        QVERIFY(importer.scan(tar));
        int calls = 0;
        JobControl control;
        control.progress = [&](qint64, qint64, const QString &) {
            ++calls;
        };
        control.isCanceled = [&] {
            return calls > 0;
        };
        const QString image = path(QStringLiteral("canceled.img"));
        QVERIFY(!importer.write(tar, image, BuildOptions {}, control));
        QVERIFY(importer.wasCanceled());
        QVERIFY(!QFile::exists(image));
        QVERIFY(strayFiles().isEmpty());
    }

    void existingOutputIsKept()
    {
        const QString image = path(QStringLiteral("kept.img"));
        QVERIFY(writeFile(image, "precious"));
        TarImporter importer;
        QVERIFY(!importer.write(m_tar, image, BuildOptions {}));
        QCOMPARE(readFile(image), QByteArray("precious"));
        BuildOptions overwrite;
        overwrite.overwrite = true;
        QVERIFY2(importer.write(m_tar, image, overwrite), qPrintable(importer.error()));
        QCOMPARE(imageContents(image), m_files);
    }
};

QTEST_GUILESS_MAIN(TestArchiveTarImport)
#include "tst_archive_tarimport.moc"
