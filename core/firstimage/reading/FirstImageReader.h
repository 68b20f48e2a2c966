// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FirstImageFinding.h"
#include "SrcfsAnalysis.h"
#include "SrcfsRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ByteSource;
class QIODevice;

// Reads a first boot disk (init.img) from a file or a block device: stage 1, the stage-2
// source, then every record of the builder shell's script, each with the offset of its line.
//
// What stage 2 does, read from the a278124 source (line numbers of
// builder-hex0-x86-stage2.hex0), and what this reader therefore does:
// - Stage 1 compiles the text from byte 512 up to the first zero byte (stage-1 source: `test
//   al, al; jz finish` in its read loop), so the stage-2 source ends at the first zero byte.
// - Stage 2 starts reading its script at a sector fixed in its own code: `stage2_stdin`
//   stores 0xAF, sector 175 (lines 2602-2604). The generator pads the source to whole
//   sectors, which for a278124's 88,615 bytes is exactly byte 89,600; any other length
//   would send stage 2 into the middle of the text (finding `script-misplaced`).
// - The internal shell dispatches on the first byte of each line (`internalshell`, lines
//   2621-2662): a zero byte ends the script (`build_finished`: the build is flushed and the
//   machine reboots), 's' is `src`, 'h' is `hex0`, 'f' is a one-character flush command, any
//   other byte starts a program name that runs to the first space, with one argument up to
//   the newline.
// - `src` skips three bytes ("rc "), reads the size as decimal digits up to a space, the path
//   up to the newline, then exactly that many bytes (lines 2138-2225). With size 0 it opens
//   the path with O_CREAT and writes nothing: a file of length 0, which is what a folder is
//   to builder-hex0 (`find_file` only compares names, lines 1260-1294), so `src 0` makes
//   folders and an empty file becomes one.
// - Every open with O_CREAT takes the next file slot, even for a path that exists already
//   (lines 1035-1058); `find_file` searches from the newest slot down, so the last record of
//   a path wins and each duplicate still costs a slot.
//
// Reading the table reads the lines only: file data is skipped by offset, so a 1.5 GiB image
// with 14,000 records costs 14,000 small reads. Nothing is allocated from a size in the file
// without a bound.
class FirstImageReader
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageReader)
public:
    // Called for each record as soon as it has been read; return false to stop (cancel).
    using RecordCallback = std::function<bool(const SrcfsRecord &)>;

    enum class ScriptEnd {
        ZeroByte, // the zero byte builder-hex0 stops at
        EndOfImage, // the image ended first (finding `unterminated-script`)
        TruncatedRecord, // a record's line or data ran past the end of the image
        Malformed, // a line builder-hex0 would misread; reading stopped there
    };

    FirstImageReader();
    ~FirstImageReader();
    FirstImageReader(FirstImageReader &&) noexcept;
    FirstImageReader &operator=(FirstImageReader &&) noexcept;

    // The most records a script may have before it is treated as corrupt: builder-hex0 takes
    // 14,332 files, so this leaves ample room to report a script that has too many.
    static constexpr int MaxRecords = 1 << 20;

    // Reads the image or block device at `path`. Returns false and sets error() when it
    // cannot be read, is no first image (no stage 1 signature and no stage-2 text), or
    // `onRecord` cancels (wasCanceled()). A damaged script is not a failure: reading stops
    // at the damage, the records before it stay, and findings() says what and where.
    // `fiwix` is used for the budget when the image holds no steps/jump/fiwix.sh of its own.
    [[nodiscard]] bool open(const QString &path, const RecordCallback &onRecord = {},
        const std::optional<FiwixHandoff> &fiwix = std::nullopt);
    // The same over any source (a test's failing source, say); `displayName` names it in
    // messages and `reopenPath` is what openRecord() opens (empty: none).
    [[nodiscard]] bool open(ByteSource &source, const QString &displayName, const QString &reopenPath,
        const RecordCallback &onRecord = {}, const std::optional<FiwixHandoff> &fiwix = std::nullopt);

    QString fileName() const { return m_fileName; }
    // The path openRecord() and the hashers and extractors read the data from (empty for a
    // source without one).
    QString imagePath() const { return m_reopenPath; }
    QString errorString() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }

    qint64 imageSize() const { return m_imageSize; }
    // Stage 1: the whole sector, and whether it ends in 55 AA.
    QByteArray stage1() const { return m_stage1; }
    bool bootSignature() const { return m_bootSignature; }
    qint64 stage2Size() const { return m_stage2Size; }
    QByteArray stage2Sha256() const { return m_stage2Sha256; }
    // "a278124", or empty when the stage-2 source is no known revision.
    QString revision() const { return m_revision; }
    qint64 scriptStart() const { return m_scriptStart; }
    // Offset of the zero byte that ends the script, or where reading stopped.
    qint64 scriptEnd() const { return m_scriptEnd; }
    ScriptEnd scriptEndKind() const { return m_endKind; }
    // Bytes after the script's end, and whether they are all zero (nullopt: over 64 MiB of
    // non-sparse data, not checked).
    qint64 trailingBytes() const { return m_imageSize - std::min(m_imageSize, m_scriptEnd + 1); }
    std::optional<bool> trailingAllZero() const { return m_trailingZero; }

    const QList<SrcfsRecord> &records() const { return m_records; }
    int fileCount() const;
    int folderCount() const;
    int commandCount() const; // hex0 and other commands
    const FirstImageBudget &budget() const { return m_budget; }
    const FirstImageFindings &findings() const { return m_findings; }

    // A read-only device over record `index`'s data, reading the image directly. Each call
    // opens the file anew, so devices may be used from different threads. nullptr for an
    // index out of range, a record without data, or a reader over a source with no path.
    [[nodiscard]] std::unique_ptr<QIODevice> openRecord(int index) const;

    // "zero-byte", "end-of-image", "truncated-record" or "malformed": the JSON spelling.
    static QString scriptEndKey(ScriptEnd end);

private:
    bool fail(const QString &message);
    bool readStages(ByteSource &source, SrcfsAnalysis &analysis);
    bool readScript(ByteSource &source, SrcfsAnalysis &analysis, const RecordCallback &onRecord);
    void checkTrailing(ByteSource &source);
    std::optional<FiwixHandoff> fiwixFromImage(ByteSource &source) const;

    QString m_fileName;
    QString m_reopenPath;
    QString m_error;
    bool m_canceled = false;
    qint64 m_imageSize = 0;
    QByteArray m_stage1;
    bool m_bootSignature = false;
    qint64 m_stage2Size = 0;
    QByteArray m_stage2Sha256;
    QString m_revision;
    qint64 m_scriptStart = 0;
    qint64 m_scriptEnd = 0;
    ScriptEnd m_endKind = ScriptEnd::ZeroByte;
    std::optional<bool> m_trailingZero;
    QList<SrcfsRecord> m_records;
    FirstImageBudget m_budget;
    FirstImageFindings m_findings;
};
