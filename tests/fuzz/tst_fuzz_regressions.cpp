// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// Replays every input a fuzzer found (crashes, leaks, timeouts, out-of-memory) through the
// target body that found it. A row passes when the body returns; on the sanitizer build a
// report ends the process, which fails the suite. New findings land in the folders by
// `scripts/dev fuzz` (fuzz/run-fuzzers) and stay here for good.

#include "FuzzInputReplay.h"
#include "FuzzTargets.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFolderIsATarget();
    void replay_data();
    void replay();
    void edgeInputs_data();
    void edgeInputs();
};

static QDir regressionRoot()
{
    return QDir(QStringLiteral(PAYLOAD_STUDIO_FUZZ_REGRESSIONS));
}

// A folder named after no target would never be replayed: its findings would be lost silently.
void TestFuzzRegressions::everyFolderIsATarget()
{
    const QStringList folders = regressionRoot().entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders, FuzzTargets::names());
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString &target : FuzzTargets::names()) {
        const QDir dir(regressionRoot().filePath(target));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(file)) << target << dir.filePath(file);
            ++rows;
        }
    }
    if (rows == 0)
        QTest::addRow("no findings yet") << QString() << QString();
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    if (target.isEmpty())
        QSKIP("tests/data/fuzz-regressions holds no inputs yet");
    qint64 milliseconds = 0;
    QString problem;
    QVERIFY2(replayFuzzInput(target, path, &milliseconds, &problem), qPrintable(problem));
    // A timeout found by the fuzzer (30 s under libFuzzer's instrumentation) must stay fixed.
    QVERIFY2(milliseconds < 30000, qPrintable(u"%1 ms"_s.arg(milliseconds)));
}

// Inputs every target must take without a fuzzer having to find them: nothing, one byte, the
// magic alone, a long run of one byte.
void TestFuzzRegressions::edgeInputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("data");
    for (const QString &target : FuzzTargets::names()) {
        const QByteArray name = target.toUtf8();
        QTest::addRow("%s/empty", name.constData()) << target << QByteArray();
        QTest::addRow("%s/one byte", name.constData()) << target << QByteArray(1, '\x00');
        QTest::addRow("%s/magic", name.constData()) << target << QByteArray("LBPAYLD1");
        QTest::addRow("%s/64 KiB of 0xff", name.constData()) << target << QByteArray(65536, '\xff');
        QTest::addRow("%s/64 KiB of newlines", name.constData()) << target << QByteArray(65536, '\n');
    }
}

void TestFuzzRegressions::edgeInputs()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, data);
    FuzzTargets::byName(target)(data);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
