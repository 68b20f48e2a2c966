// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveTestKit.h"

#include "BuildPlan.h"
#include "PayloadWriter.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cstring>
#include <sys/time.h>

namespace ArchiveTestKit {

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

int run(const QString &program, const QStringList &args, const QString &workDir, const QString &inFile,
    const QString &outFile, QByteArray *errorOutput)
{
    const QString path = tool(program);
    if (path.isEmpty())
        return -1;
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    if (!inFile.isEmpty())
        p.setStandardInputFile(inFile);
    if (!outFile.isEmpty())
        p.setStandardOutputFile(outFile);
    p.start(path, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (errorOutput)
        *errorOutput = p.readAllStandardError();
    return p.exitCode();
}

QByteArray noise(qint64 size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char(gen.generate() & 0xff);
    return out;
}

QByteArray text(qint64 size, quint32 seed)
{
    static const char *words[] = {
        "static ", "int ", "return ", "void ", "char ", "while ", "(x) ", "{\n", "}\n", "buffer ", "size_t ", "0; "};
    QRandomGenerator gen(seed);
    QByteArray out;
    out.reserve(size + 16);
    while (out.size() < size)
        out += words[gen.bounded(12)];
    out.truncate(size);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size() && f.flush();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static void setMtime(const QString &path, qint64 mtime)
{
    struct timeval times[2];
    times[0].tv_sec = time_t(mtime);
    times[0].tv_usec = 0;
    times[1] = times[0];
    ::lutimes(QFile::encodeName(path).constData(), times);
}

QStringList makeTree(const QString &root, const QString &name, qint64 mtime)
{
    const QString base = root + QLatin1Char('/') + name;
    QDir().mkpath(base + QLatin1String("/src/lib"));
    writeFile(base + QLatin1String("/README"), text(1500, 1));
    writeFile(base + QLatin1String("/src/main.c"), text(70000, 2));
    writeFile(base + QLatin1String("/src/lib/blob.bin"), noise(200000, 3));
    writeFile(base + QLatin1String("/src/lib/empty"), QByteArray());
    QFile::link(QStringLiteral("../README"), base + QLatin1String("/src/readme-link"));
    QFile(base + QLatin1String("/README"))
        .setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile(base + QLatin1String("/src/main.c"))
        .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    for (const char *p :
        {"/README", "/src/main.c", "/src/lib/blob.bin", "/src/lib/empty", "/src/readme-link", "/src/lib", "/src", ""})
        setMtime(base + QLatin1String(p), mtime);
    const QString n = name;
    return {n + QLatin1Char('/'), n + QLatin1String("/README"), n + QLatin1String("/src/"),
        n + QLatin1String("/src/lib/"), n + QLatin1String("/src/lib/blob.bin"), n + QLatin1String("/src/lib/empty"),
        n + QLatin1String("/src/main.c"), n + QLatin1String("/src/readme-link")};
}

QString compressorTool(const QString &compression)
{
    if (compression == QLatin1String("gz"))
        return QStringLiteral("gzip");
    if (compression == QLatin1String("bz2"))
        return QStringLiteral("bzip2");
    if (compression == QLatin1String("xz") || compression == QLatin1String("lzma"))
        return QStringLiteral("xz");
    if (compression == QLatin1String("zst"))
        return QStringLiteral("zstd");
    return {};
}

bool compress(const QString &compression, const QString &input, const QString &output)
{
    const QString program = compressorTool(compression);
    if (program.isEmpty() || tool(program).isEmpty())
        return false;
    QStringList args {QStringLiteral("-c")};
    // xz's default preset (-6) spends most of these suites' set-up time on a few hundred KiB;
    // -1 writes the same container, filter and check, only with a smaller dictionary.
    if (compression == QLatin1String("xz") || compression == QLatin1String("lzma"))
        args << QStringLiteral("-1");
    if (compression == QLatin1String("lzma"))
        args << QStringLiteral("--format=lzma");
    if (compression == QLatin1String("zst"))
        args << QStringLiteral("-q");
    return run(program, args, {}, input, output) == 0;
}

bool truncatedCopy(const QString &from, const QString &to, qint64 size)
{
    return writeFile(to, readFile(from).left(size));
}

bool corruptedCopy(const QString &from, const QString &to, qint64 offset)
{
    QByteArray data = readFile(from);
    if (offset < 0 || offset >= data.size())
        return false;
    data[offset] = char(~uchar(data.at(offset)));
    return writeFile(to, data);
}

QByteArray tarHeader(const QByteArray &name, char type, qint64 size, const QByteArray &link, int mode, qint64 mtime)
{
    QByteArray h(512, '\0');
    std::memcpy(h.data(), name.constData(), size_t(std::min<qsizetype>(name.size(), 100)));
    auto octal = [&](int offset, int width, qint64 value) {
        const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        std::memcpy(h.data() + offset, digits.constData(), size_t(width - 1));
    };
    octal(100, 8, mode);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, size);
    octal(136, 12, mtime);
    h[156] = type;
    std::memcpy(h.data() + 157, link.constData(), size_t(std::min<qsizetype>(link.size(), 100)));
    std::memcpy(h.data() + 257,
        "ustar\0"
        "00",
        8);
    std::memcpy(h.data() + 265, "root", 4);
    std::memcpy(h.data() + 297, "root", 4);
    std::memset(h.data() + 148, ' ', 8);
    qint64 sum = 0;
    for (char c : std::as_const(h))
        sum += uchar(c);
    const QByteArray chk = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, chk.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return h;
}

QByteArray padded(const QByteArray &data)
{
    QByteArray out = data;
    if (out.size() % 512)
        out.append(QByteArray(512 - out.size() % 512, '\0'));
    return out;
}

QByteArray tarEnd()
{
    return QByteArray(1024, '\0');
}

QByteArray gzipOfZeros(const QByteArray &head, qint64 zeros, const QByteArray &tail)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        KCompressionDevice gz(&buffer, false, KCompressionDevice::GZip);
        if (!gz.open(QIODevice::WriteOnly))
            return {};
        const QByteArray chunk(1024 * 1024, '\0');
        gz.write(head);
        for (qint64 left = zeros; left > 0; left -= chunk.size())
            gz.write(chunk.constData(), std::min<qint64>(left, chunk.size()));
        gz.write(tail);
        gz.close();
    }
    return buffer.data();
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

bool makeImage(const QString &imagePath, const QStringList &files, bool u64)
{
    QList<BuildEntry> entries;
    for (const QString &f : files)
        entries.append(BuildEntry::fromFile(f, QFileInfo(f).fileName().toUtf8()));
    BuildOptions options;
    options.layout = u64 ? PayloadFormat::Layout::U64 : PayloadFormat::Layout::U32;
    options.overwrite = true;
    BuildPlan plan(entries, options);
    PayloadWriter writer;
    return writer.write(plan, imagePath);
}

} // namespace ArchiveTestKit
