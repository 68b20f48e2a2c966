// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveMember.h"
#include "ArchiveReport.h"
#include "BuildPlan.h"
#include "JobControl.h"
#include "Manifest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Creates an image from a tarball's regular members: each becomes an entry named after the
// member's file name (the last path component), its bytes copied as they are. Folders, links,
// devices and the like are skipped (listed in skipped()); two members with the same file name
// are an error, since the importer writes every entry into one folder.
//
// Two routes, both streaming and without a temporary copy:
// - a plain tar: each member is a byte range of the tar file, handed to PayloadWriter, which
//   copies it inside the kernel (copy_file_range);
// - a compressed tar (gz, bz2, xz, lzma, zst): the image's layout is computed from a first
//   reading of the headers (scan()), then the stream is decompressed a second time and each
//   member's data is written straight to its place in the image. The second decompression costs
//   CPU time but no disk space (a decompressed copy would need as much again as the tar holds)
//   and memory stays flat. The tar is checked for changes between the two readings.
class TarImporter
{
    Q_DECLARE_TR_FUNCTIONS(TarImporter)
public:
    struct Member
    {
        QByteArray name; // the entry name: the member's file name
        QByteArray path; // the member's path in the tar
        qint64 size = 0;
        qint64 dataOffset = 0; // in the decompressed tar stream (= in the file for a plain tar)
    };

    // Reads the tar's headers (decompressing it when compressed) and decides the entries.
    // Returns false when the file is not a tar that KArchive can decompress, is damaged, two
    // regular members share a file name, a member is a sparse file, or `control` cancels;
    // problems() (or error()) says why.
    [[nodiscard]] bool scan(const QString &tarPath, const JobControl &control = {});

    // Writes the image (scanning first when scan() was not called for this tar). Options are
    // those of PayloadWriter (layout, sorting, padding, SHA-256, overwrite, sync). False and
    // error() on any problem or a cancel (wasCanceled()); nothing is left at `outputPath` then.
    [[nodiscard]] bool write(
        const QString &tarPath, const QString &outputPath, const BuildOptions &options, const JobControl &control = {});

    const QList<Member> &members() const { return m_members; }
    const QList<ArchiveMember> &skipped() const { return m_skipped; }
    const QStringList &problems() const { return m_problems; }
    // The scan's report: kind, findings (dangerous paths matter little here, the names are flat).
    const ArchiveReport &scanReport() const { return m_report; }
    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    // After a successful write: what was written (SHA-256 when asked for).
    const Manifest &manifest() const { return m_manifest; }
    // Whether the last write decompressed the tar a second time (a compressed tar).
    bool streamedTwice() const { return m_streamedTwice; }

private:
    bool fail(const QString &message);
    [[nodiscard]] bool writeCompressed(
        const QString &tarPath, const QString &outputPath, const BuildOptions &options, const JobControl &control);
    static QStringList planProblems(const QList<Member> &members, const BuildOptions &options);

    QString m_scannedPath;
    qint64 m_scannedSize = -1;
    qint64 m_scannedMtime = 0;
    ArchiveReport m_report;
    QList<Member> m_members;
    QList<ArchiveMember> m_skipped;
    QStringList m_problems;
    QString m_error;
    bool m_canceled = false;
    bool m_streamedTwice = false;
    Manifest m_manifest;
};
