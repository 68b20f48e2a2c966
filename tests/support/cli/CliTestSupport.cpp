// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <QtEndian>

#include <array>

namespace CliTest {

static QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

QList<QByteArray> Result::errLines() const
{
    return lines(err);
}

QList<QByteArray> Result::outLines() const
{
    return lines(out);
}

QString binary()
{
    const QString dir = qEnvironmentVariable("PAYLOAD_STUDIO_BIN");
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("lbpayload"));
}

Result runProgram(const QString &program, const QStringList &arguments, const RunOptions &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // English messages and no debug output, whatever the developer's shell has.
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    process.setProcessEnvironment(env);
    if (!options.workDir.isEmpty())
        process.setWorkingDirectory(options.workDir);
    if (!options.stdinFile.isEmpty())
        process.setStandardInputFile(options.stdinFile);
    process.start(program, arguments);
    Result result;
    if (!process.waitForStarted(30000)) {
        result.crashed = true;
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (options.stdinFile.isEmpty()) {
        if (!options.stdinData.isEmpty())
            process.write(options.stdinData);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    return result;
}

Result run(const QStringList &arguments, const RunOptions &options)
{
    return runProgram(binary(), arguments, options);
}

QByteArray field(bool u64, quint64 value)
{
    QByteArray bytes(u64 ? 8 : 4, '\0');
    if (u64)
        qToLittleEndian<quint64>(value, bytes.data());
    else
        qToLittleEndian<quint32>(quint32(value), bytes.data());
    return bytes;
}

QByteArray image(bool u64, const QList<Entry> &entries, qint64 count)
{
    QByteArray bytes("LBPAYLD1");
    bytes += field(u64, count >= 0 ? quint64(count) : quint64(entries.size()));
    for (const Entry &e : entries)
        bytes += field(u64, quint64(e.name.size())) + field(u64, quint64(e.data.size())) + e.name + e.data;
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QStringList listFolder(const QString &path)
{
    QStringList names = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

namespace {

// Deflate's bit order: fields least significant bit first, Huffman codes most significant first.
class BitWriter
{
public:
    explicit BitWriter(qsizetype reserve) { m_bytes.reserve(reserve); }
    void bits(quint32 value, int count)
    {
        m_buffer |= quint64(value) << m_count;
        m_count += count;
        while (m_count >= 8) {
            m_bytes.append(char(m_buffer & 0xff));
            m_buffer >>= 8;
            m_count -= 8;
        }
    }
    void code(quint32 value, int length)
    {
        quint32 reversed = 0;
        for (int i = 0; i < length; ++i)
            reversed |= ((value >> i) & 1u) << (length - 1 - i);
        bits(reversed, length);
    }
    QByteArray finish()
    {
        if (m_count > 0)
            m_bytes.append(char(m_buffer & 0xff));
        m_buffer = 0;
        m_count = 0;
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    quint64 m_buffer = 0;
    int m_count = 0;
};

using Gf2Matrix = std::array<quint32, 32>;

quint32 times(const Gf2Matrix &matrix, quint32 vector)
{
    quint32 sum = 0;
    for (int i = 0; vector != 0; ++i, vector >>= 1)
        if (vector & 1u)
            sum ^= matrix[i];
    return sum;
}

// The CRC-32 (gzip's, reflected 0xEDB88320) of `size` zero bytes: the register after one zero
// byte is a linear function of the register before, so n bytes are that operator to the n-th
// power, taken by squaring.
quint32 crc32OfZeros(quint64 size)
{
    const auto zeroByte = [](quint32 crc) {
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        return crc;
    };
    Gf2Matrix power {};
    for (int i = 0; i < 32; ++i)
        power[i] = zeroByte(1u << i);
    quint32 crc = 0xffffffffu;
    while (size != 0) {
        if (size & 1u)
            crc = times(power, crc);
        Gf2Matrix squared {};
        for (int i = 0; i < 32; ++i)
            squared[i] = times(power, power[i]);
        power = squared;
        size >>= 1;
    }
    return ~crc;
}

} // namespace

QByteArray gzipOfZeros(qint64 size)
{
    // One final block with the fixed Huffman codes: a literal zero, then matches of 258 bytes
    // at distance 1 (13 bits each), the rest as literals, then the end of the block.
    constexpr int MaxMatch = 258;
    const qint64 matches = size > 0 ? (size - 1) / MaxMatch : 0;
    const qint64 literals = size - matches * MaxMatch;
    BitWriter writer(qsizetype(matches * 13 / 8 + literals + 64));
    writer.bits(1, 1); // BFINAL
    writer.bits(1, 2); // BTYPE 01: fixed Huffman codes
    const auto literalZero = [&writer] {
        writer.code(0x30, 8);
    }; // literal 0..143: 0x30 + value, 8 bits
    if (size > 0)
        literalZero();
    // Length code 285 (258 bytes, no extra bits) is 0xc0 + (285 - 280) in 8 bits; distance
    // code 0 (distance 1) is 5 zero bits. Reversed once, written as one 13-bit field.
    BitWriter match(4);
    match.code(0xc5, 8);
    const quint32 matchBits = quint8(match.finish().at(0));
    for (qint64 i = 0; i < matches; ++i)
        writer.bits(matchBits, 13);
    for (qint64 i = 1; i < literals; ++i)
        literalZero();
    writer.code(0, 7); // end of block: code 256
    QByteArray bytes("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10); // no name, no time, Unix
    bytes += writer.finish();
    QByteArray trailer(8, '\0');
    qToLittleEndian<quint32>(crc32OfZeros(quint64(size)), trailer.data());
    qToLittleEndian<quint32>(quint32(quint64(size) & 0xffffffffu), trailer.data() + 4);
    return bytes + trailer;
}

bool waitUntilOpen(qint64 pid, const QString &file, int timeoutMs)
{
    const QString target = QFileInfo(file).canonicalFilePath();
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const QDir dir(fds);
        if (!dir.exists())
            return false;
        for (const QString &fd : dir.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot))
            if (QFileInfo(dir.filePath(fd)).symLinkTarget() == target)
                return true;
        QThread::msleep(2);
    }
    return false;
}

bool waitUntilWritingInto(qint64 pid, const QString &folder, int timeoutMs)
{
    const QString prefix = QFileInfo(folder).canonicalFilePath() + QLatin1Char('/');
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && fds.exists()) {
        // An unnamed file shows as "FOLDER/#INODE (deleted)".
        for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
            if (QFileInfo(fds.filePath(fd)).symLinkTarget().startsWith(prefix))
                return true;
        QThread::msleep(2);
    }
    return false;
}

} // namespace CliTest
