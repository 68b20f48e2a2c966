// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FirstImageFinding.h"
#include "JobControl.h"
#include "SrcfsAnalysis.h"
#include "SrcfsRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// How FirstImageWriter builds.
struct FirstImageWriterOptions
{
    // The folder holding the two builder-hex0 files; empty: the `builder-hex0/` folder of
    // the checkout the prepared folder sits in (BuilderHex0Files::find).
    QString builderHex0Dir;
    // Extend the image with zeros to this many MiB (upstream's --target-size); 0: none.
    qint64 targetSizeMiB = 0;
    // Build even when the findings hold errors (they stay in findings()).
    bool force = false;
    // Replace an existing output file.
    bool overwrite = false;
};

// Writes live-bootstrap's first boot disk (init.img) from a prepared folder (upstream's
// `target/init`), byte for byte as upstream's create_builder_hex0_disk_image does
// (FIRST-IMAGE.md, "Byte layout"):
//   stage 1 compiled from builder-hex0-x86-stage1.hex0 (512 bytes ending 55 AA);
//   the stage-2 source as text, unchanged, then zero bytes to the next multiple of 512;
//   the script: `src 0 .`, then the folder as SrcfsTreeWalker lists it (`src 0 ./DIR` for a
//   folder, `src SIZE ./PATH` and the file's bytes for a file), then FirstImageFormat::
//   fixedTail();
//   zero bytes as FirstImageFormat::upstreamPaddedSize (always at least one: the zero byte
//   that ends the script); with a target size, zeros up to that many MiB.
// Each folder's entries go in byte order of their names where upstream takes the file
// system's order, so the same tree always gives the same bytes (upstream's, when its listing
// was sorted). Symbolic links: see SrcfsTreeWalker (a link to a file is read, a link to a
// folder gets its `src 0` line and nothing under it).
//
// Every build is planned first: the tree is listed and measured, each record placed, and the
// records checked with SrcfsAnalysis against builder-hex0's limits and the Fiwix hand-off
// (the folder's own steps/jump/fiwix.sh, when it has one). A tree with an Error finding is
// refused unless Options::force.
//
// Streaming: file data is copied in chunks (inside the kernel where it can be), small files
// gathered with their lines into one buffer; memory does not grow with the data. The image is
// written without a name (PendingFile) and named when complete: a failure, a cancel or a
// killed process leaves no file and the previous one in place.
class FirstImageWriter
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageWriter)
public:
    // (Declared outside the class: a nested struct with member initializers cannot be a
    // default argument of its enclosing class's functions.)
    using Options = FirstImageWriterOptions;

    // Plans the image of `folder` without writing anything: finds and loads builder-hex0,
    // lists the tree, fills records(), findings(), budget() and imageSize(). Returns false
    // and sets error() when builder-hex0 is not found or is no boot sector, the folder or a
    // file in it cannot be read, the target size is smaller than the image (the message
    // gives both sizes), `control` cancels (wasCanceled()), or the findings hold an error and
    // options.force is not set (wasRefused(); findings() lists them). Findings name the image
    // as `imageName` (default: the folder).
    [[nodiscard]] bool plan(const QString &folder, const Options &options = {}, const JobControl &control = {},
        const QString &imageName = {});
    // Plans as above (findings naming `outputPath`), then writes the image to `outputPath`.
    // Returns false and sets error() for any reason plan() does, when the output exists and
    // options.overwrite is not set, is a folder, or lies inside `folder`; when a file vanished
    // or changed size since it was listed or while it was copied (the message names it); when
    // a write fails (disk full, permission denied); or when `control` cancels. Progress counts
    // the script's bytes, naming the file being copied.
    [[nodiscard]] bool write(
        const QString &folder, const QString &outputPath, const Options &options = {}, const JobControl &control = {});

    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    // Whether the last plan was refused for its findings (and nothing else went wrong).
    bool wasRefused() const { return m_refused; }
    // What SrcfsAnalysis found, also after a refusal or a forced build.
    const FirstImageFindings &findings() const { return m_findings; }
    const FirstImageBudget &budget() const { return m_budget; }

    // The planned records in script order, the tree's then the fixed tail's, each with the
    // offset of its line and (File and Folder) the offset of its data as in the image.
    const QList<SrcfsRecord> &records() const { return m_records; }
    int fileCount() const; // `src` records with data
    int folderCount() const; // `src 0` records (folders, and empty files: builder-hex0 makes them folders)
    // The final size in bytes, the MiB padding and target size included.
    qint64 imageSize() const { return m_imageSize; }
    qint64 scriptStart() const { return m_scriptStart; }
    // Just past the script's last line: the zero byte that ends the script is here.
    qint64 scriptEnd() const { return m_scriptEnd; }
    // Where builder-hex0 was loaded from, and its stage-2 revision ("a278124", empty: unknown).
    QString builderHex0Dir() const { return m_builderHex0Dir; }
    QString revision() const { return m_revision; }
    // Entries left out because their path contains ".git".
    int gitEntriesSkipped() const { return m_gitSkipped; }

    // The line that starts record `r` in the script, '\n' included.
    static QByteArray recordLine(const SrcfsRecord &r);

private:
    bool fail(const QString &message);
    void reset();
    // Appends the records of FirstImageFormat::fixedTail() at `*offset`.
    void planTail(qint64 *offset);
    bool writeImage(int out, const QString &outputPath, const JobControl &control);

    QString m_error;
    bool m_canceled = false;
    bool m_refused = false;
    bool m_planned = false;
    FirstImageFindings m_findings;
    FirstImageBudget m_budget;
    QList<SrcfsRecord> m_records;
    QList<QByteArray> m_sources; // per record: the file to read, empty for records without data
    QByteArray m_stage1;
    QByteArray m_stage2;
    qint64 m_imageSize = 0;
    qint64 m_scriptStart = 0;
    qint64 m_scriptEnd = 0;
    QString m_builderHex0Dir;
    QString m_revision;
    int m_gitSkipped = 0;
};
