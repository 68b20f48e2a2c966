// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// Fault injection for every lbpayload command that writes: create, convert, manifest -o,
// export-tar and extract, each against a full disk, a folder it may not write to, an output
// path that is a folder, its input deleted, cut short or grown while it runs, SIGINT and
// SIGTERM at two points, and SIGKILL. After each: the exit code README promises ("Exit codes"),
// a message, the previous output byte for byte, and no temporary file in the folder.

#include "CliTestSupport.h"
#include "FaultKit.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace CliTest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Previous = "the previous output, which a failed run must leave as it is\n";
constexpr qint64 BigSize = 256ll * 1024 * 1024; // long enough to be caught mid-job; sparse

enum class Fault {
    DiskFull,
    PermissionDenied,
    OutputIsFolder,
    SourceDeleted,
    SourceTruncated,
    SourceGrown,
    SigintAtOpen,
    SigintMidJob,
    SigtermMidJob,
    SigkillMidJob
};

} // namespace

class TestFaultsCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // The command line of `op` writing into `outDir`; its input is in(), its output output().
    QStringList command(const QString &op, const QString &outDir) const
    {
        const QString out = QDir(outDir).filePath(outputName(op));
        const QString image = path(u"in/image.img"_s);
        if (op == u"create")
            return {u"create"_s, u"-q"_s, u"--force"_s, u"-o"_s, out, path(u"in/big.bin"_s)};
        if (op == u"convert")
            return {u"convert"_s, u"-q"_s, u"--force"_s, u"--layout"_s, u"u64"_s, u"-o"_s, out, image};
        if (op == u"manifest")
            return {u"manifest"_s, u"-q"_s, u"--force"_s, u"-o"_s, out, image};
        if (op == u"export-tar")
            return {u"export-tar"_s, u"-q"_s, u"--force"_s, image, u"-o"_s, out};
        return {u"extract"_s, u"-q"_s, u"--force"_s, u"-C"_s, outDir, image};
    }
    static QString outputName(const QString &op)
    {
        if (op == u"manifest")
            return u"out.json"_s;
        if (op == u"export-tar")
            return u"out.tar"_s;
        if (op == u"extract")
            return u"big.bin"_s; // the entry's name: extraction replaces it
        return u"out.img"_s;
    }
    QString input(const QString &op) const { return path(op == u"create" ? u"in/big.bin"_s : u"in/image.img"_s); }

    // The previous output in `outDir`; for extract, the entry's file as a previous run left it.
    static bool writePrevious(const QString &outDir, const QString &op)
    {
        return QDir().mkpath(outDir) && writeFile(QDir(outDir).filePath(outputName(op)), Previous);
    }

    // The folder holds the previous output unchanged and nothing else (`extra`: other files
    // the test put there). Extraction may have completed the file instead: whole or not at all.
    static void checkLeftAlone(const QString &outDir, const QString &op, const QStringList &extra = {})
    {
        QStringList expected = extra;
        expected << outputName(op);
        expected.sort();
        QCOMPARE(FaultKit::names(outDir), expected);
        const QString out = QDir(outDir).filePath(outputName(op));
        const QByteArray now = readFile(out);
        if (op == u"extract" && now.size() != Previous.size())
            QCOMPARE(QFileInfo(out).size(), BigSize);
        else
            QCOMPARE(now, Previous);
    }

    static bool isInterrupt(Fault fault)
    {
        return fault == Fault::SigintAtOpen || fault == Fault::SigintMidJob || fault == Fault::SigtermMidJob ||
            fault == Fault::SigkillMidJob;
    }

    // Runs `op` and hits it with `fault` while it runs. Returns the finished process's result.
    Result runWithFault(const QString &op, Fault fault, const QString &outDir)
    {
        QProcess process;
        process.start(binary(), command(op, outDir));
        Result result;
        if (!process.waitForStarted(30000))
            return result;
        const pid_t pid = pid_t(process.processId());
        // Mid-job: the output is open in its folder (manifest -o: the image is being hashed,
        // and the file is written only at the end).
        bool opened = false;
        if (fault == Fault::SigintAtOpen || op == u"manifest") {
            opened = waitUntilOpen(pid, input(op));
            if (opened && fault != Fault::SigintAtOpen)
                QTest::qSleep(100);
        } else {
            opened = waitUntilWritingInto(pid, outDir);
        }
        if (opened) {
            ::kill(pid, SIGSTOP);
            switch (fault) {
            case Fault::SourceDeleted:
                QFile::remove(input(op));
                break;
            case Fault::SourceTruncated:
                QFile(input(op)).resize(BigSize / 2);
                break;
            case Fault::SourceGrown:
                QFile(input(op)).resize(BigSize * 2);
                break;
            case Fault::SigintAtOpen:
            case Fault::SigintMidJob:
                ::kill(pid, SIGINT);
                break;
            case Fault::SigtermMidJob:
                ::kill(pid, SIGTERM);
                break;
            case Fault::SigkillMidJob:
                ::kill(pid, SIGKILL);
                break;
            default:
                break;
            }
            ::kill(pid, SIGCONT);
        }
        process.waitForFinished(600000);
        result.crashed = process.exitStatus() != QProcess::NormalExit;
        // As a shell reports it: 128 + the signal for a process the signal ended.
        result.exitCode = result.crashed ? 128 + process.exitCode() : process.exitCode();
        result.err = process.readAllStandardError();
        if (!opened)
            result.err.prepend("(the job ended before the fault could be injected) ");
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!binary().isEmpty(), "PAYLOAD_STUDIO_BIN is not set"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(path(u"in"_s)));
        QVERIFY(FaultKit::makeSparseFile(path(u"in/big.bin"_s), BigSize));
        QVERIFY(FaultKit::makeSparseImage(path(u"in/image.img"_s), "big.bin", BigSize));
    }
    void cleanup()
    {
        QDir(path(u"out"_s)).removeRecursively(); // a read-only folder is still removable by its owner
        m_dir.reset();
    }

    void fault_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<Fault>("fault");
        const std::pair<const char *, Fault> faults[] = {{"disk full", Fault::DiskFull},
            {"permission denied", Fault::PermissionDenied}, {"output is a folder", Fault::OutputIsFolder},
            {"source deleted", Fault::SourceDeleted}, {"source truncated", Fault::SourceTruncated},
            {"source grown", Fault::SourceGrown}, {"SIGINT at open", Fault::SigintAtOpen},
            {"SIGINT mid-job", Fault::SigintMidJob}, {"SIGTERM mid-job", Fault::SigtermMidJob},
            {"SIGKILL mid-job", Fault::SigkillMidJob}};
        for (const char *op : {"create", "convert", "manifest", "export-tar", "extract"})
            for (const auto &[name, fault] : faults)
                QTest::addRow("%s: %s", op, name) << QString::fromLatin1(op) << fault;
    }

    void fault()
    {
        QFETCH(QString, op);
        QFETCH(Fault, fault);
        const QString outDir = path(u"out"_s);
        QVERIFY(writePrevious(outDir, op));
        const QString out = QDir(outDir).filePath(outputName(op));

        if (fault == Fault::DiskFull) {
            const QString why = FaultKit::whyNoSmallFilesystem();
            if (!why.isEmpty())
                QSKIP(qPrintable(why));
            // 256 KiB of tmpfs: the previous output takes a page, a filler the rest, so the
            // first page the job writes finds the disk full.
            const QString stage = path(u"stage"_s);
            QVERIFY(writePrevious(stage, op));
            QVERIFY(writeFile(QDir(stage).filePath(u"filler"_s), QByteArray(252 * 1024, 'f')));
            const FaultKit::SmallFsRun run =
                FaultKit::runInSmallFilesystem(256, outDir, stage, binary(), command(op, outDir));
            QVERIFY2(run.exitCode == 3, run.err.constData());
            const QByteArray said = run.err.toLower();
            QVERIFY2(run.err.startsWith("lbpayload: ") && (said.contains("space") || said.contains("full")),
                run.err.constData());
            checkLeftAlone(run.after, op, {u"filler"_s});
            return;
        }
        QStringList prefix;
        if (fault == Fault::PermissionDenied) {
            QVERIFY(QFile::setPermissions(outDir,
                QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                    QFileDevice::ReadOther | QFileDevice::ExeOther));
            QString why;
            if (!FaultKit::writeDenialPrefix(outDir, &prefix, &why))
                QSKIP(qPrintable(why));
            QStringList args = prefix + QStringList {binary()} + command(op, outDir);
            const Result r = runProgram(args.takeFirst(), args);
            QFile::setPermissions(outDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QVERIFY2(r.exitCode == 3, r.err.constData());
            QVERIFY2(r.err.startsWith("lbpayload: ") && r.err.contains("Permission denied"), r.err.constData());
            checkLeftAlone(outDir, op);
            return;
        }
        if (fault == Fault::OutputIsFolder) {
            // For extract the folder (-C) is a file instead; for the others the output is a folder.
            QVERIFY(QDir(outDir).removeRecursively());
            QVERIFY(QDir().mkpath(op == u"extract" ? path(u"elsewhere"_s) : out));
            if (op == u"extract")
                QVERIFY(writeFile(outDir, Previous));
            else
                QVERIFY(writeFile(QDir(out).filePath(u"inside"_s), Previous));
            const Result r = run(command(op, outDir));
            QVERIFY2(r.exitCode == 3, r.err.constData());
            QVERIFY2(r.err.startsWith("lbpayload: "), r.err.constData());
            if (op == u"extract")
                QCOMPARE(readFile(outDir), Previous);
            else
                QCOMPARE(FaultKit::names(out), QStringList {u"inside"_s});
            QCOMPARE(FaultKit::names(m_dir->path()),
                (QStringList {u"elsewhere"_s, u"in"_s, u"out"_s}).mid(op == u"extract" ? 0 : 1));
            return;
        }

        const Result r = runWithFault(op, fault, outDir);
        QVERIFY2(!r.err.startsWith("(the job ended"), r.err.constData());
        if (fault == Fault::SigkillMidJob) {
            QCOMPARE(r.exitCode, 128 + SIGKILL);
            checkLeftAlone(outDir, op);
            return;
        }
        if (isInterrupt(fault)) {
            QVERIFY2(r.exitCode == 130 && !r.crashed,
                qPrintable(
                    u"exit %1%2: %3"_s.arg(r.exitCode)
                        .arg(r.crashed ? u" (ended by the signal)"_s : QString(), QString::fromLocal8Bit(r.err))));
            checkLeftAlone(outDir, op);
            return;
        }
        // A source changed under the job: either the job noticed (exit 3, a message, the
        // previous output kept), or what it wrote is consistent with what it planned.
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, r.err.constData());
        if (r.exitCode == 3) {
            QVERIFY2(r.err.startsWith("lbpayload: "), r.err.constData());
            checkLeftAlone(outDir, op);
            return;
        }
        QCOMPARE(FaultKit::temporaryNames(outDir), QStringList());
        if (op == u"create" || op == u"convert") {
            const Result verify = run({u"verify"_s, out});
            QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
        }
        if (op == u"extract")
            QCOMPARE(QFileInfo(out).size(), BigSize);
    }
};

QTEST_GUILESS_MAIN(TestFaultsCli)
#include "tst_faults_cli.moc"
