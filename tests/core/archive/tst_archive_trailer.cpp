// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
// A distfile cut short, told from one small read at its end (TrailerCheck) by the content check
// made on add, and by the inspector before KArchive reads it: real archives made here, cut at
// several points.
#include "ArchiveInspector.h"
#include "ArchiveTestKit.h"
#include "ContentCheck.h"
#include "TrailerCheck.h"

#include <K7Zip>
#include <KZip>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchiveTestKit;
using Rule = TrailerCheck::Rule;

Q_DECLARE_METATYPE(TrailerCheck::Rule)

class TestArchiveTrailer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_made; // recipe -> whole archive

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The archive a recipe names, made once: "tar.xz", "xz", "zip", "zip+comment", "7z",
    // "tar.gz", "tar.bz2", "xz+pad4" (stream padding), "xz+pad3" (padding that is not),
    // "xz+xz" (two streams).
    QString made(const QString &recipe)
    {
        if (m_made.contains(recipe))
            return m_made.value(recipe);
        const QString out = path(QStringLiteral("made.") + recipe);
        bool ok = false;
        if (recipe.startsWith(QLatin1String("tar."))) {
            const QString tar = path(QStringLiteral("pkg.tar"));
            if (!QFile::exists(tar))
                writeFile(tar,
                    tarHeader("pkg/blob.bin", '0', 600000) + padded(noise(600000, 3)) +
                        tarHeader("pkg/README", '0', 2000) + padded(text(2000, 4)) + tarEnd());
            ok = compress(recipe.mid(4), tar, out);
        } else if (recipe.startsWith(QLatin1String("xz"))) {
            const QString plain = path(QStringLiteral("plain.txt"));
            writeFile(plain, text(200000, 5));
            ok = compress(QStringLiteral("xz"), plain, out);
            QByteArray data = readFile(out);
            if (recipe == QLatin1String("xz+pad4"))
                data += QByteArray(4, '\0');
            else if (recipe == QLatin1String("xz+pad3"))
                data += QByteArray(3, '\0');
            else if (recipe == QLatin1String("xz+xz"))
                data += data;
            ok = ok && writeFile(out, data);
        } else if (recipe.startsWith(QLatin1String("zip"))) {
            KZip zip(out);
            ok = zip.open(QIODevice::WriteOnly) && zip.writeFile(QStringLiteral("pkg/blob.bin"), noise(500000, 6)) &&
                zip.writeFile(QStringLiteral("pkg/README"), text(3000, 7)) && zip.close();
            if (ok && recipe == QLatin1String("zip+comment")) {
                // A comment after the end record, its length in the record's last field.
                QByteArray data = readFile(out);
                const QByteArray comment = text(1000, 8);
                data[data.size() - 2] = char(comment.size() & 0xff);
                data[data.size() - 1] = char(comment.size() >> 8);
                ok = writeFile(out, data + comment);
            }
        } else if (recipe == QLatin1String("7z")) {
            K7Zip archive(out);
            ok = archive.open(QIODevice::WriteOnly) &&
                archive.writeFile(QStringLiteral("pkg/blob.bin"), noise(300000, 9)) &&
                archive.writeFile(QStringLiteral("pkg/README"), text(3000, 10)) && archive.close();
        }
        if (!ok)
            return {};
        m_made.insert(recipe, out);
        return out;
    }

    // The byte count a cut spec names for a file of `size` bytes: "whole", "half", "end-N", "N".
    static qint64 cutAt(const QString &cut, qint64 size)
    {
        if (cut == QLatin1String("whole"))
            return size;
        if (cut == QLatin1String("half"))
            return size / 2;
        if (cut.startsWith(QLatin1String("end-")))
            return size - cut.mid(4).toLongLong();
        return cut.toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cutFiles_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("cut");
        QTest::addColumn<QString>("expected"); // a part of the message; empty: no finding
        const QString xzFooter = QStringLiteral("xz stream footer is missing");
        const QString zipRecord = QStringLiteral("end of central directory record is missing");
        const QString sevenHeader = QStringLiteral("7-Zip header (");
        for (const char *cut : {"whole", "400000", "half", "end-1", "end-12", "end-13", "4096"})
            QTest::addRow("tar.xz cut at %s", cut)
                << "tar.xz"
                << "pkg-1.0.tar.xz" << cut << (qstrcmp(cut, "whole") ? xzFooter : QString());
        for (const char *cut : {"whole", "half", "end-2", "100"})
            QTest::addRow("lone xz cut at %s", cut)
                << "xz"
                << "notes.txt.xz" << cut << (qstrcmp(cut, "whole") ? xzFooter : QString());
        QTest::newRow("xz with stream padding") << "xz+pad4"
                                                << "notes.xz"
                                                << "whole" << QString();
        QTest::newRow("xz with padding not a multiple of 4") << "xz+pad3"
                                                             << "notes.xz"
                                                             << "whole" << xzFooter;
        QTest::newRow("two xz streams") << "xz+xz"
                                        << "notes.xz"
                                        << "whole" << QString();
        QTest::newRow("two xz streams, the second cut") << "xz+xz"
                                                        << "notes.xz"
                                                        << "end-20" << xzFooter;
        for (const char *cut : {"whole", "400000", "half", "end-1", "end-22", "30"})
            QTest::addRow("zip cut at %s", cut)
                << "zip"
                << "pkg-1.0.zip" << cut << (qstrcmp(cut, "whole") ? zipRecord : QString());
        QTest::newRow("zip with a comment") << "zip+comment"
                                            << "pkg.zip"
                                            << "whole" << QString();
        QTest::newRow("zip with a comment, cut in it") << "zip+comment"
                                                       << "pkg.zip"
                                                       << "end-500" << zipRecord;
        for (const char *cut : {"whole", "half", "end-1", "200000", "40"})
            QTest::addRow("7z cut at %s", cut)
                << "7z"
                << "pkg-1.0.7z" << cut << (qstrcmp(cut, "whole") ? sevenHeader : QString());
        QTest::newRow("7z cut in its signature header") << "7z"
                                                        << "pkg-1.0.7z"
                                                        << "20" << QStringLiteral("inside the 7-Zip signature header");
        // No trailer rule: the integrity test finds these.
        for (const char *recipe : {"tar.gz", "tar.bz2"})
            for (const char *cut : {"whole", "half", "end-1"})
                QTest::addRow("%s cut at %s (no rule)", recipe, cut)
                    << recipe << QStringLiteral("pkg.%1").arg(QLatin1String(recipe)) << cut << QString();
    }

    // The check on add: a whole file is fine, a cut one says where it ends.
    void cutFiles()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, name);
        QFETCH(QString, cut);
        QFETCH(QString, expected);
        const QString whole = made(recipe);
        if (whole.isEmpty())
            QSKIP("the tool this archive needs is missing");
        const qint64 size = cutAt(cut, QFileInfo(whole).size());
        QVERIFY(size > 0 && size <= QFileInfo(whole).size());
        const QString file = path(name);
        QVERIFY(truncatedCopy(whole, file, size));

        const DistfileKind::Detection d = ContentCheck::sniffFile(file, name);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        const std::optional<ArchiveFinding> direct = TrailerCheck::checkFile(file);
        if (expected.isEmpty()) {
            QVERIFY2(!d.cutShort, qPrintable(d.cutShort ? d.cutShort->message : QString()));
            QVERIFY(!direct);
            QVERIFY(!ContentCheck::finding(d, name));
            return;
        }
        QVERIFY(d.cutShort);
        QVERIFY(direct);
        QCOMPARE(direct->message, d.cutShort->message);
        QCOMPARE(d.cutShort->code, ArchiveFinding::Code::CutShort);
        QCOMPARE(d.cutShort->severity, ArchiveFinding::Severity::Error);
        QCOMPARE(d.cutShort->offset, size);
        QVERIFY2(d.cutShort->message.contains(expected), qPrintable(d.cutShort->message));
        QVERIFY2(d.cutShort->message.contains(QString::number(size)), qPrintable(d.cutShort->message));
        // The head still looks right: the kind is the name's, and the finding the cut.
        QVERIFY(d.nameMatches());
        const std::optional<ArchiveFinding> f = ContentCheck::finding(d, name);
        QVERIFY(f);
        QCOMPARE(f->code, ArchiveFinding::Code::CutShort);
        QVERIFY2(f->message.startsWith(name), qPrintable(f->message));
    }

    // An entry taken from bytes inside a larger file: the range's end is the end that counts.
    void rangeOfALargerFile_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<qint64>("shortBy"); // bytes the range leaves off the archive's end
        QTest::newRow("whole xz") << "tar.xz" << qint64(0);
        QTest::newRow("xz less 5000") << "tar.xz" << qint64(5000);
        QTest::newRow("whole zip") << "zip" << qint64(0);
        QTest::newRow("zip less 3") << "zip" << qint64(3);
        QTest::newRow("whole 7z") << "7z" << qint64(0);
        QTest::newRow("7z less 10") << "7z" << qint64(10);
    }
    void rangeOfALargerFile()
    {
        QFETCH(QString, recipe);
        QFETCH(qint64, shortBy);
        const QString whole = made(recipe);
        if (whole.isEmpty())
            QSKIP("the tool this archive needs is missing");
        const QByteArray archive = readFile(whole);
        const qint64 offset = 777;
        // Valid-looking trailers of the archive after the range must not count: the whole
        // archive follows again.
        const QString file = path(QStringLiteral("image.bin"));
        QVERIFY(writeFile(file, noise(offset, 11) + archive.left(archive.size() - shortBy) + archive));
        const qint64 length = archive.size() - shortBy;
        const DistfileKind::Detection d =
            ContentCheck::sniffFile(file, QStringLiteral("pkg.") + recipe, offset, length);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.cutShort.has_value(), shortBy > 0);
        if (d.cutShort)
            QCOMPARE(d.cutShort->offset, length);
    }

    // A trailer that is there but fails its own check is damage, not a cut.
    void damagedTrailers_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("at"); // the byte inverted, as a cut spec
        QTest::addColumn<QString>("expected");
        QTest::newRow("xz footer's backward size") << "xz"
                                                   << "end-7"
                                                   << "fails its CRC32 check";
        QTest::newRow("xz footer's CRC") << "xz"
                                         << "end-12"
                                         << "fails its CRC32 check";
        QTest::newRow("7z start header") << "7z"
                                         << "13"
                                         << "start header fails its CRC32 check";
        QTest::newRow("7z last header") << "7z"
                                        << "end-3"
                                        << "fails its CRC32 check";
    }
    void damagedTrailers()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, at);
        QFETCH(QString, expected);
        const QString whole = made(recipe);
        if (whole.isEmpty())
            QSKIP("the tool this archive needs is missing");
        const QString file = path(QStringLiteral("damaged.") + recipe);
        QVERIFY(corruptedCopy(whole, file, cutAt(at, QFileInfo(whole).size())));
        QFile device(file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray head = device.read(TrailerCheck::HeadSize);
        bool damaged = false;
        const std::optional<ArchiveFinding> f = TrailerCheck::check(&device, head, 0, -1, &damaged);
        QVERIFY(f);
        QVERIFY(damaged);
        QVERIFY2(f->message.contains(expected), qPrintable(f->message));
        QCOMPARE(device.pos(), TrailerCheck::HeadSize); // the position is left where it was
    }

    void ruleOfMagic_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<Rule>("rule");
        QTest::newRow("xz") << QByteArray("\xfd"
                                          "7zXZ\0\0\x04",
                                   8)
                            << Rule::Xz;
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0", 6) << Rule::Zip;
        QTest::newRow("empty zip") << QByteArray("PK\x05\x06\0\0", 6) << Rule::Zip;
        QTest::newRow("7z") << QByteArray("7z\xbc\xaf\x27\x1c\0\x04", 8) << Rule::SevenZip;
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0", 4) << Rule::None;
        QTest::newRow("bzip2") << QByteArray("BZh91AY&SY") << Rule::None;
        QTest::newRow("lzma alone") << QByteArray("\x5d\0\0\x10\0", 5) << Rule::None;
        QTest::newRow("html") << QByteArray("<html>") << Rule::None;
        QTest::newRow("xz magic cut") << QByteArray("\xfd"
                                                    "7zX",
                                             4)
                                      << Rule::None;
        QTest::newRow("nothing") << QByteArray() << Rule::None;
    }
    void ruleOfMagic()
    {
        QFETCH(QByteArray, head);
        QFETCH(Rule, rule);
        QCOMPARE(TrailerCheck::ruleOf(head), rule);
        // Data that is only its head has no trailer: every rule says so, on however few bytes.
        QBuffer buffer(&head);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(TrailerCheck::check(&buffer, head).has_value(), rule != Rule::None);
    }

    // A file whose head is not what its name says is a mismatch first: that is the finding.
    void mismatchOutranksCutShort()
    {
        const QString whole = made(QStringLiteral("tar.xz"));
        if (whole.isEmpty())
            QSKIP("xz is missing");
        const QString file = path(QStringLiteral("named.tar.gz"));
        QVERIFY(truncatedCopy(whole, file, 100000));
        const DistfileKind::Detection d = ContentCheck::sniffFile(file, QStringLiteral("named.tar.gz"));
        QVERIFY(d.cutShort);
        const std::optional<ArchiveFinding> f = ContentCheck::finding(d, QStringLiteral("named.tar.gz"));
        QVERIFY(f);
        QCOMPARE(f->code, ArchiveFinding::Code::NameContentMismatch);
    }

    // The inspector (and so the integrity test) says the same before KArchive reads a zip or 7z.
    void inspectorSaysCutShort_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("cut");
        QTest::addColumn<int>("status");
        QTest::newRow("zip half") << "zip"
                                  << "half" << int(ArchiveReport::Status::Truncated);
        QTest::newRow("zip end-1") << "zip"
                                   << "end-1" << int(ArchiveReport::Status::Truncated);
        QTest::newRow("7z half") << "7z"
                                 << "half" << int(ArchiveReport::Status::Truncated);
        QTest::newRow("7z whole") << "7z"
                                  << "whole" << int(ArchiveReport::Status::Ok);
        QTest::newRow("zip whole") << "zip"
                                   << "whole" << int(ArchiveReport::Status::Ok);
    }
    void inspectorSaysCutShort()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, cut);
        QFETCH(int, status);
        const QString whole = made(recipe);
        QVERIFY(!whole.isEmpty());
        const qint64 size = cutAt(cut, QFileInfo(whole).size());
        const QString file = path(QStringLiteral("inspected.") + recipe);
        QVERIFY(truncatedCopy(whole, file, size));
        ArchiveInspector::Options options;
        options.verifyData = true;
        const ArchiveReport r = ArchiveInspector::inspectFile(file, options);
        QCOMPARE(int(r.status), status);
        if (r.status == ArchiveReport::Status::Truncated) {
            QCOMPARE(r.failedInputOffset, size);
            QVERIFY2(r.message.contains(QString::number(size)), qPrintable(r.message));
        }
    }

    void unreadableFileHasNoVerdict()
    {
        QVERIFY(!TrailerCheck::checkFile(path(QStringLiteral("no-such-file.xz"))));
        QCOMPARE(TrailerCheck::statusWord(), QStringLiteral("cut short"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveTrailer)
#include "tst_archive_trailer.moc"
