// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveFinding.h"
#include "ArchiveMember.h"
#include "ArchiveReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class DecompressedStream;

// Walks a tar stream front to back, header by header: ustar, GNU (long names, base-256
// sizes, old sparse files) and pax (extended and global headers), with each header's
// checksum verified and every way the data can end early told apart.
//
// Why not KTar: KTar (KArchive 6.13) takes a truncated tar, a truncated .tar.gz and even a
// 16-byte HTML page for complete archives (a short read counts as the end), skips pax headers
// by reading one block whatever their size (so pax long names are lost and longer pax headers
// desynchronise it), reads no base-256 sizes, drops the leading '/' of absolute member paths and
// merges duplicate paths, and, given a compressed file by name, decompresses all of it into a
// temporary file first. Integrity testing and the safety checks need the raw headers, so this
// reader parses them; decompression stays KArchive's (DecompressedStream).
//
// Memory is one 512-byte block plus the current extended header (bounded by MaxExtendedHeader).
class TarStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(TarStreamReader)
public:
    enum class Step {
        Member, // `member` is filled in; its data comes next in the stream
        End, // the end-of-archive marker, or the data ended at a member boundary (see findings())
        Failed, // see failureStatus() and failureMessage()
    };
    // A GNU long name or a pax header above this many bytes is taken for corruption.
    static constexpr qint64 MaxExtendedHeader = 1024 * 1024;

    explicit TarStreamReader(DecompressedStream &stream);

    // Called after each chunk of data read or skipped and after each header; returning false
    // stops the walk with status Canceled.
    void setProgressCallback(std::function<bool()> callback) { m_progress = std::move(callback); }

    // Reads the next member's header(s). The previous member's unread data is skipped first.
    Step next(ArchiveMember &member);
    // Reads up to `maxSize` bytes of the current member's data; returns 0 at its end or on a
    // failure (then failed() is true).
    qint64 readData(char *data, qint64 maxSize);
    // Skips what is left of the current member's data and its padding. False on a failure.
    [[nodiscard]] bool skipData();
    // Bytes of the current member's stored data not read yet.
    qint64 dataRemaining() const { return m_remaining; }

    bool failed() const { return m_failed; }
    ArchiveReport::Status failureStatus() const { return m_status; }
    // Translated; names the member and the offset in the decompressed data.
    QString failureMessage() const { return m_message; }
    // The member being read when it failed, or the last one before a bad header (empty when none).
    QString failedMember() const { return m_failedMember; }
    qint64 failureOffset() const { return m_failureOffset; }

    // Facts met on the way: a lone zero block, no end-of-archive marker.
    const ArchiveFindings &findings() const { return m_findings; }
    bool sawEndMarker() const { return m_sawEndMarker; }

private:
    struct Pax;
    qint64 readFully(char *data, qint64 length);
    bool readExtended(qint64 size, QByteArray &out);
    bool skipBytes(qint64 length, bool inData);
    bool parsePax(const QByteArray &data, Pax &out);
    Step fail(ArchiveReport::Status status, const QString &message, qint64 offset);
    Step failFromStream(const QString &where, qint64 offset);
    QString afterLast() const;

    DecompressedStream &m_stream;
    std::function<bool()> m_progress;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    qint64 m_storedSize = 0;
    QString m_current;
    QString m_last;
    bool m_failed = false;
    bool m_done = false;
    bool m_sawEndMarker = false;
    ArchiveReport::Status m_status = ArchiveReport::Status::Ok;
    QString m_message;
    QString m_failedMember;
    qint64 m_failureOffset = -1;
    ArchiveFindings m_findings;
};
