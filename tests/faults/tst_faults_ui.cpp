// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// Fault injection for the GUI's build job (BuildJob: the writer, then verification): a full
// disk, a folder it may not write to, an output path that is a folder, its source deleted, cut
// short or grown while it runs, a cancel at four points, and SIGKILL of the process mid-build.
// After each: a failed result with a message (or, for a changed source, an image consistent
// with what was planned), the previous image byte for byte, no temporary file in the folder.
//
// The disk and permission cases need this process's own mount namespace and root without its
// permission override; main() arranges both before any thread starts, or the rows say why not.

#include "CliTestSupport.h"
#include "FaultKit.h"
#include "PayloadReader.h"
#include "UiTestSupport.h"
#include "jobs/authoring/BuildJob.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Previous = "the previous image, which a failed build must leave as it is\n";
constexpr qint64 BigSize = 256ll * 1024 * 1024;

QString g_noMount;
QString g_noDenial;

enum class Fault {
    DiskFull,
    PermissionDenied,
    OutputIsFolder,
    SourceDeleted,
    SourceTruncated,
    SourceGrown,
    CancelAtStart,
    CancelAtFirstProgress,
    CancelMidWrite,
    CancelWhileVerifying,
    SigkillMidBuild
};

BuildRequest requestFor(const QString &source, const QString &output)
{
    BuildRequest request;
    request.entries = {BuildEntry::fromFile(source, "big.bin")};
    request.outputPath = output;
    request.options.overwrite = true;
    request.verifyAfterWriting = true;
    return request;
}

// `--build-child OUT SOURCE`: a build job in a process of its own, for the SIGKILL case.
int buildChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    BuildJob job;
    QObject::connect(&job, &BuildJob::finished, &app, &QCoreApplication::quit);
    job.start(requestFor(args.value(3), args.value(2)));
    return app.exec();
}

} // namespace

class TestFaultsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString outDir() const { return path(u"out"_s); }
    QString output() const { return path(u"out/external.img"_s); }
    QString source() const { return path(u"in/big.bin"_s); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.read(1 << 20) : QByteArray();
    }

    void checkLeftAlone(const QStringList &extra = {})
    {
        QStringList expected = extra;
        expected << u"external.img"_s;
        expected.sort();
        QCOMPARE(FaultKit::names(outDir()), expected);
        QCOMPARE(readAll(output()), Previous);
    }

    // Waits until the job reports progress inside (0, total) and, for `verifying`, until it reads back.
    static bool waitForProgress(BuildJob *job, bool verifying)
    {
        QElapsedTimer clock;
        clock.start();
        while (job->isRunning() && clock.elapsed() < 120000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (job->bytesDone() > 0 && (!verifying || job->phase() == BuildJob::Phase::Verifying))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { UiTest::initApplication(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(path(u"in"_s)));
        QVERIFY(QDir().mkpath(outDir()));
        QVERIFY(FaultKit::makeSparseFile(source(), BigSize));
        QFile previous(output());
        QVERIFY(previous.open(QIODevice::WriteOnly) && previous.write(Previous) == Previous.size());
    }
    void cleanup()
    {
        FaultKit::unmount(outDir());
        QFile::setPermissions(outDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_dir.reset();
    }

    void fault_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("disk full") << Fault::DiskFull;
        QTest::newRow("permission denied") << Fault::PermissionDenied;
        QTest::newRow("output is a folder") << Fault::OutputIsFolder;
        QTest::newRow("source deleted") << Fault::SourceDeleted;
        QTest::newRow("source truncated") << Fault::SourceTruncated;
        QTest::newRow("source grown") << Fault::SourceGrown;
        QTest::newRow("cancel at start") << Fault::CancelAtStart;
        QTest::newRow("cancel at first progress") << Fault::CancelAtFirstProgress;
        QTest::newRow("cancel mid-write") << Fault::CancelMidWrite;
        QTest::newRow("cancel while verifying") << Fault::CancelWhileVerifying;
        QTest::newRow("SIGKILL mid-build") << Fault::SigkillMidBuild;
    }

    void fault()
    {
        QFETCH(Fault, fault);
        QStringList extra;
        if (fault == Fault::DiskFull) {
            if (!g_noMount.isEmpty())
                QSKIP(qPrintable(g_noMount));
            QString why;
            QVERIFY2(FaultKit::mountSmallFilesystem(outDir(), 256, &why), qPrintable(why));
            QFile previous(output());
            QVERIFY(previous.open(QIODevice::WriteOnly) && previous.write(Previous) == Previous.size());
            previous.close();
            QFile filler(outDir() + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly) && filler.write(QByteArray(252 * 1024, 'f')) == 252 * 1024);
            extra << u"filler"_s;
        } else if (fault == Fault::PermissionDenied) {
            if (!g_noDenial.isEmpty())
                QSKIP(qPrintable(g_noDenial));
            QVERIFY(QFile::setPermissions(outDir(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        } else if (fault == Fault::OutputIsFolder) {
            QVERIFY(QFile::remove(output()));
            QVERIFY(QDir().mkpath(output() + u"/inside"_s));
            BuildJob job;
            QSignalSpy finished(&job, &BuildJob::finished);
            job.start(requestFor(source(), output()));
            QVERIFY(finished.wait(300000));
            QVERIFY(!job.result().ok);
            QVERIFY2(!job.result().error.isEmpty(), "no message");
            QCOMPARE(FaultKit::names(outDir()), QStringList {u"external.img"_s});
            QCOMPARE(FaultKit::names(output()), QStringList {u"inside"_s});
            return;
        } else if (fault == Fault::SigkillMidBuild) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {u"--build-child"_s, output(), source()});
            QVERIFY(child.waitForStarted());
            // Mid-build: the child has its (unnamed) image open in the folder.
            QVERIFY2(CliTest::waitUntilWritingInto(child.processId(), outDir()),
                "the build ended before it could be killed");
            QTest::qWait(100);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());
            checkLeftAlone();
            return;
        }

        BuildJob job;
        QSignalSpy finished(&job, &BuildJob::finished);
        job.start(requestFor(source(), output()));
        switch (fault) {
        case Fault::CancelAtStart:
            job.cancel();
            break;
        case Fault::CancelAtFirstProgress:
        case Fault::CancelMidWrite:
        case Fault::CancelWhileVerifying:
            QVERIFY2(waitForProgress(&job, fault == Fault::CancelWhileVerifying), "the build ended too early");
            if (fault == Fault::CancelMidWrite)
                QTest::qWait(150);
            job.cancel();
            break;
        case Fault::SourceDeleted:
        case Fault::SourceTruncated:
        case Fault::SourceGrown:
            QVERIFY2(waitForProgress(&job, false), "the build ended too early");
            if (fault == Fault::SourceDeleted)
                QVERIFY(QFile::remove(source()));
            else
                QVERIFY(QFile(source()).resize(fault == Fault::SourceTruncated ? BigSize / 2 : BigSize * 2));
            break;
        default:
            break;
        }
        QVERIFY(finished.wait(300000) || finished.size() == 1);
        const BuildResult &result = job.result();
        const bool changedSource =
            fault == Fault::SourceDeleted || fault == Fault::SourceTruncated || fault == Fault::SourceGrown;
        if (changedSource && result.ok) {
            // The job read what it planned: a complete image of the planned size, verified.
            QVERIFY(result.verified);
            QCOMPARE(FaultKit::temporaryNames(outDir()), QStringList());
            PayloadReader reader;
            QVERIFY2(reader.open(output()), qPrintable(reader.errorString()));
            QCOMPARE(reader.entries().value(0).size, BigSize);
            return;
        }
        QVERIFY(!result.ok);
        const bool cancel = fault == Fault::CancelAtStart || fault == Fault::CancelAtFirstProgress ||
            fault == Fault::CancelMidWrite || fault == Fault::CancelWhileVerifying;
        // A cancel before the worker ran leaves the result empty; the job says it was canceled.
        QCOMPARE(result.canceled || job.wasCanceled(), cancel);
        // A cancel is reported as such by the dialog; every other failure needs its reason.
        QVERIFY2(cancel || !result.error.isEmpty(), "no message");
        checkLeftAlone(extra);
    }
};

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--build-child") == 0)
        return buildChild(argc, argv);
    // Before QApplication starts any thread (see the file's comment).
    if (FaultKit::enterPrivateMountNamespace(&g_noMount))
        g_noMount.clear();
    QString why;
    if (!FaultKit::dropPermissionOverride(&why))
        g_noDenial = u"cannot make root obey file modes: "_s + why;
    QApplication app(argc, argv);
    TestFaultsUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults_ui.moc"
