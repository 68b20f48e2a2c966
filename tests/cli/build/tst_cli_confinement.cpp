// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// Extraction confinement, proven with sentinels in the style of libarchive's secure-extraction
// test: hostile images and tarballs are unpacked into a folder that sits beside a sentinel file
// and a sentinel folder, and the test fails when anything outside the target folder appears,
// changes or disappears. Covers `lbpayload extract`, `export-tar` (reading a hostile image) and
// `create --from-tar` (reading a hostile tar). The GUI's extraction: tst_ui_confinement.

#include "ArchiveTestKit.h"
#include "CliTestSupport.h"
#include "SentinelFolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;
using namespace Qt::StringLiterals;

namespace {

using Plant = SentinelFolder::Plant;

// The names a folder may hold after an extraction: the image's, the planted ones, and never a
// temporary file.
QStringList visibleNames(const QString &folder)
{
    QStringList out = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    out.sort();
    return out;
}

} // namespace

class TestCliConfinement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
    }

    void extract_data()
    {
        QTest::addColumn<QList<QByteArray>>("names");
        QTest::addColumn<Plant>("plant");
        QTest::addColumn<bool>("force");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected"); // what the target holds afterwards

        // Refused before the first byte is written: nothing in the target.
        const QByteArray absolute = QFile::encodeName(m_dir.filePath(u"box/absolute-escape"_s));
        const std::pair<const char *, QByteArray> refused[] = {{"dot-dot", "../escape"}, {"dot-dot alone", ".."},
            {"dot alone", "."}, {"deep dot-dot", "../../../../../../../../tmp/escape"}, {"slash", "sub/name"},
            {"absolute", absolute}, {"backslash", "..\\escape"}, {"NUL byte", QByteArray("nul\0../escape", 13)},
            {"empty name", ""}, {"over 1024 bytes", QByteArray(1025, 'n')}};
        for (const auto &[row, name] : refused)
            QTest::addRow("%s", row) << QList<QByteArray> {"fine.txt", name} << Plant::Nothing << true << 3
                                     << QStringList();
        // Allowed, and kept inside: control bytes and escape sequences are just bytes of a name.
        const QByteArray control("ctl-\x01\x1b[31m-\t\r\n-name", 18);
        QTest::addRow("control bytes") << QList<QByteArray> {control} << Plant::Nothing << false << 0
                                       << QStringList {QString::fromUtf8(control)};
        // Planted beforehand: a link at the destination that points outside.
        QTest::addRow("link to the sentinel file, no --force")
            << QList<QByteArray> {"planted"} << Plant::LinkToSentinelFile << false << 3 << QStringList {u"planted"_s};
        QTest::addRow("link to the sentinel file, --force")
            << QList<QByteArray> {"planted"} << Plant::LinkToSentinelFile << true << 0 << QStringList {u"planted"_s};
        QTest::addRow("link to the sentinel folder, --force")
            << QList<QByteArray> {"planted"} << Plant::LinkToSentinelFolder << true << 0 << QStringList {u"planted"_s};
        QTest::addRow("a folder already, --force")
            << QList<QByteArray> {"planted"} << Plant::Folder << true << 3 << QStringList {u"planted"_s};
    }

    void extract()
    {
        QFETCH(QList<QByteArray>, names);
        QFETCH(Plant, plant);
        QFETCH(bool, force);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);

        const QString box = m_dir.filePath(u"box"_s);
        QDir(box).removeRecursively();
        QVERIFY(QDir().mkpath(box));
        SentinelFolder sentinel(box);
        const QString planted = sentinel.planted();
        QVERIFY(sentinel.plant(plant));

        QList<Entry> entries;
        for (const QByteArray &name : std::as_const(names))
            entries << Entry {name, "hostile data for " + name + '\n'};
        const QString image = m_dir.filePath(u"hostile.img"_s);
        QVERIFY(writeFile(image, CliTest::image(false, entries)));

        QStringList args {u"extract"_s, u"-q"_s, u"-C"_s, sentinel.target(), image};
        if (force)
            args.insert(1, u"--force"_s);
        const Result r = run(args, {m_dir.path()});
        QVERIFY2(!r.crashed, r.err.constData());
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        const QString changes = sentinel.changesOutsideTarget();
        QVERIFY2(changes.isEmpty(), qPrintable(changes));
        QCOMPARE(visibleNames(sentinel.target()), expected);
        if (plant == Plant::Folder)
            QCOMPARE(visibleNames(planted), QStringList {u"kept"_s});
        if (exitCode == 0) // whatever was planted was replaced, not written through
            QCOMPARE(QFileInfo(planted).isSymLink(), false);
    }

    // 200,000 entries of one name (the importer's maximum): the last one wins, inside the
    // target, in bounded time, and nothing else is left.
    void twoHundredThousandOfOneName()
    {
        const QString box = m_dir.filePath(u"box-many"_s);
        QVERIFY(QDir().mkpath(box));
        SentinelFolder sentinel(box);
        QByteArray bytes("LBPAYLD1");
        bytes += field(false, 200000);
        for (int i = 0; i < 200000; ++i)
            bytes += field(false, 4) + field(false, 1) + "same" + char('a' + i % 26);
        const QString image = m_dir.filePath(u"many.img"_s);
        QVERIFY(writeFile(image, bytes));
        QElapsedTimer clock;
        clock.start();
        const Result r = run({u"extract"_s, u"-q"_s, u"-C"_s, sentinel.target(), image}, {m_dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(clock.elapsed() < 120000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
        QVERIFY2(sentinel.changesOutsideTarget().isEmpty(), qPrintable(sentinel.changesOutsideTarget()));
        QCOMPARE(visibleNames(sentinel.target()), QStringList {u"same"_s});
        QCOMPARE(readFile(sentinel.target() + u"/same"_s), QByteArray(1, char('a' + 199999 % 26)));
    }

    // export-tar reads the hostile image: the names are refused, only OUT could be written.
    void exportTarOfHostileImage()
    {
        const QString box = m_dir.filePath(u"box-export"_s);
        QVERIFY(QDir().mkpath(box));
        SentinelFolder sentinel(box);
        const QString image = m_dir.filePath(u"export-hostile.img"_s);
        QVERIFY(writeFile(image, CliTest::image(false, {{"fine", "1"}, {"../escape", "2"}, {"/abs", "3"}})));
        const Result r = run({u"export-tar"_s, u"-q"_s, image, u"-o"_s, sentinel.target() + u"/out.tar"_s});
        QVERIFY2(r.exitCode == 2 || r.exitCode == 3, r.err.constData());
        QVERIFY2(sentinel.changesOutsideTarget().isEmpty(), qPrintable(sentinel.changesOutsideTarget()));
        QCOMPARE(visibleNames(sentinel.target()), QStringList());
    }

    // create --from-tar reads a hostile tar (climbing, absolute, links out, a member below a
    // symbolic link): an image is the only thing it may write.
    void createFromHostileTar()
    {
        using namespace ArchiveTestKit;
        const QString box = m_dir.filePath(u"box-tar"_s);
        QVERIFY(QDir().mkpath(box));
        SentinelFolder sentinel(box);
        const QByteArray tar = tarHeader("../escape.txt", '0', 3) + padded("abc") +
            tarHeader(QFile::encodeName(sentinel.sentinelFile()), '0', 3) + padded("xyz") +
            tarHeader("link", '2', 0, "../sentinel-dir") + tarHeader("link/inside.txt", '0', 3) + padded("lnk") +
            tarHeader("hard", '1', 0, "../sentinel.txt") + tarHeader("ok/regular.txt", '0', 2) + padded("ok") +
            tarEnd();
        const QString tarPath = m_dir.filePath(u"hostile.tar"_s);
        QVERIFY(CliTest::writeFile(tarPath, tar));
        const QString out = sentinel.target() + u"/out.img"_s;
        const Result r = run({u"create"_s, u"-q"_s, u"--from-tar"_s, tarPath, u"-o"_s, out});
        QVERIFY2(!r.crashed, r.err.constData());
        QVERIFY2(sentinel.changesOutsideTarget().isEmpty(), qPrintable(sentinel.changesOutsideTarget()));
        // Entries are named after the member's file name, so nothing in the image can climb.
        QCOMPARE(visibleNames(sentinel.target()), r.exitCode == 0 ? QStringList {u"out.img"_s} : QStringList());
        if (r.exitCode == 0) {
            const Result list = run({u"list"_s, out});
            QVERIFY2(!list.out.contains("..") && !list.out.contains("/"), list.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliConfinement)
#include "tst_cli_confinement.moc"
