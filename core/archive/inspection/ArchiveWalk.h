// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveInspector.h"
#include "ArchiveReport.h"
#include "DecompressedStream.h"
#include "JobControl.h"
#include "MemberSafety.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class KArchiveDirectory;
class KArchiveFile;

// What the walks over one distfile share (ArchiveInspector's StreamWalker and KArchiveWalker):
// the report they fill, the options, the progress and cancel, the member safety rules, and the
// way a failure is written down. Its strings keep ArchiveInspector's translation context.
class ArchiveWalk
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveInspector)
public:
    // How much a walk reads at once, and how often it reports progress (bytes of input).
    static constexpr qint64 ReadChunk = 256 * 1024;
    static constexpr qint64 ProgressStep = 1024 * 1024;

    ArchiveWalk(ArchiveReport &report, const ArchiveInspector::Options &options, const JobControl &control);

    ArchiveReport &r;
    const ArchiveInspector::Options &opt;
    const JobControl &ctl;
    MemberSafety safety;

    // Reports progress (at most once per ProgressStep) and polls the cancel flag; false when
    // canceled.
    bool tick(qint64 inputPosition, const QString &member);
    // Counts `m`, checks it against the safety rules and lists it while the listing has room
    // (one Info finding says when it stops).
    void addMember(const ArchiveMember &m);
    // Writes the failure into the report: its status, message, member and offsets (-1: none).
    void setFailure(ArchiveReport::Status status, const QString &message, const QString &member = {},
        qint64 inputOffset = -1, qint64 streamOffset = -1);
    // The failure for a cancel at `inputOffset` while reading `member`.
    void canceled(const QString &member, qint64 inputOffset);

    // The report status a decompressor's failure state stands for (Ok for Ok and End).
    static ArchiveReport::Status statusOf(DecompressedStream::State state);
    // "near byte N of the file", for messages about compressed data.
    static QString atInput(qint64 offset);

    // The members of a KArchive directory tree, depth first, with their paths as stored.
    static void collect(const KArchiveDirectory *dir, const QByteArray &prefix,
        QList<std::pair<ArchiveMember, const KArchiveFile *>> &out);

private:
    qint64 m_lastReported = -ProgressStep;
};
