// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Shared by the lbpayload test suites: running the built binary, and writing images byte by
// byte so that expectations never depend on the writer being tested.
namespace CliTest {

// What one run of lbpayload gave.
struct Result
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal, or timed out
    QByteArray out;
    QByteArray err;
    // The lines of standard error, without the final empty one.
    QList<QByteArray> errLines() const;
    QList<QByteArray> outLines() const;
};

struct RunOptions
{
    RunOptions(const QString &dir = {}, const QByteArray &input = {}, const QString &inputFile = {})
        : workDir(dir)
        , stdinData(input)
        , stdinFile(inputFile)
    { }
    QString workDir; // the temporary folder of the test, usually
    QByteArray stdinData; // written to standard input, which is then closed
    QString stdinFile; // or: standard input read from this file (like `< file`)
    int timeoutMs = 120000;
};

// $PAYLOAD_STUDIO_BIN/lbpayload; fails the test (QFAIL in the caller) when empty.
QString binary();
Result run(const QStringList &arguments, const RunOptions &options = {});
// Runs any program (sha256sum, script) the same way.
Result runProgram(const QString &program, const QStringList &arguments, const RunOptions &options = {});

// One entry of a hand-made image.
struct Entry
{
    QByteArray name;
    QByteArray data;
};

// The exact bytes of an LBPAYLD1 image: magic, count, then each entry's name length, size,
// name and data, little-endian, with 4-byte (u32) or 8-byte (u64) fields. `count` overrides
// the stored entry count when >= 0 (for broken images).
QByteArray image(bool u64, const QList<Entry> &entries, qint64 count = -1);
// A little-endian field of 4 or 8 bytes.
QByteArray field(bool u64, quint64 value);

bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
// Lower-case hex SHA-256 (QCryptographicHash: independent of the core's OpenSSL wrapper).
QByteArray sha256(const QByteArray &data);
// The names in a folder, sorted, hidden ones included.
QStringList listFolder(const QString &path);

// A valid gzip file of `size` zero bytes, built directly (a fixed-Huffman deflate block of
// longest matches, and the CRC-32 of the zeros computed by squaring its operator), so that
// a stream of gigabytes costs milliseconds to make instead of seconds of gzip.
QByteArray gzipOfZeros(qint64 size);
// Waits until process `pid` has `file` open (one of its /proc/PID/fd links), polling every
// few milliseconds; false after `timeoutMs` or when the process is gone. Lets a test signal a
// tool that is known to be working on the file, rather than one that may not have started.
bool waitUntilOpen(qint64 pid, const QString &file, int timeoutMs = 60000);
// Waits until process `pid` has a file in `folder` open, one still without a name (O_TMPFILE:
// the writers' files before they are complete) included; false after `timeoutMs` or when the
// process is gone.
bool waitUntilWritingInto(qint64 pid, const QString &folder, int timeoutMs = 60000);

} // namespace CliTest
