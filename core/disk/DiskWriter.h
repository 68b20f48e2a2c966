// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DiskEnumerator.h"
#include "DiskWriteResult.h"
#include "JobControl.h"
#include "PayloadEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class PayloadReader;

// Writes an image to a whole disk and reads it back: an external.img (LBPAYLD1), or a first
// boot disk (init.img, builder-hex0), whose files then stand in for the entries.
//
// The disk is checked first (DiskEnumerator's rules: not the system's, nothing mounted, no
// swap, large enough) and opened exclusively, which the kernel refuses while anything else
// holds it. Data goes out in large aligned direct writes (buffered writes and a sync where
// the device or file system refuses O_DIRECT). The first block is zeroed before anything
// else and written last, so a disk left by a cancel or an error never starts with the magic
// and the importer, which takes the first disk that does, cannot mistake it for an image.
// While the data is written, the image's entries are hashed on the other cores for the
// read-back verification (ReadBackVerifier).
class DiskWriter
{
    Q_DECLARE_TR_FUNCTIONS(DiskWriter)
public:
    struct Options
    {
        bool verify = true;
        // Zero the bytes after the image up to the next MiB (or the disk's end), so that no
        // old data directly follows the image.
        bool zeroToMiB = false;
        // Accept a regular file as the target (a virtual machine's disk image). Never
        // extended beyond what is written, never truncated.
        bool allowRegularFile = false;
        DiskEnumerator::Paths system; // where sysfs, mountinfo and swaps are read from
    };
    enum class Phase { Writing, Verifying };

    DiskWriter(const QString &imagePath, const QString &targetPath, const Options &options);
    DiskWriter(const QString &imagePath, const QString &targetPath);
    ~DiskWriter();
    DiskWriter(const DiskWriter &) = delete;
    DiskWriter &operator=(const DiskWriter &) = delete;

    // Reads the image's table and applies the rules to the target. Returns false with outcome
    // Failed when the image cannot be read or is not a sound image, Refused when a rule
    // forbids the target (result().refusal says which). Nothing is written.
    [[nodiscard]] bool prepare();
    // Writes the prepared image. Returns false with outcome Failed (opening or writing
    // failed; permissionDenied when for lack of rights) or Canceled; result().diskState
    // then says exactly what the target holds. On success the outcome is Written.
    [[nodiscard]] bool write(const JobControl &control);
    // Reads the written range back and compares it with the image. Returns false with
    // outcome Mismatch (result().mismatches lists each difference), Failed or Canceled.
    [[nodiscard]] bool verify(const JobControl &control);
    // prepare(), write() and, unless switched off, verify(), telling `onPhase` as each
    // of the last two starts.
    [[nodiscard]] bool run(const JobControl &control, const std::function<void(Phase)> &onPhase = {});

    const DiskWriteResult &result() const { return m_result; }
    // The bytes write() puts on the target: the image, plus the zeros up to the next MiB.
    qint64 writeLength() const { return m_writeEnd; }

private:
    bool refuse(DiskRefusal::Reason reason, const QString &message);
    bool fail(const QString &error, const QString &diskState);
    bool checkTarget();
    // Opens the image as ImageKind tells (a first image must have a script that reads to its
    // end) and fills m_entries. Returns false with outcome Failed when it cannot.
    bool readImage();
    // The SHA-256 of every one of m_entries, in parallel; empty with `error` set on failure.
    QList<QByteArray> hashImage(const JobControl &control, QString *error) const;
    // Writes `length` bytes of `buffer` at `offset`, leaving direct I/O for a length that is
    // not a whole number of blocks. Returns false and sets `error` on a write error.
    bool writeAt(int fd, const char *buffer, qint64 length, qint64 offset, bool *direct, QString *error);
    QString partialState(qint64 written) const;
    QString entryAt(qint64 offset) const;

    QString m_imagePath;
    QString m_targetPath;
    Options m_options;
    DiskWriteResult m_result;
    std::unique_ptr<PayloadReader> m_reader;
    QList<PayloadEntry> m_entries; // the entries, or a first image's files
    QList<QByteArray> m_imageDigests;
    QString m_hashError;
    int m_alignment = 4096;
    qint64 m_writeEnd = 0;
    bool m_prepared = false;
};
