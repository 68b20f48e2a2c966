// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// Image entries exported to tar (plain, gz, bz2, xz, zst) with KTar: read back by the system's
// tar and by the integrity test, reproducible, atomic, with KArchive's limits refused up front.
#include "ArchiveTestKit.h"
#include "BuildPlan.h"
#include "IntegrityTester.h"
#include "PayloadFormat.h"
#include "PayloadReader.h"
#include "PayloadWriter.h"
#include "TarExporter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>

using namespace ArchiveTestKit;
using Compression = TarExporter::Compression;

Q_DECLARE_METATYPE(TarExporter::Compression)

class TestArchiveTarExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image;
    QStringList m_names;
    QList<QByteArray> m_contents;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList tarList(const QString &file, QByteArray *err = nullptr)
    {
        const QString listing = path(QStringLiteral("listing.txt"));
        if (run(QStringLiteral("tar"), {QStringLiteral("-tf"), file}, {}, {}, listing, err) != 0)
            return {QStringLiteral("<tar failed>")};
        QStringList out = QString::fromUtf8(readFile(listing)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return out;
    }

    // Files in the folder other than the given ones (temporary leftovers).
    QStringList strayFiles(const QStringList &known)
    {
        QStringList stray;
        const QStringList all = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &f : all)
            if (!known.contains(f) && f.startsWith(QLatin1Char('.')))
                stray << f;
        return stray;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (tool(QStringLiteral("tar")).isEmpty())
            QSKIP("tar is not installed");
        m_names = {QStringLiteral("gcc-4.0.4.tar.gz"), QStringLiteral("UnicodeData.txt"),
            QStringLiteral("a-name-longer-than-the-hundred-bytes-a-ustar-header-holds-") +
                QString(60, QLatin1Char('n')) + QStringLiteral(".tar.xz"),
            QStringLiteral("caf\u00e9-\u4e2d.txt"), QStringLiteral("empty")};
        m_contents = {noise(300000, 1), text(123457, 2), noise(5000, 3), text(10, 4), QByteArray()};
        QStringList files;
        QDir().mkpath(path(QStringLiteral("src")));
        for (int i = 0; i < m_names.size(); ++i) {
            const QString f = path(QStringLiteral("src/") + m_names.at(i));
            QVERIFY(writeFile(f, m_contents.at(i)));
            files << f;
        }
        m_image = path(QStringLiteral("payload.img"));
        QVERIFY(makeImage(m_image, files));
    }

    // Each output name with the system tool its read-back needs (none for a plain tar).
    static QList<std::pair<QString, QString>> outputs()
    {
        return {{QStringLiteral("out.tar"), QString()}, {QStringLiteral("out.tar.gz"), QStringLiteral("gzip")},
            {QStringLiteral("out.tgz"), QStringLiteral("gzip")},
            {QStringLiteral("out.tar.bz2"), QStringLiteral("bzip2")},
            {QStringLiteral("out.tar.xz"), QStringLiteral("xz")},
            {QStringLiteral("out.tar.zst"), QStringLiteral("zstd")}};
    }

    void exportAndReadBack_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("needs");
        for (const auto &[output, needs] : outputs())
            QTest::newRow(qPrintable(output.mid(4))) << output << needs;
    }

    void exportAndReadBack()
    {
        QFETCH(QString, output);
        QFETCH(QString, needs);
        if (!needs.isEmpty() && tool(needs).isEmpty())
            QSKIP(qPrintable(needs + QLatin1String(" is not installed")));
        PayloadReader reader;
        QVERIFY(reader.open(m_image));
        const std::optional<Compression> compression = TarExporter::compressionForFileName(output);
        QVERIFY(compression.has_value());
        TarExporter exporter;
        TarExporter::Options options;
        options.compression = *compression;
        options.mtime = 1600000000;
        QList<qint64> progress;
        JobControl control;
        control.progress = [&](qint64 done, qint64, const QString &) {
            progress << done;
        };
        const QString out = path(output);
        QVERIFY2(exporter.exportImage(reader, out, options, control), qPrintable(exporter.error()));
        QCOMPARE(exporter.memberCount(), m_names.size());
        QCOMPARE(exporter.outputSize(), QFileInfo(out).size());
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), reader.payloadBytes());
        QVERIFY(strayFiles({}).isEmpty());

        // GNU tar lists the members and gives back every byte.
        QByteArray err;
        QCOMPARE(tarList(out, &err), m_names);
        QVERIFY2(err.isEmpty(), err.constData()); // no "lone zero block" or similar warning
        // One extraction of the whole archive, then every member's bytes compared.
        const QString unpacked = path(QStringLiteral("unpacked-") + output);
        QVERIFY(QDir().mkpath(unpacked));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("-xf"), out, QStringLiteral("-C"), unpacked}), 0);
        for (int i = 0; i < m_names.size(); ++i) {
            const QString member = unpacked + QLatin1Char('/') + m_names.at(i);
            QVERIFY2(QFileInfo(member).isFile(), qPrintable(member)); // the empty one too
            QCOMPARE(readFile(member), m_contents.at(i));
        }
        const QString verbose = path(QStringLiteral("verbose.txt"));
        QCOMPARE(
            run(QStringLiteral("tar"), {QStringLiteral("--utc"), QStringLiteral("-tvf"), out}, {}, {}, verbose), 0);
        QVERIFY2(readFile(verbose).contains("-rw-r--r-- root/root"), readFile(verbose).constData());
        QVERIFY(readFile(verbose).contains("2020-09-13"));

        // The integrity test agrees: complete, with its end-of-archive blocks.
        const ArchiveReport r = IntegrityTester::testFile(out);
        QVERIFY2(r.passed(), qPrintable(r.summary()));
        QVERIFY(r.findings.isEmpty());
        QCOMPARE(r.memberCount, m_names.size());
    }

    // The same image gives the same bytes (gzip's header time included), also a second later:
    // every kind is exported, then once the clock has moved on to the next second, again. One
    // wait for all kinds instead of a second's sleep for each.
    void sameBytesASecondLater()
    {
        PayloadReader reader;
        QVERIFY(reader.open(m_image));
        TarExporter exporter;
        TarExporter::Options options;
        options.mtime = 1600000000;
        QStringList names;
        for (const auto &[output, needs] : outputs())
            if (needs.isEmpty() || !tool(needs).isEmpty())
                names << output;
        QVERIFY(QDir().mkpath(path(QStringLiteral("first"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("again"))));
        for (const QString &output : std::as_const(names)) {
            options.compression = *TarExporter::compressionForFileName(output);
            QVERIFY2(exporter.exportImage(reader, path(QStringLiteral("first/") + output), options),
                qPrintable(exporter.error()));
        }
        // Every first export was stamped at or before this second; every second one is after it.
        const qint64 firstDone = QDateTime::currentSecsSinceEpoch();
        while (QDateTime::currentSecsSinceEpoch() <= firstDone)
            QThread::msleep(5);
        for (const QString &output : std::as_const(names)) {
            options.compression = *TarExporter::compressionForFileName(output);
            QVERIFY2(exporter.exportImage(reader, path(QStringLiteral("again/") + output), options),
                qPrintable(exporter.error()));
            QCOMPARE(
                readFile(path(QStringLiteral("again/") + output)), readFile(path(QStringLiteral("first/") + output)));
        }
    }

    void folderAndSubset()
    {
        PayloadReader reader;
        QVERIFY(reader.open(m_image));
        TarExporter exporter;
        TarExporter::Options options;
        options.folder = QStringLiteral("distfiles");
        options.indices = {3, 0};
        options.mtime = 0;
        const QString out = path(QStringLiteral("subset.tar"));
        QVERIFY2(exporter.exportImage(reader, out, options), qPrintable(exporter.error()));
        QCOMPARE(tarList(out),
            (QStringList {QStringLiteral("distfiles/"), QStringLiteral("distfiles/") + m_names.at(3),
                QStringLiteral("distfiles/") + m_names.at(0)}));

        options.folder = QStringLiteral("../up");
        QVERIFY(!exporter.exportImage(reader, path(QStringLiteral("up.tar")), options));
        QVERIFY(!QFile::exists(path(QStringLiteral("up.tar"))));
        options.folder.clear();
        options.indices = {7};
        QVERIFY(!exporter.exportImage(reader, path(QStringLiteral("bad-index.tar")), options));
    }

    void neverReplacesUnlessAsked()
    {
        PayloadReader reader;
        QVERIFY(reader.open(m_image));
        const QString out = path(QStringLiteral("existing.tar"));
        QVERIFY(writeFile(out, "keep me"));
        TarExporter exporter;
        TarExporter::Options options;
        QVERIFY(!exporter.exportImage(reader, out, options));
        QVERIFY(exporter.error().contains(QLatin1String("exists")));
        QCOMPARE(readFile(out), QByteArray("keep me"));
        options.overwrite = true;
        QVERIFY2(exporter.exportImage(reader, out, options), qPrintable(exporter.error()));
        QCOMPARE(tarList(out), m_names);
    }

    void cancelLeavesNothing()
    {
        PayloadReader reader;
        QVERIFY(reader.open(m_image));
        const QString out = path(QStringLiteral("canceled.tar.gz"));
        TarExporter exporter;
        TarExporter::Options options;
        options.compression = Compression::Gzip;
        JobControl control;
        int calls = 0;
        control.progress = [&](qint64, qint64, const QString &) {
            ++calls;
        };
        control.isCanceled = [&] {
            return calls > 0;
        };
        QVERIFY(!exporter.exportImage(reader, out, options, control));
        QVERIFY(exporter.wasCanceled());
        QVERIFY(!QFile::exists(out));
        QVERIFY2(strayFiles({}).isEmpty(), qPrintable(strayFiles({}).join(QLatin1Char(' '))));
    }

    // KTar writes sizes as 11 octal digits: an entry of 8 GiB is refused before anything is
    // written. The image is sparse, so the test stays fast and small on disk.
    void refusesWhatKTarCannotWrite()
    {
        const QString image = path(QStringLiteral("huge.img"));
        {
            const PayloadFormat::Layout layout = PayloadFormat::Layout::U64;
            const QByteArray name("huge.bin");
            QByteArray head(PayloadFormat::imageHeaderSize(layout) + PayloadFormat::entryHeaderSize(layout), '\0');
            std::memcpy(head.data(), PayloadFormat::Magic, 8);
            PayloadFormat::writeField(head.data() + 8, layout, 1);
            PayloadFormat::writeField(head.data() + 16, layout, quint64(name.size()));
            PayloadFormat::writeField(head.data() + 24, layout, quint64(TarExporter::MaxMemberSize + 1));
            head += name;
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(head), head.size());
            QVERIFY(f.resize(head.size() + TarExporter::MaxMemberSize + 1));
        }
        PayloadReader reader;
        QVERIFY2(reader.open(image), qPrintable(reader.errorString()));
        TarExporter exporter;
        const QString out = path(QStringLiteral("huge.tar"));
        QVERIFY(!exporter.exportImage(reader, out, TarExporter::Options {}));
        QVERIFY2(exporter.error().contains(QLatin1String("8 GiB")), qPrintable(exporter.error()));
        QVERIFY(!QFile::exists(out));
        QFile::remove(image);
    }

    void refusesUnsafeAndDuplicateNames()
    {
        const QString a = path(QStringLiteral("x/dup"));
        const QString b = path(QStringLiteral("y/dup"));
        QVERIFY(writeFile(a, "1"));
        QVERIFY(writeFile(b, "2"));
        BuildOptions options;
        options.allowImporterViolations = true;
        options.overwrite = true;
        for (const auto &[names, expected] :
            {std::pair<QList<QByteArray>, const char *> {{"dup", "dup"}, "two entries"},
                std::pair<QList<QByteArray>, const char *> {{"ok", ".."}, "parent"}}) {
            BuildPlan plan({BuildEntry::fromFile(a, names.at(0)), BuildEntry::fromFile(b, names.at(1))}, options);
            PayloadWriter writer;
            const QString image = path(QStringLiteral("names.img"));
            QVERIFY2(writer.write(plan, image), qPrintable(writer.error()));
            PayloadReader reader;
            QVERIFY(reader.open(image));
            TarExporter exporter;
            QVERIFY(!exporter.exportImage(reader, path(QStringLiteral("names.tar")), TarExporter::Options {}));
            QVERIFY2(exporter.error().contains(QLatin1String(expected)), qPrintable(exporter.error()));
            QVERIFY(!QFile::exists(path(QStringLiteral("names.tar"))));
        }
    }

    void compressionFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("compression"); // -1: none recognised
        QTest::newRow("tar") << "a.tar" << int(Compression::None);
        QTest::newRow("tar.gz") << "a.tar.gz" << int(Compression::Gzip);
        QTest::newRow("TGZ") << "A.TGZ" << int(Compression::Gzip);
        QTest::newRow("tar.bz2") << "a.tar.bz2" << int(Compression::Bzip2);
        QTest::newRow("tar.xz") << "dir/a.tar.xz" << int(Compression::Xz);
        QTest::newRow("tar.zst") << "a.tar.zst" << int(Compression::Zstd);
        QTest::newRow("zip") << "a.zip" << -1;
        QTest::newRow("gz alone") << "a.gz" << -1;
    }

    void compressionFromName()
    {
        QFETCH(QString, name);
        QFETCH(int, compression);
        const std::optional<Compression> c = TarExporter::compressionForFileName(name);
        QCOMPARE(c.has_value(), compression != -1);
        if (c)
            QCOMPARE(int(*c), compression);
    }
};

QTEST_GUILESS_MAIN(TestArchiveTarExport)
#include "tst_archive_tarexport.moc"
