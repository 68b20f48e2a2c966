// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FileIdentity.h"
#include "PayloadFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One entry to be written: a name and where its bytes come from. A source is a whole file,
// or a byte range of one (an entry of another image, for "edit as new payload" and convert).
struct BuildEntry {
    QByteArray name;
    QString sourcePath;
    qint64 sourceOffset = 0;
    qint64 size = -1; // -1: the whole file, measured by BuildPlan::prepare()
    bool wholeFile = true;
    // Set by a caller that has checked the source already (a build from a live-bootstrap
    // checkout): a trusted digest that is not computed again and goes into the manifest...
    QByteArray knownSha256;
    // ...or the digest the source must have: it is hashed while copied (even without
    // BuildOptions::computeSha256) and any other digest fails the build.
    QByteArray expectedSha256;
    // The source must still have this identity (size, mtime, ctime, inode) before and after
    // its copy: a file changed since it was checked fails the build.
    std::optional<FileIdentity> identity;

    static BuildEntry fromFile(const QString &path, const QByteArray &name);
    static BuildEntry fromRange(const QString &path, qint64 offset, qint64 size, const QByteArray &name);
};

struct BuildOptions {
    PayloadFormat::Layout layout = PayloadFormat::Layout::U32;
    bool sortByName = false; // upstream's order: by code point
    qint64 padTo = 0; // 0 or 1: no padding; else the image is zero-padded to a multiple of this
    bool computeSha256 = false;
    bool allowImporterViolations = false; // write names the importer would reject, and duplicates
    bool overwrite = false; // replace an existing output
    bool syncToDisk = false; // fsync before the image takes its final name
};

// The ordered entries of a build and what the image will look like. prepare() measures the
// sources and checks every rule before a byte is written, so the writer meets no surprise
// other than a source changing underneath it.
class BuildPlan
{
    Q_DECLARE_TR_FUNCTIONS(BuildPlan)
public:
    BuildPlan() = default;
    BuildPlan(QList<BuildEntry> entries, BuildOptions options);

    // Mutable access; the plan must be prepared again afterwards.
    QList<BuildEntry> &entries()
    {
        m_prepared = false;
        return m_entries;
    }
    const QList<BuildEntry> &entries() const { return m_entries; }
    BuildOptions &options()
    {
        m_prepared = false;
        return m_options;
    }
    const BuildOptions &options() const { return m_options; }

    // Measures every whole-file source, sorts when asked, and checks the layout's limits, the
    // importer's rules and duplicates. Returns false and fills problems() when anything would
    // stop the build; each problem names the entry and its source.
    bool prepare();
    const QStringList &problems() const { return m_problems; }
    // True after a prepare() without problems and no mutable access since: the sizes then are
    // those measured at planning time, and the writer holds the sources to them.
    bool isPrepared() const { return m_prepared; }

    // Valid after prepare(): offsets and sizes of the image to be written.
    qint64 payloadBytes() const;
    qint64 imageSizeUnpadded() const;
    qint64 imageSize() const { return PayloadFormat::paddedSize(imageSizeUnpadded(), m_options.padTo); }
    // Where each entry's data starts in the image, in entry order.
    QList<qint64> dataOffsets() const;

private:
    QList<BuildEntry> m_entries;
    BuildOptions m_options;
    QStringList m_problems;
    bool m_prepared = false;
};
