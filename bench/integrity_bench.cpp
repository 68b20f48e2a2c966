// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// integrity-bench: times the integrity test (IntegrityTester::testAll, all cores) over a folder
// of distfiles and prints its throughput; with --compare-tar it also times `tar -tf` with the
// matching decompressor over the tar archives among them, one after the other as a script
// would, and prints the ratio of the two times over the same files (the target is <= 0.6).
//
//   integrity-bench [--threads N] [--compare-tar] [--no-warmup] [--verbose] DIR|FILE...
//
// Output lines are "key: name=value ..." so that scripts/bench can pick them up.

#include "DistfileKind.h"
#include "IntegrityTester.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QStringList collectFiles(const QStringList &args)
{
    QStringList files;
    for (const QString &arg : args) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            QDirIterator it(arg, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else if (info.isFile()) {
            files.append(arg);
        } else {
            std::fprintf(stderr, "integrity-bench: %s: no such file or folder\n", qPrintable(arg));
        }
    }
    return files;
}

qint64 totalSize(const QStringList &files)
{
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    return total;
}

// Reads every file once so that both timings start from the page cache.
void warmUp(const QStringList &files)
{
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    for (const QString &f : files) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            while (file.read(buffer.data(), buffer.size()) > 0) { }
    }
}

QString tarFlag(DistfileKind::Kind kind)
{
    switch (DistfileKind::compressionOf(kind)) {
    case DistfileKind::Compression::Gzip:
        return QStringLiteral("-z");
    case DistfileKind::Compression::Bzip2:
        return QStringLiteral("-j");
    case DistfileKind::Compression::Xz:
        return QStringLiteral("-J");
    case DistfileKind::Compression::Lzma:
        return QStringLiteral("--lzma");
    case DistfileKind::Compression::Zstd:
        return QStringLiteral("--zstd");
    case DistfileKind::Compression::None:
        break;
    }
    return {};
}

struct Timing
{
    double seconds = 0;
    int failed = 0;
};

Timing runIntegrity(const QStringList &files, int threads, bool verbose)
{
    IntegrityTester::Options options;
    options.threads = threads;
    QElapsedTimer timer;
    timer.start();
    const QList<ArchiveReport> reports = IntegrityTester::testAll(IntegrityTester::targetsOfFiles(files), options);
    Timing t;
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const ArchiveReport &r : reports) {
        if (!r.passed())
            ++t.failed;
        if (verbose || !r.passed())
            out() << "  " << r.summary() << Qt::endl;
    }
    return t;
}

Timing runTar(const QStringList &files, const QList<DistfileKind::Kind> &kinds, const QString &tar)
{
    QElapsedTimer timer;
    timer.start();
    Timing t;
    for (int i = 0; i < files.size(); ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        QStringList args {QStringLiteral("-tf"), files.at(i)};
        const QString flag = tarFlag(kinds.at(i));
        if (!flag.isEmpty())
            args.prepend(flag);
        p.start(tar, args);
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            ++t.failed;
    }
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    return t;
}

QString rate(qint64 bytes, double seconds)
{
    return QString::number(seconds > 0 ? double(bytes) / seconds : 0.0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("integrity-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the integrity test of distfiles, optionally against tar -tf."));
    parser.addHelpOption();
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
        QStringLiteral("Worker threads (default: all cores)."), QStringLiteral("n"),
        QString::number(QThread::idealThreadCount()));
    const QCommandLineOption compareOption(
        QStringLiteral("compare-tar"), QStringLiteral("Also time tar -tf over the tar archives."));
    const QCommandLineOption noWarmupOption(
        QStringLiteral("no-warmup"), QStringLiteral("Do not read the files once before timing."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Print every distfile's result."));
    parser.addOptions({threadsOption, compareOption, noWarmupOption, verboseOption});
    parser.addPositionalArgument(
        QStringLiteral("paths"), QStringLiteral("Folders of distfiles, or distfiles."), QStringLiteral("DIR|FILE..."));
    parser.process(app);

    const QStringList files = collectFiles(parser.positionalArguments());
    if (files.isEmpty()) {
        std::fprintf(stderr, "integrity-bench: no distfiles given\n");
        return 2;
    }
    const int threads = std::max(1, parser.value(threadsOption).toInt());
    const bool verbose = parser.isSet(verboseOption);
    if (!parser.isSet(noWarmupOption))
        warmUp(files);

    const qint64 bytes = totalSize(files);
    const Timing all = runIntegrity(files, threads, verbose);
    out() << "integrity: files=" << files.size() << " bytes=" << bytes << " threads=" << threads
          << " seconds=" << QString::number(all.seconds, 'f', 3) << " bytes_per_s=" << rate(bytes, all.seconds)
          << " failed=" << all.failed << Qt::endl;

    if (!parser.isSet(compareOption))
        return all.failed ? 1 : 0;

    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (tar.isEmpty()) {
        std::fprintf(stderr, "integrity-bench: tar not found\n");
        return 2;
    }
    QStringList tars;
    QList<DistfileKind::Kind> kinds;
    for (const QString &f : files) {
        const DistfileKind::Kind kind = DistfileKind::detectFile(f).kind;
        if (DistfileKind::isTar(kind)) {
            tars.append(f);
            kinds.append(kind);
        }
    }
    const qint64 tarBytes = totalSize(tars);
    const Timing ours = runIntegrity(tars, threads, false);
    const Timing theirs = runTar(tars, kinds, tar);
    out() << "integrity-tars: files=" << tars.size() << " bytes=" << tarBytes << " threads=" << threads
          << " seconds=" << QString::number(ours.seconds, 'f', 3) << " bytes_per_s=" << rate(tarBytes, ours.seconds)
          << " failed=" << ours.failed << Qt::endl;
    out() << "tar-tf: files=" << tars.size() << " bytes=" << tarBytes
          << " seconds=" << QString::number(theirs.seconds, 'f', 3) << " bytes_per_s=" << rate(tarBytes, theirs.seconds)
          << " failed=" << theirs.failed << Qt::endl;
    const double ratio = theirs.seconds > 0 ? ours.seconds / theirs.seconds : 0;
    out() << "integrity-vs-tar: ratio=" << QString::number(ratio, 'f', 3) << " target=0.600 "
          << (ratio <= 0.6 ? "met" : "missed") << Qt::endl;
    return all.failed ? 1 : 0;
}
