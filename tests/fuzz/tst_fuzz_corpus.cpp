// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// Replays the committed fuzz corpora (tests/data/fuzz-corpus/<target>/, written back by
// `scripts/dev fuzz`, see fuzz/run-fuzzers) through the target bodies the fuzz build runs: every
// input that reached coverage the seeds do not stays exercised on every build, and on the
// sanitizer build a report fails the suite. The corpora must also stay as small as
// run-fuzzers keeps them, so that this replay stays quick.

#include "FuzzInputReplay.h"
#include "FuzzTargets.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// run-fuzzers' defaults (PAYLOAD_STUDIO_FUZZ_KEEP_MAX_LEN, PAYLOAD_STUDIO_FUZZ_KEEP_KB).
constexpr qint64 MaxInputBytes = 98304;
constexpr qint64 MaxTargetBytes = 768 * 1024;
// One input of a few KiB takes milliseconds, even under ASan; an input that takes seconds
// would make every test run slow, and is worth a look as a finding.
constexpr qint64 MaxInputMilliseconds = 5000;

QDir corpusRoot()
{
    return QDir(QStringLiteral(PAYLOAD_STUDIO_FUZZ_CORPUS));
}

QFileInfoList inputsOf(const QString &target)
{
    // Hidden files (.gitkeep) are not inputs.
    return QDir(corpusRoot().filePath(target)).entryInfoList(QDir::Files, QDir::Name);
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFolderIsATarget();
    void bounds_data();
    void bounds();
    void replay_data();
    void replay();
};

// A folder named after no target would never be replayed or fuzzed from.
void TestFuzzCorpus::everyFolderIsATarget()
{
    const QStringList folders = corpusRoot().entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders, FuzzTargets::names());
}

void TestFuzzCorpus::bounds_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &target : FuzzTargets::names())
        QTest::addRow("%s", qPrintable(target)) << target;
}

// What run-fuzzers commits, and no more: a corpus copied by hand from a machine's build folder
// would make the checkout and this suite heavy.
void TestFuzzCorpus::bounds()
{
    QFETCH(QString, target);
    qint64 total = 0;
    for (const QFileInfo &input : inputsOf(target)) {
        QVERIFY2(input.size() <= MaxInputBytes,
            qPrintable(u"%1: %2 bytes, more than %3"_s.arg(input.fileName()).arg(input.size()).arg(MaxInputBytes)));
        total += input.size();
    }
    QVERIFY2(total <= MaxTargetBytes, qPrintable(u"%1 bytes in all, more than %2"_s.arg(total).arg(MaxTargetBytes)));
}

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString &target : FuzzTargets::names()) {
        for (const QFileInfo &input : inputsOf(target)) {
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(input.fileName())) << target << input.filePath();
            ++rows;
        }
    }
    // Every run of run-fuzzers commits what it learned; no inputs at all means the corpus was lost.
    if (rows == 0)
        QTest::addRow("no inputs") << QString() << QString();
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    if (target.isEmpty())
        QFAIL("tests/data/fuzz-corpus holds no inputs: `scripts/dev fuzz` writes them back after each run");
    qint64 milliseconds = 0;
    QString problem;
    QVERIFY2(replayFuzzInput(target, path, &milliseconds, &problem), qPrintable(problem));
    QVERIFY2(milliseconds < MaxInputMilliseconds, qPrintable(u"%1 ms"_s.arg(milliseconds)));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzz_corpus.moc"
