// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Helpers the archive suites share: build test archives with the system's tools and with
// KArchive, damage copies of them, and build images.
namespace ArchiveTestKit {

// Full path of a tool on PATH, or empty.
QString tool(const QString &name);
// Runs `program` with `args` in `workDir`; stdin from `inFile`, stdout to `outFile` when given.
// Returns the exit code, or -1 when it could not run; `errorOutput` receives stderr.
int run(const QString &program, const QStringList &args, const QString &workDir = {}, const QString &inFile = {},
    const QString &outFile = {}, QByteArray *errorOutput = nullptr);

// Deterministic pseudo-random bytes (incompressible) and text (compressible).
QByteArray noise(qint64 size, quint32 seed);
QByteArray text(qint64 size, quint32 seed);

bool writeFile(const QString &path, const QByteArray &data);
QByteArray readFile(const QString &path);

// A small source tree under `root/name`: a folder, text and binary files, an empty file and a
// relative symbolic link, all with the modification time `mtime`. Returns the member paths
// (folders with a trailing '/') as tar lists them.
QStringList makeTree(const QString &root, const QString &name, qint64 mtime);

// Compresses `input` with `compression` ("gz", "bz2", "xz", "lzma", "zst") into `output` using
// the system tool (xz and lzma at preset -1, the others at their default). False when the
// tool is missing or fails.
bool compress(const QString &compression, const QString &input, const QString &output);
// The system tool a compression needs ("gzip", ...).
QString compressorTool(const QString &compression);

// Copies the first `size` bytes of `from` to `to`.
bool truncatedCopy(const QString &from, const QString &to, qint64 size);
// Copies `from` to `to` with the byte at `offset` inverted.
bool corruptedCopy(const QString &from, const QString &to, qint64 offset);

// One raw ustar header block with a valid checksum (for members no tool writes on request:
// hard links to outside, device nodes, a "../" path).
QByteArray tarHeader(const QByteArray &name, char type, qint64 size, const QByteArray &link = {}, int mode = 0644,
    qint64 mtime = 1700000000);
// Pads `data` with zeros to a multiple of 512 bytes.
QByteArray padded(const QByteArray &data);
// Two zero blocks.
QByteArray tarEnd();

// A gzip stream, made in memory with KArchive, of `head`, then `zeros` zero bytes, then `tail`:
// gigabytes of data in a few hundred KiB, for the suites that stream with flat memory.
QByteArray gzipOfZeros(const QByteArray &head, qint64 zeros, const QByteArray &tail);
// This process's resident memory (VmRSS) in KiB, -1 when /proc cannot tell.
qint64 residentKiB();

// An image at `imagePath` holding `files` (entry name = file name). False on failure.
bool makeImage(const QString &imagePath, const QStringList &files, bool u64 = false);

} // namespace ArchiveTestKit
