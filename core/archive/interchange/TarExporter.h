// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class PayloadReader;

// Writes entries of an image into a tar archive with KArchive's KTar, plain or compressed with
// KCompressionDevice (gzip, bzip2, xz, zstd): one regular member per entry, named like the
// entry, mode 0644, owner root, one fixed modification time, so the same image always gives
// the same tar. Streaming: each entry is read through its device in 1 MiB chunks, nothing is
// held in memory or copied first. The output is written under a temporary name and moved
// into place when complete (see AtomicOutputFile).
//
// KArchive limits met here: KTar writes the size as 11 octal digits, so an entry of 8 GiB or
// more would get a broken header and is refused; KTar writes no end-of-archive blocks, so they
// are added here; KTar stamps the current time into the GNU long-name headers it writes for
// names of 100 bytes or more, and KArchive's gzip writer stamps it into the gzip header: both are
// replaced with the chosen modification time (see TarWriteFilter).
class TarExporter
{
    Q_DECLARE_TR_FUNCTIONS(TarExporter)
public:
    enum class Compression { None, Gzip, Bzip2, Xz, Zstd };

    struct Options
    {
        Compression compression = Compression::None;
        QList<int> indices; // entries to export, in this order; all (in image order) when empty
        QString folder; // put the members in this folder of the tar ("distfiles"); none when empty
        // Modification time of every member (seconds since the epoch); nullopt: SOURCE_DATE_EPOCH
        // when set in the environment, else the image file's modification time.
        std::optional<qint64> mtime;
        bool overwrite = false;
        bool syncToDisk = false;
    };

    // Largest entry KTar can describe: 11 octal digits.
    static constexpr qint64 MaxMemberSize = 077777777777ll;

    // The compression a file name asks for: ".tar" None, ".tar.gz"/".tgz" Gzip, ".tar.bz2"/".tbz2"
    // Bzip2, ".tar.xz"/".txz" Xz, ".tar.zst"/".tzst" Zstd; nullopt for any other name.
    static std::optional<Compression> compressionForFileName(const QString &path);
    static QString compressionKey(Compression compression);

    // Exports. Returns false and sets error() when an entry cannot be exported (its name could
    // not be unpacked safely, two entries share a name, an entry is too big for KTar), the
    // output exists and overwrite is off, a read or a write fails, or `control` cancels
    // (wasCanceled()); nothing is left at `outputPath` then.
    [[nodiscard]] bool exportImage(
        const PayloadReader &reader, const QString &outputPath, const Options &options, const JobControl &control = {});

    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    // After a successful export: bytes of the tar file and members written.
    qint64 outputSize() const { return m_outputSize; }
    int memberCount() const { return m_memberCount; }

private:
    bool fail(const QString &message);

    QString m_error;
    bool m_canceled = false;
    qint64 m_outputSize = 0;
    int m_memberCount = 0;
};
