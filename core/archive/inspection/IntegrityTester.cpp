// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "IntegrityTester.h"
#include "ArchiveInspector.h"
#include "EntryDevice.h"
#include "FirstImageExtractor.h"
#include "FirstImageReader.h"
#include "ParallelWork.h"
#include "PayloadReader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <vector>

namespace {

// Relative decompression cost per byte of input, to start the slowest distfiles first so that
// no core is left with one big file at the end.
double costFactor(DistfileKind::Kind kind)
{
    switch (DistfileKind::compressionOf(kind)) {
    case DistfileKind::Compression::Bzip2:
        return 8;
    case DistfileKind::Compression::Xz:
    case DistfileKind::Compression::Lzma:
        return 4;
    case DistfileKind::Compression::Gzip:
        return 2;
    case DistfileKind::Compression::Zstd:
        return 1;
    case DistfileKind::Compression::None:
        break;
    }
    return kind == DistfileKind::Kind::Zip || kind == DistfileKind::Kind::SevenZip ? 2 : 0.01;
}

ArchiveInspector::Options testOptions()
{
    ArchiveInspector::Options o;
    o.listMembers = false;
    o.verifyData = true;
    return o;
}

} // namespace

IntegrityTester::Target IntegrityTester::Target::fromFile(const QString &path)
{
    Target t;
    t.name = QFileInfo(path).fileName();
    t.source = path;
    t.size = QFileInfo(path).size();
    t.open = [path](QString *error) -> std::unique_ptr<QIODevice> {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            *error = file->errorString();
            return nullptr;
        }
        return file;
    };
    return t;
}

IntegrityTester::Target IntegrityTester::Target::fromRange(
    const QString &name, const QString &path, qint64 offset, qint64 size)
{
    Target t;
    t.name = name;
    t.source = path;
    t.size = size;
    t.open = [path, offset, size](QString *error) -> std::unique_ptr<QIODevice> {
        auto device = std::make_unique<EntryDevice>(path, offset, size);
        if (!device->open(QIODevice::ReadOnly)) {
            *error = device->errorString();
            return nullptr;
        }
        return device;
    };
    return t;
}

IntegrityTester::Target IntegrityTester::Target::fromRecord(const FirstImageReader &reader, int record)
{
    const SrcfsRecord &r = reader.records().at(record);
    const QString name = QFile::decodeName(FirstImageExtractor::targetPath(r.path)).section(QLatin1Char('/'), -1);
    // Never past the image's end: the missing bytes then show as a truncated distfile.
    const qint64 size = std::max<qint64>(0, std::min(r.size, reader.imageSize() - r.dataOffset));
    Target t = fromRange(name, reader.imagePath(), r.dataOffset, size);
    //: image file name, record N, its path in the srcfs
    t.source = tr("%1, record %2 (%3)").arg(reader.fileName()).arg(record).arg(r.pathString());
    return t;
}

IntegrityTester::Target IntegrityTester::Target::fromEntry(const PayloadReader &reader, int index)
{
    Target t;
    t.source = tr("%1, entry %2").arg(reader.fileName()).arg(index);
    if (index >= 0 && index < reader.entries().size()) {
        t.name = reader.entries().at(index).name();
        t.size = reader.entries().at(index).size;
    }
    t.open = [reader, index](QString *error) -> std::unique_ptr<QIODevice> {
        std::unique_ptr<QIODevice> device = reader.openEntry(index);
        if (!device)
            *error = tr("the entry cannot be opened in %1").arg(reader.fileName());
        return device;
    };
    return t;
}

QList<IntegrityTester::Target> IntegrityTester::targetsOfImage(const PayloadReader &reader)
{
    QList<Target> targets;
    for (int i = 0; i < reader.entries().size(); ++i)
        targets.append(Target::fromEntry(reader, i));
    return targets;
}

QList<IntegrityTester::Target> IntegrityTester::targetsOfFiles(const QStringList &paths)
{
    QList<Target> targets;
    for (const QString &path : paths)
        targets.append(Target::fromFile(path));
    return targets;
}

ArchiveReport IntegrityTester::test(const Target &target, const JobControl &control)
{
    QString error;
    std::unique_ptr<QIODevice> device = target.open ? target.open(&error) : nullptr;
    if (!device) {
        ArchiveReport r;
        r.name = target.name;
        r.source = target.source;
        r.inputSize = target.size;
        r.status = ArchiveReport::Status::Unreadable;
        r.message = error.isEmpty() ? tr("cannot be opened") : error;
        return r;
    }
    ArchiveReport r = ArchiveInspector::inspect(device.get(), target.name, testOptions(), control);
    r.source = target.source;
    return r;
}

ArchiveReport IntegrityTester::testFile(const QString &path, const JobControl &control)
{
    return test(Target::fromFile(path), control);
}

QList<ArchiveReport> IntegrityTester::testAll(
    const QList<Target> &targets, const Options &options, const JobControl &control)
{
    const int count = int(targets.size());
    if (count == 0)
        return {};
    std::vector<ArchiveReport> results(static_cast<size_t>(count));

    // Biggest estimated cost first (longest-processing-time-first scheduling). The kind comes
    // from the name here: detection would cost a read per file before any work starts.
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> cost(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        cost[size_t(i)] = double(targets.at(i).size) * costFactor(DistfileKind::kindFromFileName(targets.at(i).name));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return cost[size_t(a)] > cost[size_t(b)]; });

    qint64 total = 0;
    for (const Target &t : targets)
        total += t.size;

    std::atomic<qint64> done {0};
    std::atomic<bool> stop {false};
    std::mutex reportMutex;
    auto canceled = [&] {
        if (!stop.load(std::memory_order_relaxed) && control.canceled())
            stop = true;
        return stop.load(std::memory_order_relaxed);
    };

    auto work = [&](int slot) {
        {
            const int index = order[size_t(slot)];
            const Target &target = targets.at(index);
            ArchiveReport r;
            if (canceled()) {
                r.name = target.name;
                r.source = target.source;
                r.inputSize = target.size;
                r.status = ArchiveReport::Status::Canceled;
                r.message = tr("canceled before it was tested");
            } else {
                qint64 seen = 0;
                JobControl inner;
                inner.isCanceled = canceled;
                inner.progress = [&](qint64 position, qint64, const QString &member) {
                    const qint64 delta = std::min(position, target.size) - seen;
                    if (delta <= 0)
                        return;
                    seen += delta;
                    const qint64 now = done.fetch_add(delta) + delta;
                    if (control.progress) {
                        std::lock_guard lock(reportMutex);
                        control.report(
                            now, total, member.isEmpty() ? target.name : target.name + QLatin1String(": ") + member);
                    }
                };
                r = test(target, inner);
                if (seen < target.size)
                    done.fetch_add(target.size - seen);
            }
            if (options.onResult)
                options.onResult(index, r);
            results[size_t(index)] = std::move(r);
        }
        return true;
    };

    // Every target gets its report, a canceled one too: the items watch for the cancel.
    ParallelWork pool(count);
    pool.setMaxThreads(options.threads);
    [[maybe_unused]] const bool ran = pool.run(work);
    if (!stop.load())
        control.report(total, total, QString());
    return QList<ArchiveReport>(std::make_move_iterator(results.begin()), std::make_move_iterator(results.end()));
}
