// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

// lbpayload diff: added, removed, changed (size or content) and renamed entries between two
// images, or an image and a folder; exit code 0 for no difference, 1 for any.
class TestCliDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Each side is written as an image, or as a folder when `folder` (names must then be
    // unique and plain).
    QString side(const QString &name, const QList<Entry> &entries, bool folder, bool u64 = false)
    {
        const QString target = m_dir.filePath(name);
        if (!folder) {
            if (!writeFile(target, image(u64, entries)))
                return {};
            return target;
        }
        QDir(target).removeRecursively();
        QDir().mkpath(target);
        for (const Entry &e : entries) {
            const QString file = QDir(target).filePath(QString::fromUtf8(e.name));
            QDir().mkpath(QFileInfo(file).absolutePath());
            if (!writeFile(file, e.data))
                return {};
        }
        return target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set");
        QVERIFY(m_dir.isValid());
    }

    void diff_data()
    {
        QTest::addColumn<QList<Entry>>("before");
        QTest::addColumn<QList<Entry>>("after");
        QTest::addColumn<QByteArray>("expected");
        const Entry a {"a.tar.gz", "aaaa"}, b {"b.tar.gz", "bbbbbb"}, c {"c.txt", "c"};
        QTest::newRow("identical") << QList<Entry> {a, b, c} << QList<Entry> {a, b, c} << QByteArray();
        QTest::newRow("identical, other order") << QList<Entry> {a, b, c} << QList<Entry> {c, a, b} << QByteArray();
        QTest::newRow("both empty") << QList<Entry> {} << QList<Entry> {} << QByteArray();
        QTest::newRow("added") << QList<Entry> {a} << QList<Entry> {a, b} << QByteArray("A\tb.tar.gz\n");
        QTest::newRow("removed") << QList<Entry> {a, b} << QList<Entry> {b} << QByteArray("D\ta.tar.gz\n");
        QTest::newRow("changed size") << QList<Entry> {a, b} << QList<Entry> {a, {"b.tar.gz", "bbb"}}
                                      << QByteArray("M\tb.tar.gz\n");
        QTest::newRow("changed content, same size")
            << QList<Entry> {a, b} << QList<Entry> {{"a.tar.gz", "aaab"}, b} << QByteArray("M\ta.tar.gz\n");
        QTest::newRow("renamed") << QList<Entry> {a, b} << QList<Entry> {{"a-1.0.tar.gz", "aaaa"}, b}
                                 << QByteArray("R\ta.tar.gz\ta-1.0.tar.gz\n");
        // Same size, other bytes: not a rename but a removal and an addition.
        QTest::newRow("not a rename") << QList<Entry> {a} << QList<Entry> {{"x.tar.gz", "xxxx"}}
                                      << QByteArray("D\ta.tar.gz\nA\tx.tar.gz\n");
        QTest::newRow("everything at once")
            << QList<Entry> {a, b, c, {"gone", "g"}}
            << QList<Entry> {{"a.tar.gz", "AAAA"}, {"bee.tar.gz", "bbbbbb"}, c, {"new", "n"}}
            << QByteArray("M\ta.tar.gz\nR\tb.tar.gz\tbee.tar.gz\nD\tgone\nA\tnew\n");
        // Two identical files renamed: each pairs with one new name, in name order.
        QTest::newRow("two renames of equal content")
            << QList<Entry> {{"p1", "same"}, {"p2", "same"}} << QList<Entry> {{"q1", "same"}, {"q2", "same"}}
            << QByteArray("R\tp1\tq1\nR\tp2\tq2\n");
        QTest::newRow("names are escaped")
            << QList<Entry> {} << QList<Entry> {{"tab\there", "t"}} << QByteArray("A\ttab\\there\n");
    }

    void diff()
    {
        QFETCH(QList<Entry>, before);
        QFETCH(QList<Entry>, after);
        QFETCH(QByteArray, expected);
        const int exitCode = expected.isEmpty() ? 0 : 1;
        // Image against image (either layout), and image against folder, both ways round.
        const QList<std::pair<bool, bool>> kinds = {{false, false}, {false, true}, {true, false}};
        // A tab in a file name works too, but keeps test folders unreadable: images only.
        const bool imagesOnly = QByteArray(QTest::currentDataTag()) == "names are escaped";
        for (const auto &[beforeFolder, afterFolder] : kinds) {
            if (imagesOnly && (beforeFolder || afterFolder))
                continue;
            const QString suffix = QStringLiteral("-%1%2").arg(int(beforeFolder)).arg(int(afterFolder));
            const QString a = side(QStringLiteral("before") + suffix, before, beforeFolder);
            const QString b = side(QStringLiteral("after") + suffix, after, afterFolder, true);
            QVERIFY(!a.isEmpty() && !b.isEmpty());
            const Result r = run({QStringLiteral("diff"), QStringLiteral("-q"), a, b});
            QVERIFY(!r.crashed);
            QCOMPARE(r.out, expected);
            QCOMPARE(r.err, QByteArray());
            QCOMPARE(r.exitCode, exitCode);
        }
    }

    // A name stored twice counts as its last entry, the one the importer leaves behind.
    void duplicatesCountAsTheLastEntry()
    {
        const QString a = side(QStringLiteral("dup-before"), {{"x", "old"}, {"x", "new"}}, false);
        const QString b = side(QStringLiteral("dup-after"), {{"x", "new"}}, true);
        Result r = run({QStringLiteral("diff"), a, b});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray("lbpayload: no differences\n"));

        const QString c = side(QStringLiteral("dup-other"), {{"x", "old"}}, true);
        r = run({QStringLiteral("diff"), a, c});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray("M\tx\n"));
        QCOMPARE(r.err, QByteArray("lbpayload: 0 added, 0 removed, 1 changed, 0 renamed\n"));
    }

    void recursiveFolders()
    {
        const QString img = side(QStringLiteral("rec.img"), {{"top", "t"}, {"deep", "d"}}, false);
        const QString folder = side(QStringLiteral("rec"), {{"top", "t"}, {"sub/deep", "d"}}, true);
        Result r = run({QStringLiteral("diff"), QStringLiteral("-q"), img, folder});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray("D\tdeep\n"));
        r = run({QStringLiteral("diff"), QStringLiteral("-q"), QStringLiteral("--recursive"), img, folder});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
    }

    void unreadableSides_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing image") << "ok.img"
                                       << "nothere.img"
                                       << QByteArray(
                                              "lbpayload: nothere.img: cannot open: No such file or directory\n");
        QTest::newRow("not an image") << "junk.img"
                                      << "ok.img"
                                      << QByteArray("lbpayload: junk.img: not an LBPAYLD1 image: byte 0 does not start "
                                                    "with the magic \"LBPAYLD1\"\n");
    }

    void unreadableSides()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QByteArray, message);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ok.img")), image(false, {{"a", "1"}})));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("junk.img")), "not an image at all"));
        const Result r = run({QStringLiteral("diff"), first, second}, {m_dir.path()});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, message);
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
