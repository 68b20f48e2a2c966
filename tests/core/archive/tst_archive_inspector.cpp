// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// Member listings (tar in every compression, pax and GNU long names, zip, 7z, ar, lone
// compressed files), the listing limit, and inspection of an entry inside an image. The
// dangerous members are tst_archive_safety's.
#include "ArchiveInspector.h"
#include "ArchiveTestKit.h"
#include "PayloadReader.h"

#include <K7Zip>
#include <KZip>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace ArchiveTestKit;
using Code = ArchiveFinding::Code;
using Type = ArchiveMember::Type;

namespace {

constexpr qint64 Mtime = 1700000000;

QSet<QString> paths(const ArchiveReport &r)
{
    QSet<QString> out;
    for (const ArchiveMember &m : r.members)
        out.insert(m.path());
    return out;
}

const ArchiveMember *member(const ArchiveReport &r, const QString &path)
{
    for (const ArchiveMember &m : r.members)
        if (m.path() == path)
            return &m;
    return nullptr;
}

QSet<Code> codes(const ArchiveReport &r)
{
    QSet<Code> out;
    for (const ArchiveFinding &f : r.findings)
        out.insert(f.code);
    return out;
}

ArchiveInspector::Options listing()
{
    return ArchiveInspector::Options {};
}

} // namespace

