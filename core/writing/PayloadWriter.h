// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"
#include "JobControl.h"
#include "Manifest.h"
#include "SourceHashPool.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Writes an image from a BuildPlan, streaming: copy_file_range moves the data inside the
// kernel, with a read/write loop where the file systems do not allow it. With SHA-256
// asked for, worker threads copy the hashed entries, largest first, each reading its source
// once through a small buffer that is hashed and written (see SourceHashPool), while this
// thread writes the headers and the other entries; a source whose size changes before or
// during its copy fails the build. Entries that carry a known
// digest are not hashed; entries that carry an expected one are hashed and compared, and the
// image is discarded on a mismatch.
//
// The image is written without a name in the output's folder (PendingFile) and gets its name
// only when complete: a failure, a cancel or a killed process leaves no file, and never a
// broken image where a good one stood.
class PayloadWriter
{
    Q_DECLARE_TR_FUNCTIONS(PayloadWriter)
public:
    // Prepares `plan` (unless already prepared: then the sizes measured then are held against
    // the sources, so a change since planning is caught) and writes it to
    // `outputPath`. Returns false and sets error() when the plan has problems, a source
    // vanished or changed size, the output exists and plan.options().overwrite is false, a
    // write fails (disk full, permission denied), or `control` cancels (wasCanceled()).
    [[nodiscard]] bool write(BuildPlan &plan, const QString &outputPath, const JobControl &control = {});

    // A last check of the complete image before it takes its name (and replaces the previous
    // file): `path` reads the finished image, manifest() is already filled in. Return an empty
    // string to publish; otherwise the message becomes error(), the image is discarded and the
    // previous file stays; set `*canceled` when the check stopped on a cancel. Called on the
    // writing thread. Used by the GUI's build to verify the image by reading it back.
    using FinalCheck = std::function<QString(const QString &path, bool *canceled)>;
    void setFinalCheck(FinalCheck check) { m_finalCheck = std::move(check); }

    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    // After a successful write: what was written, with sha256 when it was asked for.
    const Manifest &manifest() const { return m_manifest; }
    // After a failed write: one line per entry whose source did not hash to its
    // BuildEntry::expectedSha256, naming the entry, the expected and the actual digest.
    const QStringList &hashMismatches() const { return m_hashMismatches; }
    // The same as entry index and actual digest, for callers that word their own messages.
    const QList<QPair<int, QByteArray>> &hashMismatchDigests() const { return m_hashMismatchDigests; }
    // Whether the kernel-side copy was used for every entry (for the benchmark's report); false
    // when entries were hashed, since those are copied through the hash's buffer.
    bool usedCopyFileRange() const { return m_usedCopyFileRange; }

private:
    bool fail(const QString &message);
    // Why a source cannot be opened, from open()'s errno.
    static QString openProblem(int err);
    // Empty when the open source `fd` still is what the plan measured (size, identity), else
    // why not, worded for before the copy or, with `copied`, after it.
    static QString sourceProblem(const BuildEntry &e, int fd, bool copied);
    // A pool task: copies entry `e` to `out` at `offset` through the worker's buffer, hashing
    // the bytes written. Returns the problem (without the entry's name) or an empty string.
    static QString copyHashed(const BuildEntry &e, int out, qint64 offset, SourceHashPool &pool,
        SourceHashPool::Worker &worker, const std::atomic<bool> &stop, bool &stopped);

    QString m_error;
    bool m_canceled = false;
    bool m_usedCopyFileRange = false;
    Manifest m_manifest;
    FinalCheck m_finalCheck;
    QStringList m_hashMismatches;
    QList<QPair<int, QByteArray>> m_hashMismatchDigests;
};
