// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// payload-bench: the core library's side of `scripts/dev bench`. Each sub-command does one
// measured piece of work and prints `seconds=<s> maxrss_kib=<k> ...` on stdout, so the
// shell script can set it against `cat`, `sha256sum` and friends in the same run.
#include "BuildPlan.h"
#include "Manifest.h"
#include "PayloadFormat.h"
#include "PayloadReader.h"
#include "PayloadWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

long maxRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void report(const QElapsedTimer &timer, const QString &extra = {})
{
    std::printf("seconds=%.4f maxrss_kib=%ld %s\n", timer.nsecsElapsed() / 1e9, maxRssKib(), qPrintable(extra));
}

int usage()
{
    std::fprintf(stderr,
                 "usage: payload-bench build OUT [--sha256] [--u64] FILE...\n"
                 "       payload-bench copy-loop OUT FILE...      (1 MiB read/write, the Python generator's way)\n"
                 "       payload-bench copy-range OUT FILE...     (bare copy_file_range: the floor of any build)\n"
                 "       payload-bench list IMAGE\n"
                 "       payload-bench pread-chain IMAGE   (the floor: one bare pread per u32 header, nothing else)\n"
                 "       payload-bench make-many OUT COUNT PAYLOAD_BYTES   (sparse image, u32)\n");
    return 2;
}

int build(QStringList args)
{
    const QString out = args.takeFirst();
    BuildOptions options;
    options.overwrite = true;
    QList<BuildEntry> entries;
    for (const QString &a : std::as_const(args)) {
        if (a == QLatin1String("--sha256"))
            options.computeSha256 = true;
        else if (a == QLatin1String("--u64"))
            options.layout = PayloadFormat::Layout::U64;
        else
            entries << BuildEntry::fromFile(a, QFileInfo(a).fileName().toUtf8());
    }
    BuildPlan plan(entries, options);
    QElapsedTimer timer;
    timer.start();
    PayloadWriter writer;
    if (!writer.write(plan, out)) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.error()));
        return 1;
    }
    report(timer, QStringLiteral("copy_file_range=%1 entries=%2").arg(writer.usedCopyFileRange()).arg(entries.size()));
    if (options.computeSha256) {
        QString error;
        writer.manifest().save(out + QLatin1String(".sha256"), Manifest::Format::Sha256Sum, &error);
    }
    return 0;
}

int copyLoop(QStringList args)
{
    QFile out(args.takeFirst());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    for (const QString &a : std::as_const(args)) {
        const int fd = ::open(QFile::encodeName(a).constData(), O_RDONLY);
        ssize_t n;
        while ((n = ::read(fd, buffer.data(), size_t(buffer.size()))) > 0)
            if (::write(out.handle(), buffer.constData(), size_t(n)) != n)
                return 1;
        ::close(fd);
    }
    report(timer);
    return 0;
}

// The physical floor of building an image on a file system without reflinks: each file's
// bytes moved by copy_file_range into one output, back to back; no headers, no checks.
int copyRange(QStringList args)
{
    QFile out(args.takeFirst());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QElapsedTimer timer;
    timer.start();
    loff_t outOffset = 0;
    for (const QString &a : std::as_const(args)) {
        const int fd = ::open(QFile::encodeName(a).constData(), O_RDONLY);
        if (fd < 0)
            return 1;
        for (;;) {
            const ssize_t n = ::copy_file_range(fd, nullptr, out.handle(), &outOffset, 64 * 1024 * 1024, 0);
            if (n < 0)
                return 1;
            if (n == 0)
                break;
        }
        ::close(fd);
    }
    report(timer);
    return 0;
}

int list(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    PayloadReader reader;
    if (!reader.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return 1;
    }
    report(timer, QStringLiteral("entries=%1 layout=%2").arg(reader.entries().size()).arg(PayloadFormat::layoutName(reader.layout())));
    return 0;
}

// The least any reader of the format can do on a file: one pread per entry header, each
// waiting for the one before it (a header's position follows from the previous one's sizes).
// No names kept, no checks, no layout detection; u32 only, as make-many writes. Listing an
// image whose headers lie far apart cannot be faster than this.
int preadChain(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 1;
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_RANDOM);
    const auto layout = PayloadFormat::Layout::U32;
    char head[12];
    if (::pread(fd, head, sizeof head, 0) != qint64(sizeof head))
        return 1;
    const quint64 count = PayloadFormat::readField(head + 8, layout);
    qint64 offset = sizeof head;
    char header[8 + 256];
    for (quint64 i = 0; i < count; ++i) {
        if (::pread(fd, header, sizeof header, off_t(offset)) < 8)
            return 1;
        offset += 8 + qint64(PayloadFormat::readField(header, layout)) + qint64(PayloadFormat::readField(header + 4, layout));
    }
    ::close(fd);
    report(timer, QStringLiteral("entries=%1").arg(count));
    return 0;
}

// Writes an image of `count` entries whose data are holes: only headers and names take disk
// space, so a 10 GiB payload costs a few megabytes and seconds.
int makeMany(const QString &path, qint64 count, qint64 payload)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    const auto layout = PayloadFormat::Layout::U32;
    QByteArray head(PayloadFormat::imageHeaderSize(layout), '\0');
    std::memcpy(head.data(), PayloadFormat::Magic, 8);
    PayloadFormat::writeField(head.data() + 8, layout, quint64(count));
    ::pwrite(out.handle(), head.constData(), size_t(head.size()), 0);
    qint64 offset = head.size();
    const qint64 each = payload / count;
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray name = "distfile-" + QByteArray::number(i) + ".tar.gz";
        QByteArray entry(PayloadFormat::entryHeaderSize(layout), '\0');
        PayloadFormat::writeField(entry.data(), layout, quint64(name.size()));
        PayloadFormat::writeField(entry.data() + 4, layout, quint64(each));
        entry += name;
        if (::pwrite(out.handle(), entry.constData(), size_t(entry.size()), off_t(offset)) != entry.size())
            return 1;
        offset += entry.size() + each;
    }
    return ::ftruncate(out.handle(), off_t(offset)) == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return usage();
    const QString command = args.takeFirst();
    if (command == QLatin1String("build") && args.size() >= 2)
        return build(args);
    if (command == QLatin1String("copy-range") && args.size() >= 2)
        return copyRange(args);
    if (command == QLatin1String("copy-loop") && args.size() >= 2)
        return copyLoop(args);
    if (command == QLatin1String("list"))
        return list(args.first());
    if (command == QLatin1String("pread-chain"))
        return preadChain(args.first());
    if (command == QLatin1String("make-many") && args.size() == 3)
        return makeMany(args.at(0), args.at(1).toLongLong(), args.at(2).toLongLong());
    return usage();
}