class TestArchiveInspector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tar;
    QStringList m_expected;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void requireTool(const QString &name)
    {
        if (tool(name).isEmpty())
            QSKIP(qPrintable(name + QLatin1String(" is not installed")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (tool(QStringLiteral("tar")).isEmpty())
            QSKIP("tar is not installed");
        m_expected = makeTree(m_dir.path(), QStringLiteral("pkg-1.0"), Mtime);
        m_tar = path(QStringLiteral("pkg-1.0.tar"));
        QCOMPARE(run(QStringLiteral("tar"),
                     {QStringLiteral("--format=gnu"), QStringLiteral("-cf"), m_tar, QStringLiteral("pkg-1.0")},
                     m_dir.path()),
            0);
    }

    // The same members, sizes, types, modes, link targets and times whatever the compression.
    void tarListing_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::newRow("tar") << QString();
        QTest::newRow("tar.gz") << "gz";
        QTest::newRow("tar.bz2") << "bz2";
        QTest::newRow("tar.xz") << "xz";
        QTest::newRow("tar.lzma") << "lzma";
        QTest::newRow("tar.zst") << "zst";
    }

    void tarListing()
    {
        QFETCH(QString, compression);
        QString file = m_tar;
        if (!compression.isEmpty()) {
            requireTool(compressorTool(compression));
            file = m_tar + QLatin1Char('.') + compression;
            QVERIFY(compress(compression, m_tar, file));
        }
        const ArchiveReport r = ArchiveInspector::inspectFile(file, listing());
        QVERIFY2(r.status == ArchiveReport::Status::Ok, qPrintable(r.summary()));
        QCOMPARE(r.memberCount, m_expected.size());
        QCOMPARE(paths(r), QSet<QString>(m_expected.begin(), m_expected.end()));
        QVERIFY(r.dataChecked);
        QCOMPARE(r.uncompressedSize, QFileInfo(m_tar).size());
        QVERIFY2(!hasArchiveErrors(r.findings), qPrintable(r.summary()));

        const ArchiveMember *main = member(r, QStringLiteral("pkg-1.0/src/main.c"));
        QVERIFY(main);
        QCOMPARE(main->type, Type::File);
        QCOMPARE(main->size, 70000);
        QCOMPARE(main->mode, 0755);
        QCOMPARE(main->mtime, Mtime);
        QCOMPARE(main->modified(), QDateTime::fromSecsSinceEpoch(Mtime, QTimeZone::UTC));
        const ArchiveMember *readme = member(r, QStringLiteral("pkg-1.0/README"));
        QVERIFY(readme);
        QCOMPARE(readme->mode, 0644);
        QCOMPARE(readme->size, 1500);
        const ArchiveMember *link = member(r, QStringLiteral("pkg-1.0/src/readme-link"));
        QVERIFY(link);
        QCOMPARE(link->type, Type::Symlink);
        QCOMPARE(link->linkTarget(), QStringLiteral("../README"));
        QCOMPARE(link->size, 0);
        const ArchiveMember *dir = member(r, QStringLiteral("pkg-1.0/src/lib/"));
        QVERIFY(dir);
        QCOMPARE(dir->type, Type::Directory);
        const ArchiveMember *empty = member(r, QStringLiteral("pkg-1.0/src/lib/empty"));
        QVERIFY(empty);
        QCOMPARE(empty->size, 0);

        // Data offsets point at the member's bytes in the decompressed stream.
        const ArchiveMember *blob = member(r, QStringLiteral("pkg-1.0/src/lib/blob.bin"));
        QVERIFY(blob);
        QCOMPARE(readFile(m_tar).mid(blob->dataOffset, blob->size),
            readFile(m_dir.filePath(QStringLiteral("pkg-1.0/src/lib/blob.bin"))));
        QVERIFY(blob->headerOffset < blob->dataOffset);
    }

    // Names longer than ustar's 100/155 bytes and non-ASCII names, in pax and GNU format.
    void longNames_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pax") << "pax";
        QTest::newRow("gnu") << "gnu";
        QTest::newRow("ustar") << "ustar";
    }

    void longNames()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString deep = QStringLiteral("d-") + QString(120, QLatin1Char('x')) + QStringLiteral("/sub-") +
            QString(80, QLatin1Char('y'));
        const QString longFile = deep + QStringLiteral("/file-") + QString(90, QLatin1Char('z')) + QStringLiteral(".c");
        const QString unicode = QStringLiteral("unicode-\u00e9\u00e8\u4e2d.txt");
        QVERIFY(writeFile(dir.filePath(longFile), text(1234, 5)));
        QVERIFY(writeFile(dir.filePath(unicode), text(10, 6)));
        const QString out = dir.filePath(QStringLiteral("long.tar"));
        const QStringList members = format == QLatin1String("ustar")
            ? QStringList {unicode}
            : QStringList {QStringLiteral("d-") + QString(120, QLatin1Char('x')), unicode};
        QCOMPARE(
            run(QStringLiteral("tar"),
                QStringList {QStringLiteral("--format=") + format, QStringLiteral("-cf"), out} + members, dir.path()),
            0);
        const ArchiveReport r = ArchiveInspector::inspectFile(out, listing());
        QVERIFY2(r.status == ArchiveReport::Status::Ok, qPrintable(r.summary()));
        QVERIFY2(member(r, unicode), qPrintable(QStringList(paths(r).values()).join(QLatin1Char('\n'))));
        if (format != QLatin1String("ustar")) {
            const ArchiveMember *m = member(r, longFile);
            QVERIFY2(m, qPrintable(QStringList(paths(r).values()).join(QLatin1Char('\n'))));
            QCOMPARE(m->size, 1234);
            QCOMPARE(m->rawFileName(),
                (QStringLiteral("file-") + QString(90, QLatin1Char('z')) + QStringLiteral(".c")).toUtf8());
        }
    }

    // Raw pax headers: one longer than a block (KTar reads exactly one block of any pax header
    // and loses its place), a global header, base-256 sizes and fractional times.
    void paxHeaders()
    {
        const QByteArray longPath = "pkg/" + QByteArray(700, 'p') + "/file.c";
        auto record = [](const QByteArray &key, const QByteArray &value) -> QByteArray {
            const QByteArray body = " " + key + "=" + value + "\n";
            qsizetype length = body.size() + 1;
            while (QByteArray::number(length).size() + body.size() != length)
                ++length;
            return QByteArray::number(length) + body;
        };
        const QByteArray pax = record("path", longPath) + record("mtime", "1712345678.123456789");
        QVERIFY(pax.size() > 512);
        const QByteArray global = record("comment", "0123456789abcdef0123456789abcdef01234567");
        QByteArray tar = tarHeader("pax_global_header", 'g', global.size()) + padded(global);
        tar += tarHeader("PaxHeaders/file.c", 'x', pax.size()) + padded(pax);
        tar += tarHeader("pkg/truncated-name.c", '0', 3) + padded("abc");
        tar += tarHeader("pkg/after.c", '0', 4) + padded("wxyz");
        tar += tarEnd();
        const QString file = path(QStringLiteral("pax.tar"));
        QVERIFY(writeFile(file, tar));
        const ArchiveReport r = ArchiveInspector::inspectFile(file, listing());
        QVERIFY2(r.status == ArchiveReport::Status::Ok, qPrintable(r.summary()));
        QCOMPARE(r.memberCount, 2);
        QCOMPARE(r.members.at(0).rawPath, longPath);
        QCOMPARE(r.members.at(0).size, 3);
        QCOMPARE(r.members.at(0).mtime, 1712345678);
        QCOMPARE(r.members.at(1).path(), QStringLiteral("pkg/after.c"));
        QCOMPARE(r.members.at(1).size, 4);

        // Only a global header, as git archive writes for an empty tree.
        QVERIFY(writeFile(file, tarHeader("pax_global_header", 'g', global.size()) + padded(global) + tarEnd()));
        const ArchiveReport empty = ArchiveInspector::inspectFile(file, listing());
        QVERIFY2(empty.status == ArchiveReport::Status::Ok, qPrintable(empty.summary()));
        QCOMPARE(empty.memberCount, 0);

        // A malformed pax record is corruption, named as such.
        QByteArray bad = tarHeader("PaxHeaders/x", 'x', 12) + padded("99 path=x\n") + tarHeader("x", '0', 0) + tarEnd();
        QVERIFY(writeFile(file, bad));
        const ArchiveReport broken = ArchiveInspector::inspectFile(file, listing());
        QCOMPARE(broken.status, ArchiveReport::Status::Corrupt);
        QVERIFY(broken.message.contains(QLatin1String("pax")));
    }

    void base256Size()
    {
        // GNU tar writes sizes of 8 GiB and more in base 256; here a small one written that way.
        QByteArray header = tarHeader("pkg/b256.bin", '0', 0);
        QByteArray field(12, '\0');
        field[0] = char(0x80);
        field[11] = char(0x05);
        header.replace(124, 12, field);
        std::memset(header.data() + 148, ' ', 8);
        qint64 sum = 0;
        for (char c : std::as_const(header))
            sum += uchar(c);
        header.replace(148, 7, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + '\0'));
        const QString file = path(QStringLiteral("b256.tar"));
        QVERIFY(writeFile(file, header + padded("12345") + tarEnd()));
        const ArchiveReport r = ArchiveInspector::inspectFile(file, listing());
        QVERIFY2(r.status == ArchiveReport::Status::Ok, qPrintable(r.summary()));
        QCOMPARE(r.members.first().size, 5);
    }

    void zipListing()
    {
        requireTool(QStringLiteral("zip"));
        const QString zip = path(QStringLiteral("pkg-1.0.zip"));
        QCOMPARE(run(QStringLiteral("zip"), {QStringLiteral("-qry"), zip, QStringLiteral("pkg-1.0")}, m_dir.path()), 0);
        const ArchiveReport r = ArchiveInspector::inspectFile(zip, listing());
        QVERIFY2(r.status == ArchiveReport::Status::Ok, qPrintable(r.summary()));
        QCOMPARE(r.kind.kind, DistfileKind::Kind::Zip);
        const ArchiveMember *main = member(r, QStringLiteral("pkg-1.0/src/main.c"));
        QVERIFY(main);
        QCOMPARE(main->size, 70000);
        QCOMPARE(main->mode, 0755);
        QCOMPARE(main->type, Type::File);
        const ArchiveMember *link = member(r, QStringLiteral("pkg-1.0/src/readme-link"));
        QVERIFY(link);
        QCOMPARE(link->type, Type::Symlink);
        QCOMPARE(link->linkTarget(), QStringLiteral("../README"));
        QVERIFY(member(r, QStringLiteral("pkg-1.0/src/lib/")));
        QVERIFY(!r.dataChecked); // a listing does not unpack zip members

        ArchiveInspector::Options verify;
        verify.verifyData = true;
        const ArchiveReport checked = ArchiveInspector::inspectFile(zip, verify);
        QVERIFY2(checked.status == ArchiveReport::Status::Ok, qPrintable(checked.summary()));
        QVERIFY(checked.dataChecked);
    }

    void sevenZipListing()
    {
        const QString file = path(QStringLiteral("pkg.7z"));
        {
            K7Zip archive(file);
            QVERIFY(archive.open(QIODevice::WriteOnly));
            QVERIFY(archive.writeFile(QStringLiteral("pkg/README"), text(3000, 4)));
            QVERIFY(archive.writeFile(QStringLiteral("pkg/src/a.c"), text(5000, 5)));
            QVERIFY(archive.close());
        }
        ArchiveInspector::Options o;
        o.verifyData = true;
        const ArchiveReport r = ArchiveInspector::inspectFile(file, o);
        QVERIFY2(r.status == ArchiveReport::Status::Ok, qPrintable(r.summary()));
        QVERIFY(member(r, QStringLiteral("pkg/README")));
        QCOMPARE(member(r, QStringLiteral("pkg/src/a.c"))->size, 5000);
        QVERIFY(codes(r).contains(Code::NotVerified)); // K7Zip does not expose the CRCs

        // K7Zip unpacks everything into memory: above the limit it is not opened at all.
        o.maxInMemoryArchive = 100;
        const ArchiveReport big = ArchiveInspector::inspectFile(file, o);
        QCOMPARE(big.status, ArchiveReport::Status::Unsupported);
        QVERIFY(big.message.contains(QLatin1String("memory")));
    }

    void arListing()
    {
        requireTool(QStringLiteral("ar"));
        const QString file = path(QStringLiteral("libpkg.a"));
        QCOMPARE(
            run(QStringLiteral("ar"),
                {QStringLiteral("rc"), file, QStringLiteral("pkg-1.0/README"), QStringLiteral("pkg-1.0/src/main.c")},
                m_dir.path()),
            0);
        ArchiveInspector::Options o;
        o.verifyData = true;
        const ArchiveReport r = ArchiveInspector::inspectFile(file, o);
        QVERIFY2(r.status == ArchiveReport::Status::Ok, qPrintable(r.summary()));
        QCOMPARE(paths(r), (QSet<QString> {QStringLiteral("README"), QStringLiteral("main.c")}));
        QCOMPARE(member(r, QStringLiteral("main.c"))->size, 70000);
    }

    void loneCompressed()
    {
        requireTool(QStringLiteral("xz"));
        const QString plain = path(QStringLiteral("UnicodeData.txt"));
        QVERIFY(writeFile(plain, text(300000, 8)));
        QVERIFY(compress(QStringLiteral("xz"), plain, plain + QLatin1String(".xz")));
        const ArchiveReport r = ArchiveInspector::inspectFile(plain + QLatin1String(".xz"), listing());
        QVERIFY2(r.status == ArchiveReport::Status::Ok, qPrintable(r.summary()));
        QCOMPARE(r.members.size(), 1);
        QCOMPARE(r.members.first().path(), QStringLiteral("UnicodeData.txt"));
        QCOMPARE(r.members.first().size, 300000);
        QCOMPARE(r.uncompressedSize, 300000);

        const ArchiveReport p = ArchiveInspector::inspectFile(plain, listing());
        QCOMPARE(p.status, ArchiveReport::Status::Ok);
        QCOMPARE(p.kind.kind, DistfileKind::Kind::PlainData);
        QVERIFY(p.members.isEmpty());
    }

    void listingLimit()
    {
        QByteArray tar;
        for (int i = 0; i < 50; ++i)
            tar += tarHeader("pkg/f" + QByteArray::number(i), '0', 0);
        tar += tarEnd();
        const QString file = path(QStringLiteral("fifty.tar"));
        QVERIFY(writeFile(file, tar));
        ArchiveInspector::Options o;
        o.maxListedMembers = 10;
        const ArchiveReport r = ArchiveInspector::inspectFile(file, o);
        QCOMPARE(r.members.size(), 10);
        QCOMPARE(r.memberCount, 50);
        QVERIFY(codes(r).contains(Code::TooManyMembers));
        o.listMembers = false;
        const ArchiveReport counted = ArchiveInspector::inspectFile(file, o);
        QVERIFY(counted.members.isEmpty());
        QCOMPARE(counted.memberCount, 50);
    }

    // An entry inside an image is inspected in place and gives the same report as the file.
    void entryInsideImage_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::addColumn<bool>("u64");
        QTest::newRow("tar u32") << QString() << false;
        QTest::newRow("tar.gz u32") << "gz" << false;
        QTest::newRow("tar.xz u64") << "xz" << true;
        QTest::newRow("zip u64") << "zip" << true;
    }

    void entryInsideImage()
    {
        QFETCH(QString, compression);
        QFETCH(bool, u64);
        QString file = m_tar;
        if (compression == QLatin1String("zip")) {
            requireTool(QStringLiteral("zip"));
            file = path(QStringLiteral("pkg-img.zip"));
            QFile::remove(file);
            QCOMPARE(
                run(QStringLiteral("zip"), {QStringLiteral("-qry"), file, QStringLiteral("pkg-1.0")}, m_dir.path()), 0);
        } else if (!compression.isEmpty()) {
            requireTool(compressorTool(compression));
            file = m_tar + QLatin1String(".img.") + compression;
            QVERIFY(compress(compression, m_tar, file));
        }
        const QString other = path(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(other, text(777, 3)));
        const QString image = path(QStringLiteral("entry.img"));
        QVERIFY(makeImage(image, {other, file}, u64));
        PayloadReader reader;
        QVERIFY2(reader.open(image), qPrintable(reader.errorString()));

        ArchiveInspector::Options o;
        o.verifyData = true;
        const ArchiveReport fromImage = ArchiveInspector::inspectEntry(reader, 1, o);
        const ArchiveReport fromFile = ArchiveInspector::inspectFile(file, o);
        QVERIFY2(fromImage.status == ArchiveReport::Status::Ok, qPrintable(fromImage.summary()));
        QCOMPARE(fromImage.name, QFileInfo(file).fileName());
        QVERIFY(fromImage.source.contains(QLatin1String("entry 1")));
        QCOMPARE(fromImage.kind.kind, fromFile.kind.kind);
        QCOMPARE(paths(fromImage), paths(fromFile));
        QCOMPARE(fromImage.uncompressedSize, fromFile.uncompressedSize);
        QCOMPARE(fromImage.inputSize, QFileInfo(file).size());

        const ArchiveReport plain = ArchiveInspector::inspectEntry(reader, 0, o);
        QCOMPARE(plain.kind.kind, DistfileKind::Kind::PlainData);
        QCOMPARE(ArchiveInspector::inspectEntry(reader, 2, o).status, ArchiveReport::Status::Unreadable);
    }

    void progressAndCancel()
    {
        requireTool(QStringLiteral("gzip"));
        const QString big = path(QStringLiteral("big.bin"));
        QVERIFY(writeFile(big, noise(6 * 1024 * 1024, 11)));
        const QString tar = path(QStringLiteral("big.tar"));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("-cf"), tar, QStringLiteral("big.bin")}, m_dir.path()), 0);
        QVERIFY(compress(QStringLiteral("gz"), tar, tar + QLatin1String(".gz")));

        QList<qint64> seen;
        qint64 totalSeen = 0;
        JobControl control;
        control.progress = [&](qint64 done, qint64 total, const QString &) {
            seen.append(done);
            totalSeen = total;
        };
        const ArchiveReport ok = ArchiveInspector::inspectFile(tar + QLatin1String(".gz"), listing(), control);
        QCOMPARE(ok.status, ArchiveReport::Status::Ok);
        QVERIFY(seen.size() >= 3);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), QFileInfo(tar + QLatin1String(".gz")).size());
        QCOMPARE(totalSeen, seen.last());

        int calls = 0;
        JobControl cancel;
        cancel.progress = [&](qint64, qint64, const QString &) {
            ++calls;
        };
        cancel.isCanceled = [&] {
            return calls >= 2;
        };
        const ArchiveReport stopped = ArchiveInspector::inspectFile(tar + QLatin1String(".gz"), listing(), cancel);
        QCOMPARE(stopped.status, ArchiveReport::Status::Canceled);
        QVERIFY(!stopped.passed());
    }
};

QTEST_GUILESS_MAIN(TestArchiveInspector)
#include "tst_archive_inspector.moc"
