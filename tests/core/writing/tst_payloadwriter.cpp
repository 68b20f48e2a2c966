// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadReader.h"
#include "PayloadWriter.h"
#include "Sha256.h"
#include "TestImage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using PayloadFormat::Layout;
using TestImage::Entry;

Q_DECLARE_METATYPE(QList<TestImage::Entry>)

class TestPayloadWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes each entry's data to its own source file and returns the build entries.
    QList<BuildEntry> sources(const QList<Entry> &entries, const QString &sub = QStringLiteral("src"))
    {
        QDir(m_dir.path()).mkpath(sub);
        QList<BuildEntry> out;
        for (int i = 0; i < entries.size(); ++i) {
            const QString path = m_dir.filePath(sub + QStringLiteral("/source-%1").arg(i));
            TestImage::writeFile(path, entries.at(i).data);
            out << BuildEntry::fromFile(path, entries.at(i).name);
        }
        return out;
    }

    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList(QStringList{QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void writesExactlyTheFormatsBytes_data()
    {
        QTest::addColumn<bool>("u64");
        QTest::addColumn<QList<Entry>>("entries");
        for (const bool u64 : {false, true}) {
            const char *l = u64 ? "u64" : "u32";
            QTest::addRow("%s empty", l) << u64 << QList<Entry>{};
            QTest::addRow("%s one entry", l) << u64 << QList<Entry>{{"a.tar.gz", "payload bytes"}};
            QTest::addRow("%s zero-byte and non-ASCII", l) << u64 << TestImage::sample();
            QTest::addRow("%s 1024-byte name", l) << u64 << QList<Entry>{{QByteArray(1024, 'n'), "x"}};
            QTest::addRow("%s 3 MiB entry", l) << u64 << QList<Entry>{{"big.bin", QByteArray(3 * 1024 * 1024 + 17, 'b')}};
        }
    }

    void writesExactlyTheFormatsBytes()
    {
        QFETCH(bool, u64);
        QFETCH(QList<Entry>, entries);
        BuildOptions options;
        options.layout = u64 ? Layout::U64 : Layout::U32;
        options.computeSha256 = true;
        BuildPlan plan(sources(entries), options);
        const QString out = m_dir.filePath(QStringLiteral("out.img"));
        QFile::remove(out);
        PayloadWriter writer;
        QVERIFY2(writer.write(plan, out), qPrintable(writer.error()));
        QCOMPARE(TestImage::readFile(out), TestImage::assemble(u64, entries));
        QCOMPARE(QFileInfo(out).size(), plan.imageSize());

        // The manifest describes the bytes written, with each entry's hash.
        const Manifest &m = writer.manifest();
        QCOMPARE(m.entries.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(m.entries.at(i).name, entries.at(i).name);
            QCOMPARE(m.entries.at(i).size, entries.at(i).data.size());
            QCOMPARE(m.entries.at(i).sha256, Sha256::hexOf(entries.at(i).data));
        }

        // Round trip through the reader.
        PayloadReader reader;
        QVERIFY(reader.open(out));
        QCOMPARE(reader.layout(), options.layout);
        QCOMPARE(reader.entries().size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(reader.entries().at(i).dataOffset, m.entries.at(i).dataOffset);
            QCOMPARE(reader.openEntry(i)->readAll(), entries.at(i).data);
        }
        QVERIFY(leftovers().isEmpty());
    }

    void isDeterministic()
    {
        BuildOptions options;
        const QList<BuildEntry> in = sources(TestImage::sample());
        for (const QString &name : {QStringLiteral("one.img"), QStringLiteral("two.img")}) {
            BuildPlan plan(in, options);
            PayloadWriter writer;
            QVERIFY(writer.write(plan, m_dir.filePath(name)));
        }
        QCOMPARE(TestImage::readFile(m_dir.filePath(QStringLiteral("one.img"))),
                 TestImage::readFile(m_dir.filePath(QStringLiteral("two.img"))));
    }

    void sortsByCodePointLikeUpstream()
    {
        const QList<Entry> entries{{"zlib.tar.gz", "z"}, {"\xc3\xa9tude.txt", "e"}, {"Zebra.tar.xz", "Z"}, {"abc.zip", "a"}};
        BuildOptions options;
        options.sortByName = true;
        BuildPlan plan(sources(entries), options);
        const QString out = m_dir.filePath(QStringLiteral("sorted.img"));
        PayloadWriter writer;
        QVERIFY(writer.write(plan, out));
        const QList<Entry> expected{entries.at(2), entries.at(3), entries.at(0), entries.at(1)};
        QCOMPARE(TestImage::readFile(out), TestImage::assemble(false, expected));
    }

    void padsWithZeros_data()
    {
        QTest::addColumn<qint64>("padTo");
        QTest::newRow("512 bytes") << qint64(512);
        QTest::newRow("1 MiB") << qint64(1024 * 1024);
    }

    void padsWithZeros()
    {
        QFETCH(qint64, padTo);
        BuildOptions options;
        options.padTo = padTo;
        BuildPlan plan(sources(TestImage::sample()), options);
        const QString out = m_dir.filePath(QStringLiteral("padded.img"));
        QFile::remove(out);
        PayloadWriter writer;
        QVERIFY(writer.write(plan, out));
        const QByteArray bytes = TestImage::readFile(out);
        const QByteArray image = TestImage::assemble(false, TestImage::sample());
        QCOMPARE(bytes.size(), padTo);
        QCOMPARE(bytes.left(image.size()), image);
        QCOMPARE(bytes.mid(image.size()), QByteArray(padTo - image.size(), '\0'));
        PayloadReader reader;
        QVERIFY(reader.open(out));
        QCOMPARE(reader.trailingAllZero(), std::optional<bool>(true));
    }

    void cancelLeavesNothing()
    {
        BuildPlan plan(sources({{"big.bin", QByteArray(20 * 1024 * 1024, 'c')}, {"second.bin", "2"}}), {});
        const QString out = m_dir.filePath(QStringLiteral("canceled.img"));
        int calls = 0;
        JobControl control;
        control.progress = [&](qint64, qint64, const QString &) { ++calls; };
        control.isCanceled = [&] { return calls >= 1; };
        PayloadWriter writer;
        QVERIFY(!writer.write(plan, out, control));
        QVERIFY(writer.wasCanceled());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers().isEmpty());
    }

    void failedBuildKeepsTheExistingImage()
    {
        const QString out = m_dir.filePath(QStringLiteral("keep.img"));
        TestImage::writeFile(out, "the good image");
        QList<BuildEntry> in = sources(TestImage::sample());
        BuildOptions options;
        options.overwrite = true;
        BuildPlan plan(in, options);
        QVERIFY(plan.prepare());
        QFile::remove(in.at(1).sourcePath); // vanishes between planning and copying
        PayloadWriter writer;
        QVERIFY(!writer.write(plan, out));
        QVERIFY2(writer.error().contains(in.at(1).sourcePath), qPrintable(writer.error()));
        QVERIFY(writer.error().contains(QLatin1String("vanished")));
        QCOMPARE(TestImage::readFile(out), QByteArray("the good image"));
        QVERIFY(leftovers().isEmpty());
    }

    void sourceChangingSizeDuringTheCopyIsCaught()
    {
        // A source that grows after planning: the writer checks the size when it opens it.
        QList<BuildEntry> in = sources({{"grows.txt", "short"}, {"b", "b"}});
        BuildPlan plan(in, {});
        QVERIFY(plan.prepare());
        const QString out = m_dir.filePath(QStringLiteral("changed.img"));
        int step = 0;
        JobControl control;
        control.progress = [&](qint64, qint64, const QString &) {
            if (step++ == 0) {
                QFile f(in.at(1).sourcePath);
                f.open(QIODevice::Append);
                f.write("more bytes than planned");
            }
        };
        PayloadWriter writer;
        // Grow the second source after the first entry was copied.
        QVERIFY(!writer.write(plan, out, control));
        QVERIFY2(writer.error().contains(QLatin1String("changed size")), qPrintable(writer.error()));
        QVERIFY2(writer.error().contains(in.at(1).sourcePath), qPrintable(writer.error()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers().isEmpty());
    }

    void hashedBuildWritesTheSameBytesAndTheirDigests()
    {
        // Hashed entries are copied by the hash workers through their buffer (128 KiB), next
        // to entries with a known digest that this thread copies: the bytes must be the plain
        // build's, each digest that of its source.
        QList<Entry> data = TestImage::sample();
        QByteArray big(300 * 1024 + 5, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 7 + i / 4096);
        data << Entry {"big.bin", big} << Entry {"known.txt", "known bytes"} << Entry {"one", "1"};
        QList<BuildEntry> in = sources(data, QStringLiteral("hashed"));
        in.last().expectedSha256 = Sha256::hexOf("1");
        in[in.size() - 2].knownSha256 = QByteArray(64, 'f'); // trusted: not computed again
        BuildOptions options;
        options.computeSha256 = true;
        BuildPlan plan(in, options);
        const QString out = m_dir.filePath(QStringLiteral("hashed.img"));
        PayloadWriter writer;
        QVERIFY2(writer.write(plan, out), qPrintable(writer.error()));
        QCOMPARE(TestImage::readFile(out), TestImage::assemble(false, data));
        QCOMPARE(writer.manifest().entries.size(), data.size());
        for (int i = 0; i < data.size(); ++i) {
            const QByteArray expected = i == data.size() - 2 ? QByteArray(64, 'f') : Sha256::hexOf(data.at(i).data);
            QCOMPARE(writer.manifest().entries.at(i).sha256, expected);
        }
        QVERIFY(!writer.usedCopyFileRange());
    }

    void hashedSourceThatVanishedFailsTheBuild()
    {
        QList<BuildEntry> in =
            sources({{"a", "aaaa"}, {"gone", QByteArray(200 * 1024, 'g')}}, QStringLiteral("vanish"));
        BuildOptions options;
        options.computeSha256 = true;
        BuildPlan plan(in, options);
        QVERIFY(plan.prepare());
        QFile::remove(in.at(1).sourcePath);
        const QString out = m_dir.filePath(QStringLiteral("vanished.img"));
        PayloadWriter writer;
        QVERIFY(!writer.write(plan, out));
        QVERIFY2(writer.error().contains(QLatin1String("vanished")), qPrintable(writer.error()));
        QVERIFY2(writer.error().contains(in.at(1).sourcePath), qPrintable(writer.error()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers().isEmpty());
    }

    void hashedSourceChangedSinceItsCheckFailsTheBuild()
    {
        QList<BuildEntry> in = sources({{"a", "aaaa"}, {"b", "bbbb"}}, QStringLiteral("identity"));
        in[1].identity = FileIdentity::ofPath(in.at(1).sourcePath);
        in[1].identity->mtimeNs += 1; // as if it had been written since it was checked
        in[1].expectedSha256 = Sha256::hexOf("bbbb");
        BuildPlan plan(in, {});
        const QString out = m_dir.filePath(QStringLiteral("identity.img"));
        PayloadWriter writer;
        QVERIFY(!writer.write(plan, out));
        QVERIFY2(writer.error().contains(QLatin1String("changed since it was checked")), qPrintable(writer.error()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers().isEmpty());
    }

    void refusesWhatTheImporterRejects_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("slash") << QByteArray("a/b") << QStringLiteral("'/'");
        QTest::newRow("backslash") << QByteArray("a\\b") << QStringLiteral("'\\'");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("1025 bytes") << QByteArray(1025, 'n') << QStringLiteral("1025 bytes");
    }

    void refusesWhatTheImporterRejects()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(QStringLiteral("rejected.img"));
        BuildPlan plan(sources({{name, "x"}}), {});
        PayloadWriter writer;
        QVERIFY(!writer.write(plan, out));
        QVERIFY2(writer.error().contains(expected), qPrintable(writer.error()));
        QVERIFY(!QFileInfo::exists(out));

        BuildOptions allow;
        allow.allowImporterViolations = true;
        BuildPlan allowed(sources({{name, "x"}}), allow);
        QVERIFY2(writer.write(allowed, out), qPrintable(writer.error()));
        QFile::remove(out);
    }

    void refusesDuplicatesNamingBothSources()
    {
        const QList<BuildEntry> in = sources({{"same.tar.gz", "1"}, {"same.tar.gz", "2"}});
        BuildPlan plan(in, {});
        PayloadWriter writer;
        QVERIFY(!writer.write(plan, m_dir.filePath(QStringLiteral("dup.img"))));
        QVERIFY(writer.error().contains(in.at(0).sourcePath));
        QVERIFY(writer.error().contains(in.at(1).sourcePath));
    }

    void refusesAnExistingOutputUnlessAsked()
    {
        const QString out = m_dir.filePath(QStringLiteral("exists.img"));
        TestImage::writeFile(out, "precious");
        BuildPlan plan(sources(TestImage::sample()), {});
        PayloadWriter writer;
        QVERIFY(!writer.write(plan, out));
        QVERIFY(writer.error().contains(QLatin1String("exists")));
        QCOMPARE(TestImage::readFile(out), QByteArray("precious"));
        plan.options().overwrite = true;
        QVERIFY(writer.write(plan, out));
        QCOMPARE(TestImage::readFile(out), TestImage::assemble(false, TestImage::sample()));
    }

    void u32RefusesFourGiBAndSuggestsU64()
    {
        // A sparse 4 GiB file: the plan refuses it before a byte is copied.
        const QString big = m_dir.filePath(QStringLiteral("4gib.bin"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 32));
        f.close();
        BuildPlan plan({BuildEntry::fromFile(big, "4gib.bin")}, {});
        QVERIFY(!plan.prepare());
        QVERIFY(plan.problems().join(QLatin1Char(' ')).contains(QLatin1String("use the u64 layout")));
        plan.options().layout = Layout::U64;
        QVERIFY2(plan.prepare(), qPrintable(plan.problems().join(QLatin1Char(' '))));
    }

    void copiesByteRangesOfAnotherImage()
    {
        // How convert and "edit as new payload" work: entries sourced from an image in place.
        const QString in = m_dir.filePath(QStringLiteral("in32.img"));
        TestImage::writeFile(in, TestImage::assemble(false, TestImage::sample()));
        PayloadReader reader;
        QVERIFY(reader.open(in));
        QList<BuildEntry> entries;
        for (const PayloadEntry &e : reader.entries())
            entries << BuildEntry::fromRange(in, e.dataOffset, e.size, e.rawName);
        BuildOptions options;
        options.layout = Layout::U64;
        BuildPlan plan(entries, options);
        const QString out = m_dir.filePath(QStringLiteral("out64.img"));
        PayloadWriter writer;
        QVERIFY2(writer.write(plan, out), qPrintable(writer.error()));
        QCOMPARE(TestImage::readFile(out), TestImage::assemble(true, TestImage::sample()));
    }

    void reportsProgressUpToTheTotal()
    {
        BuildOptions options;
        options.computeSha256 = true;
        BuildPlan plan(sources({{"a", QByteArray(10 * 1024 * 1024, 'a')}, {"b", QByteArray(1000, 'b')}}), options);
        qint64 last = -1, total = 0;
        bool monotonic = true;
        JobControl control;
        control.progress = [&](qint64 done, qint64 all, const QString &) {
            monotonic = monotonic && done >= last;
            last = done;
            total = all;
        };
        const QString out = m_dir.filePath(QStringLiteral("progress.img"));
        PayloadWriter writer;
        QVERIFY(writer.write(plan, out, control));
        QVERIFY(monotonic);
        QCOMPARE(last, total);
        QCOMPARE(total, 2 * plan.payloadBytes()); // copy and hash both count
    }
};

QTEST_GUILESS_MAIN(TestPayloadWriter)
#include "tst_payloadwriter.moc"
