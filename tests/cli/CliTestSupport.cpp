// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CliTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtEndian>

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

} // namespace CliTest
