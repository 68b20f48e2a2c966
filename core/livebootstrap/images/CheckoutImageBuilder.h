// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"
#include "DistfileCheck.h"
#include "DistfilePlan.h"
#include "Error.h"
#include "JobControl.h"
#include "Manifest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class HashCache;

struct CheckoutBuildOptions
{
    PayloadFormat::Layout layout = PayloadFormat::Layout::U32; // upstream's generator writes u32
    bool overwrite = false;
    bool verify = false; // read the image back and compare every entry's size and SHA-256
};

// Builds external.img from a plan and a distfiles folder, byte for byte what upstream's
// generator writes for the same files: the external half, sorted by name, in the chosen
// layout. Nothing is written while any distfile is missing, not a regular file or wrong.
//
// Each distfile is read once for its hash and once for its copy, never a third time: a
// digest the cache knows for the file's unchanged identity is trusted; the others are hashed
// on every core while the kernel copies the data, and a mismatch discards the image before it
// takes its name. Every source is held to the identity (size, mtime, ctime, inode) it had
// when it was checked, so a file that changes between check and copy fails the build.
class CheckoutImageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutImageBuilder)
public:
    // Builds the external half of `plan` from `distfilesDir` into `outputPath`. `cache` may
    // be null (--no-cache); digests computed here are recorded in it. Returns false and sets
    // error() when a distfile is missing or wrong (kind InvalidInput; problems() and the
    // error's details then list each, with expected and actual checksums), a write fails or
    // verification finds a difference (Io), or `control` cancels (Cancelled, wasCanceled());
    // no file is left at `outputPath` then.
    [[nodiscard]] bool build(const DistfilePlan &plan, const QString &distfilesDir, const QString &outputPath,
        HashCache *cache, const CheckoutBuildOptions &options, const JobControl &control = {});

    // Its kind tells a caller what failed (an exit code, a presentation); None after success.
    const Error &error() const { return m_error; }
    // The error as one text: the summary, then its details.
    QString errorString() const { return m_error.text(); }
    bool wasCanceled() const { return m_canceled; }
    // One line per distfile that stopped the build: "<file>: missing" or with both checksums.
    const QStringList &problems() const { return m_problems; }
    // After success: every entry with its SHA-256, for a manifest file.
    const Manifest &manifest() const { return m_manifest; }
    // The checks made before writing, index-aligned with plan.externalImage().
    const QList<DistfileCheck> &checks() const { return m_checks; }

    // The build entries for the external half given its checks (every one Ok or Present):
    // names sorted, sources held to their checked identities, known digests carried and the
    // others marked to be hashed and compared while copied. The GUI's build dialog uses it.
    static QList<BuildEntry> entriesFor(const QList<PlannedDistfile> &external, const QList<DistfileCheck> &checks);
    // One line per check that is not Ok/Present, naming the file, the state and the details.
    static QStringList describeProblems(const QList<PlannedDistfile> &distfiles, const QList<DistfileCheck> &checks);

private:
    bool fail(Error::Kind kind, const QString &summary, const QString &details = {});

    Error m_error;
    bool m_canceled = false;
    QStringList m_problems;
    Manifest m_manifest;
    QList<DistfileCheck> m_checks;
};
