// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// Kind detection by content and the name-versus-content findings.
#include "ArchiveTestKit.h"
#include "ContentCheck.h"
#include "DistfileKind.h"

#include <K7Zip>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchiveTestKit;
using Kind = DistfileKind::Kind;
using Severity = ArchiveFinding::Severity;

Q_DECLARE_METATYPE(DistfileKind::Kind)

class TestArchiveKind : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tar; // a plain tar made by the system's tar
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Makes `name` from a recipe: "tar", "tar|gz" (tar compressed with gzip), "text|xz",
    // "html", "html|gz", "empty", "zip", "7z", "ar", "lzip", "text", "gzbroken", "zeros", "xml".
    bool make(const QString &recipe, const QString &name)
    {
        const QString target = path(name);
        const QStringList steps = recipe.split(QLatin1Char('|'));
        QString source;
        const QString first = steps.first();
        if (first == QLatin1String("tar")) {
            source = m_tar;
        } else if (first == QLatin1String("text")) {
            source = path(QStringLiteral("plain.txt"));
            writeFile(source, text(50000, 7));
        } else if (first == QLatin1String("html")) {
            source = path(QStringLiteral("page.html"));
            writeFile(source,
                "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not "
                "Found</h1></body></html>\n");
        } else if (first == QLatin1String("empty")) {
            return writeFile(target, QByteArray());
        } else if (first == QLatin1String("zeros")) {
            return writeFile(target, QByteArray(40000, '\0'));
        } else if (first == QLatin1String("xml")) {
            return writeFile(target,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code>"
                "<Message>The specified key does not exist.</Message></Error>\n");
        } else if (first == QLatin1String("zip")) {
            QFile::remove(target);
            return run(QStringLiteral("zip"), {QStringLiteral("-qr"), target, QStringLiteral("pkg")}, m_dir.path()) ==
                0;
        } else if (first == QLatin1String("ar")) {
            QFile::remove(target);
            return run(QStringLiteral("ar"),
                       {QStringLiteral("rc"), target, QStringLiteral("pkg/README"), QStringLiteral("pkg/src/main.c")},
                       m_dir.path()) == 0;
        } else if (first == QLatin1String("7z")) {
            K7Zip archive(target);
            return archive.open(QIODevice::WriteOnly) &&
                archive.writeFile(QStringLiteral("pkg/README"), text(3000, 4)) && archive.close();
        } else if (first == QLatin1String("lzip")) {
            // An lzip member header ("LZIP", version 1, dictionary size) and some body.
            return writeFile(target, QByteArray("LZIP\x01\x0c", 6) + noise(4000, 9));
        } else if (first == QLatin1String("gzbroken")) {
            // A gzip header followed by bytes no inflater accepts.
            return writeFile(
                target, QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + QByteArray(3000, '\xff'));
        }
        if (steps.size() == 1) {
            QFile::remove(target);
            return QFile::copy(source, target);
        }
        if (!tool(compressorTool(steps.at(1))).isEmpty())
            return compress(steps.at(1), source, target);
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (tool(QStringLiteral("tar")).isEmpty())
            QSKIP("tar is not installed");
        makeTree(m_dir.path(), QStringLiteral("pkg"), 1700000000);
        m_tar = path(QStringLiteral("pkg.tar"));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("-cf"), m_tar, QStringLiteral("pkg")}, m_dir.path()), 0);
    }

    void detect_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("innerMime");
        QTest::addColumn<int>("mismatch"); // -1: none, else the finding's Severity

        const int none = -1;
        const int error = int(Severity::Error);
        const int warning = int(Severity::Warning);
        QTest::newRow("tar") << "tar"
                             << "pkg-1.0.tar" << Kind::Tar << QString() << none;
        QTest::newRow("tar.gz") << "tar|gz"
                                << "pkg-1.0.tar.gz" << Kind::TarGzip << "application/x-tar" << none;
        QTest::newRow("tgz") << "tar|gz"
                             << "pkg-1.0.tgz" << Kind::TarGzip << "application/x-tar" << none;
        QTest::newRow("tar.bz2") << "tar|bz2"
                                 << "pkg-1.0.tar.bz2" << Kind::TarBzip2 << "application/x-tar" << none;
        QTest::newRow("tar.xz") << "tar|xz"
                                << "pkg-1.0.tar.xz" << Kind::TarXz << "application/x-tar" << none;
        QTest::newRow("tar.lzma") << "tar|lzma"
                                  << "pkg-1.0.tar.lzma" << Kind::TarLzma << "application/x-tar" << none;
        QTest::newRow("tar.zst") << "tar|zst"
                                 << "pkg-1.0.tar.zst" << Kind::TarZstd << "application/x-tar" << none;
        QTest::newRow("lone gz") << "text|gz"
                                 << "UnicodeData.txt.gz" << Kind::Gzip << "text/plain" << none;
        QTest::newRow("lone bz2") << "text|bz2"
                                  << "data.csv.bz2" << Kind::Bzip2 << "text/plain" << none;
        QTest::newRow("lone xz") << "text|xz"
                                 << "notes.xz" << Kind::Xz << "text/plain" << none;
        QTest::newRow("lone lzma") << "text|lzma"
                                   << "notes.lzma" << Kind::Lzma << "text/plain" << none;
        QTest::newRow("lone zst") << "text|zst"
                                  << "notes.zst" << Kind::Zstd << "text/plain" << none;
        QTest::newRow("gz named plainly holding a tar")
            << "tar|gz"
            << "snapshot.gz" << Kind::TarGzip << "application/x-tar" << none;
        QTest::newRow("zip") << "zip"
                             << "pkg.zip" << Kind::Zip << QString() << none;
        QTest::newRow("7z") << "7z"
                            << "pkg.7z" << Kind::SevenZip << QString() << none;
        QTest::newRow("ar") << "ar"
                            << "libpkg.a" << Kind::Ar << QString() << none;
        QTest::newRow("plain text") << "text"
                                    << "UnicodeData.txt" << Kind::PlainData << QString() << none;
        QTest::newRow("html saved as html") << "html"
                                            << "index.html" << Kind::PlainData << QString() << none;
        QTest::newRow("empty, no promise") << "empty"
                                           << "empty.txt" << Kind::Empty << QString() << none;
        QTest::newRow("lzip by name") << "lzip"
                                      << "pkg-1.0.tar.lz" << Kind::Unsupported << QString() << none;
        QTest::newRow(".tar.gz that is HTML") << "html"
                                              << "pkg-1.0.tar.gz" << Kind::PlainData << QString() << error;
        QTest::newRow(".tar.gz that is gzipped HTML") << "html|gz"
                                                      << "pkg-1.0.tar.gz" << Kind::Gzip << "text/html" << error;
        QTest::newRow(".tar.gz that is empty") << "empty"
                                               << "pkg-1.0.tar.gz" << Kind::Empty << QString() << error;
        QTest::newRow(".tar.xz that is zeros") << "zeros"
                                               << "pkg-1.0.tar.xz" << Kind::PlainData << QString() << error;
        QTest::newRow("zeros, no promise") << "zeros"
                                           << "swap.bin" << Kind::PlainData << QString() << none;
        QTest::newRow(".tar.gz that is an XML error") << "xml"
                                                      << "pkg-1.0.tar.gz" << Kind::PlainData << QString() << error;
        QTest::newRow(".zip that is text") << "text"
                                           << "pkg.zip" << Kind::PlainData << QString() << error;
        QTest::newRow(".tar.gz that is a .tar.xz") << "tar|xz"
                                                   << "pkg-1.0.tar.gz" << Kind::TarXz << "application/x-tar" << warning;
        QTest::newRow(".tar.bz2 that is a plain tar") << "tar"
                                                      << "pkg-1.0.tar.bz2" << Kind::Tar << QString() << warning;
        QTest::newRow(".tar.gz that is lzip") << "lzip"
                                              << "pkg-1.0.tar.gz" << Kind::Unsupported << QString() << warning;
        QTest::newRow("gzip too broken to look inside") << "gzbroken"
                                                        << "pkg-1.0.tar.gz" << Kind::TarGzip << QString() << none;
    }

    void detect()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, name);
        QFETCH(Kind, kind);
        QFETCH(QString, innerMime);
        QFETCH(int, mismatch);
        const QStringList steps = recipe.split(QLatin1Char('|'));
        const QString needed = steps.size() > 1     ? compressorTool(steps.at(1))
            : steps.first() == QLatin1String("zip") ? QStringLiteral("zip")
            : steps.first() == QLatin1String("ar")  ? QStringLiteral("ar")
                                                    : QString();
        if (!needed.isEmpty() && tool(needed).isEmpty())
            QSKIP(qPrintable(needed + QLatin1String(" is not installed")));
        QVERIFY(make(recipe, name));

        const DistfileKind::Detection d = DistfileKind::detectFile(path(name));
        QCOMPARE(d.kind, kind);
        if (!innerMime.isEmpty())
            QCOMPARE(d.innerMimeType, innerMime);
        if (recipe == QLatin1String("html"))
            QCOMPARE(d.contentMimeType, QStringLiteral("text/html"));
        const std::optional<ArchiveFinding> f = d.mismatchFinding(name);
        QCOMPARE(f.has_value(), mismatch != -1);
        QCOMPARE(d.nameMatches(), mismatch == -1);
        if (f) {
            QCOMPARE(int(f->severity), mismatch);
            QCOMPARE(f->code, ArchiveFinding::Code::NameContentMismatch);
            QVERIFY2(f->message.contains(name), qPrintable(f->message));
            if (recipe.startsWith(QLatin1String("html")))
                QVERIFY2(f->message.contains(QLatin1String("HTML")), qPrintable(f->message));
            if (recipe == QLatin1String("xml"))
                QVERIFY2(f->message.contains(QLatin1String("XML")), qPrintable(f->message));
            if (recipe == QLatin1String("zeros"))
                QVERIFY2(f->message.contains(QLatin1String("zero bytes")), qPrintable(f->message));
        }
        if (recipe == QLatin1String("gzbroken"))
            QVERIFY(!d.innerReadable);
        QCOMPARE(d.zeroFilled, recipe == QLatin1String("zeros"));

        // The same answer through a device, which is left at its start.
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.seek(5 < file.size() ? 5 : 0);
        QCOMPARE(DistfileKind::detect(&file, name).kind, kind);
        QCOMPARE(file.pos(), 0);
    }

    // The check made when a file is added reads only the head, yet agrees with the full detection.
    void sniffAgreesWithDetect_data() { detect_data(); }

    void sniffAgreesWithDetect()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, name);
        QFETCH(Kind, kind);
        QFETCH(int, mismatch);
        const QString needed = recipe.contains(QLatin1Char('|')) ? compressorTool(recipe.section(QLatin1Char('|'), 1))
            : recipe == QLatin1String("zip")                     ? QStringLiteral("zip")
            : recipe == QLatin1String("ar")                      ? QStringLiteral("ar")
                                                                 : QString();
        if (!needed.isEmpty() && tool(needed).isEmpty())
            QSKIP(qPrintable(needed + QLatin1String(" is not installed")));
        QVERIFY(make(recipe, name));
        const DistfileKind::Detection d = ContentCheck::sniffFile(path(name), name);
        QCOMPARE(d.kind, kind);
        const std::optional<ArchiveFinding> f = ContentCheck::mismatch(d, name);
        QCOMPARE(f.has_value(), mismatch != -1);
        if (f)
            QCOMPARE(int(f->severity), mismatch);
        QCOMPARE(d.error, QString());
    }

    // A bzip2 block is larger than the head: the kind still follows what the name says when the
    // head decompresses to nothing, and a range inside a bigger file (an image's entry) is read
    // at its offset.
    void sniffHeadOnly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("mismatch");
        QTest::newRow("tar.bz2") << "big.tar.bz2" << Kind::TarBzip2 << -1;
        QTest::newRow("tar.bz2 named tar.gz") << "big.tar.gz" << Kind::TarBzip2 << int(Severity::Warning);
    }

    void sniffHeadOnly()
    {
        QFETCH(QString, name);
        QFETCH(Kind, kind);
        QFETCH(int, mismatch);
        if (tool(QStringLiteral("bzip2")).isEmpty())
            QSKIP("bzip2 is not installed");
        const QString tarPath = path(QStringLiteral("big.tar"));
        QVERIFY(writeFile(tarPath, readFile(m_tar) + noise(2 * 1024 * 1024, 3)));
        QVERIFY(compress(QStringLiteral("bz2"), tarPath, path(name)));
        QVERIFY(QFileInfo(path(name)).size() > DistfileKind::HeadSize);
        const DistfileKind::Detection d = ContentCheck::sniffFile(path(name), name);
        QCOMPARE(d.kind, kind);
        QCOMPARE(ContentCheck::mismatch(d, name).has_value(), mismatch != -1);
    }

    void sniffRangeAndFailures()
    {
        const QByteArray page = "<!DOCTYPE html>\n<html><body>Not Found</body></html>\n";
        QVERIFY(writeFile(path(QStringLiteral("image.img")), noise(5000, 1) + page + noise(100, 2)));
        DistfileKind::Detection d =
            ContentCheck::sniffFile(path(QStringLiteral("image.img")), QStringLiteral("a.tar.gz"), 5000, page.size());
        QCOMPARE(d.kind, Kind::PlainData);
        QCOMPARE(d.contentMimeType, QStringLiteral("text/html"));
        QVERIFY(ContentCheck::mismatch(d, QStringLiteral("a.tar.gz")).has_value());
        // Renamed to what it is: no second read needed to see that it now agrees.
        QVERIFY(!ContentCheck::mismatch(d, QStringLiteral("a.html")).has_value());

        d = ContentCheck::sniffFile(path(QStringLiteral("image.img")), QStringLiteral("a.tar.gz"), 1 << 20, 10);
        QCOMPARE(d.kind, Kind::Unknown);
        QVERIFY(!d.error.isEmpty());
        QVERIFY(!ContentCheck::mismatch(d, QStringLiteral("a.tar.gz")).has_value());

        d = ContentCheck::sniffFile(path(QStringLiteral("missing.tar.gz")), QStringLiteral("missing.tar.gz"));
        QCOMPARE(d.kind, Kind::Unknown);
        QVERIFY(!d.error.isEmpty());
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("decompressed");
        QTest::newRow("tar.gz") << "gcc-4.0.4.tar.gz" << Kind::TarGzip << "gcc-4.0.4.tar";
        QTest::newRow("TGZ") << "MES-0.26.TGZ" << Kind::TarGzip << "MES-0.26.tar";
        QTest::newRow("tar.bz2") << "bash-5.2.15.tar.bz2" << Kind::TarBzip2 << "bash-5.2.15.tar";
        QTest::newRow("tbz2") << "a.tbz2" << Kind::TarBzip2 << "a.tar";
        QTest::newRow("tar.xz") << "linux-4.14.341.tar.xz" << Kind::TarXz << "linux-4.14.341.tar";
        QTest::newRow("txz") << "a.txz" << Kind::TarXz << "a.tar";
        QTest::newRow("tar.lzma") << "gawk-3.0.4.tar.lzma" << Kind::TarLzma << "gawk-3.0.4.tar";
        QTest::newRow("tar.zst") << "a.tar.zst" << Kind::TarZstd << "a.tar";
        QTest::newRow("tar") << "a.tar" << Kind::Tar << "a.tar";
        QTest::newRow("zip") << "autoconf-archive.zip" << Kind::Zip << "autoconf-archive.zip";
        QTest::newRow("7z") << "a.7z" << Kind::SevenZip << "a.7z";
        QTest::newRow("lone gz") << "UnicodeData.txt.gz" << Kind::Gzip << "UnicodeData.txt";
        QTest::newRow("lone xz") << "a.xz" << Kind::Xz << "a";
        QTest::newRow("tar.lz") << "a.tar.lz" << Kind::Unsupported << "a.tar.lz";
        QTest::newRow("txt") << "UnicodeData.txt" << Kind::Unknown << "UnicodeData.txt";
        QTest::newRow("html") << "index.html" << Kind::Unknown << "index.html";
        QTest::newRow("just a suffix") << ".gz" << Kind::Unknown << ".gz";
    }

    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(Kind, kind);
        QFETCH(QString, decompressed);
        QCOMPARE(DistfileKind::kindFromFileName(name), kind);
        QCOMPARE(DistfileKind::decompressedName(name), decompressed);
    }

    void keysAreStable()
    {
        QCOMPARE(DistfileKind::key(Kind::TarGzip), QStringLiteral("tar.gz"));
        QCOMPARE(DistfileKind::key(Kind::PlainData), QStringLiteral("data"));
        QCOMPARE(DistfileKind::key(Kind::SevenZip), QStringLiteral("7z"));
        QVERIFY(DistfileKind::isTar(Kind::TarLzma));
        QVERIFY(!DistfileKind::isTar(Kind::Gzip));
        QVERIFY(DistfileKind::isLoneCompressed(Kind::Zstd));
        QVERIFY(DistfileKind::hasMembers(Kind::Ar));
        QCOMPARE(DistfileKind::compressionOf(Kind::TarLzma), DistfileKind::Compression::Lzma);
    }
};

QTEST_GUILESS_MAIN(TestArchiveKind)
#include "tst_archive_kind.moc"
