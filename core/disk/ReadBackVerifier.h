// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"
#include "PayloadEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads back what was written to a disk, front to back and past the page cache (O_DIRECT), so
// that what is compared is what the device returns and not the copy the kernel still holds.
// Every entry's data is hashed and its SHA-256 compared with the image's; the bytes between
// the data (magic, count, entry headers, names, trailing bytes) are compared byte for byte
// with the image file, and the zeros written after the image are checked to be zero.
class ReadBackVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ReadBackVerifier)
public:
    // `entries` as the image's reader found them; `imageDigests` one lower-case hex SHA-256
    // per entry (EntryHasher's result for the image file); `zeroTail` bytes of zeros follow
    // the image's `imageSize` bytes on the target.
    ReadBackVerifier(const QString &imagePath, const QList<PayloadEntry> &entries,
        const QList<QByteArray> &imageDigests, qint64 imageSize, qint64 zeroTail);

    // Reads [0, imageSize + zeroTail) of `targetPath` in chunks aligned to `alignment`.
    // Returns true when it read everything (mismatches() may still list differences);
    // returns false and sets error() when the target or the image cannot be read or the
    // target ends early, and on a cancel (then wasCanceled() is true).
    [[nodiscard]] bool verify(const QString &targetPath, int alignment, const JobControl &control);

    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    // One line per difference, naming the entry or byte offset; at most MaxReported.
    const QStringList &mismatches() const { return m_mismatches; }
    int differenceCount() const { return m_differences; }
    int entriesChecked() const { return m_entriesChecked; }
    qint64 bytesCompared() const { return m_bytesCompared; }
    bool bypassedCache() const { return m_direct; }

    static constexpr int MaxReported = 50;

private:
    void finishEntry(int index, const QByteArray &digest);
    void compareBytes(int imageFd, qint64 offset, const char *disk, qint64 length);
    void report(const QString &line);

    QString m_imagePath;
    QList<PayloadEntry> m_entries;
    QList<QByteArray> m_imageDigests;
    qint64 m_imageSize;
    qint64 m_zeroTail;
    QString m_targetPath;
    QString m_error;
    bool m_canceled = false;
    bool m_direct = false;
    QStringList m_mismatches;
    int m_differences = 0;
    int m_entriesChecked = 0;
    qint64 m_bytesCompared = 0;
    QByteArray m_imageBytes; // scratch for compareBytes
};
