// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ImporterFinding.h"
#include "PayloadEntry.h"
#include "PayloadFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ByteSource;
class NameChecker;
class QIODevice;

// Reads the entry table of an LBPAYLD1 image from a file, a block device or a stream.
//
// The table is built by seeking over the data, so opening costs one small read per entry
// whatever the payload size. Nothing is allocated from a length in the file without a bound.
class PayloadReader
{
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)
public:
    // Called for each entry as soon as it has been read; return false to stop (cancel).
    using EntryCallback = std::function<bool(const PayloadEntry &)>;
    // Receives an entry's data while a stream is read; return false to stop.
    using DataCallback = std::function<bool(const PayloadEntry &, const char *data, qint64 length)>;

    // Where the structural error was found, when there is one.
    struct Error
    {
        QString message; // complete and translated, names the file, the entry and the offset
        int entryIndex = -1; // -1 when not about one entry
        qint64 offset = -1; // -1 when not about one place
    };

    PayloadReader();
    ~PayloadReader();
    PayloadReader(const PayloadReader &) = default;
    PayloadReader &operator=(const PayloadReader &) = default;
    PayloadReader(PayloadReader &&) = default;
    PayloadReader &operator=(PayloadReader &&) = default;

    // The most entries a table may have: the count is only bounded by the file size (a
    // zero-filled 10 GiB file reads as a billion empty entries), and each listed entry takes
    // memory. Five times what the importer accepts; a longer table is a structural error.
    static constexpr int MaxEntries = 1 << 20;

    // Detects the layout (unless `forced`) and reads the table of the image or block device at
    // `path`. Returns false and sets error() when the file cannot be read or its structure is
    // broken, or when `onEntry` cancels (then wasCanceled() is true). Entries read before a
    // structural error stay available through entries() (and are passed to `onEntry`); when
    // neither layout reads consistently, those of the reading that got further.
    [[nodiscard]] bool open(const QString &path, std::optional<PayloadFormat::Layout> forced = std::nullopt,
        const EntryCallback &onEntry = {});
    // The same over any random-access source (a test's failing source, say): `displayName`
    // names it in messages and `reopenPath` is what openEntry() opens (empty: none). A read
    // error is reported like a structural one, with the entry and the byte where it happened.
    [[nodiscard]] bool open(ByteSource &source, const QString &displayName, const QString &reopenPath = {},
        std::optional<PayloadFormat::Layout> forced = std::nullopt, const EntryCallback &onEntry = {});

    // Reads a sequential device (standard input) front to back, without seeking; the layout is
    // told from the first 16 bytes (see layoutNote()). `onData`, when set, receives every
    // entry's bytes in order. `displayName` is used in messages. Same return contract as open().
    [[nodiscard]] bool openStream(QIODevice *device, const QString &displayName,
        std::optional<PayloadFormat::Layout> forced = std::nullopt, const EntryCallback &onEntry = {},
        const DataCallback &onData = {});

    QString fileName() const { return m_fileName; }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.message; }
    bool wasCanceled() const { return m_canceled; }

    PayloadFormat::Layout layout() const { return m_layout; }
    // How the layout was decided, in one translated sentence ("u64: the only consistent reading").
    QString layoutNote() const { return m_layoutNote; }
    // True when both readings were consistent and the choice fell to a tie-break.
    bool layoutAmbiguous() const { return m_layoutAmbiguous; }

    const QList<PayloadEntry> &entries() const { return m_entries; }
    quint64 declaredCount() const { return m_declaredCount; }
    // Image size as found by seeking; -1 for streams until they have been read to the end.
    qint64 imageSize() const { return m_imageSize; }
    // Offset just past the last entry.
    qint64 endOfEntries() const { return m_endOfEntries; }
    qint64 payloadBytes() const;
    qint64 trailingBytes() const { return m_imageSize < 0 ? 0 : m_imageSize - m_endOfEntries; }
    // Whether the trailing bytes are all zero: true/false, or nullopt when there were too many
    // non-sparse bytes to check (over 64 MiB of data).
    std::optional<bool> trailingAllZero() const { return m_trailingZero; }

    // Importer findings (after a successful open): errors, warnings and the trailing-bytes info.
    const ImporterFindings &findings() const { return m_findings; }

    // A read-only device over entry `index`'s bytes, reading the image file directly (no copy).
    // Each call opens the file anew, so devices may be used from different threads. Returns
    // nullptr for streams and for an index out of range.
    [[nodiscard]] std::unique_ptr<QIODevice> openEntry(int index) const;

private:
    struct Walk;
    bool walk(ByteSource &source, PayloadFormat::Layout layout, int limit, const EntryCallback &onEntry,
        const DataCallback &onData, Walk &out, NameChecker *checker = nullptr);
    // walk() over every entry, checking the names on a second thread meanwhile.
    bool walkAll(ByteSource &source, PayloadFormat::Layout layout, const EntryCallback &onEntry,
        const DataCallback &onData, Walk &out);
    bool finish(ByteSource &source, Walk &&walk);
    // `nameFindings`: the names' findings when walkAll() has made them already.
    void computeFindings(std::optional<ImporterFindings> nameFindings);
    void checkTrailing(ByteSource &source);
    QString located(int entryIndex, qint64 offset, const QString &what) const;

    QString m_fileName;
    QString m_reopenPath;
    Error m_error;
    bool m_canceled = false;
    PayloadFormat::Layout m_layout = PayloadFormat::Layout::U32;
    QString m_layoutNote;
    bool m_layoutAmbiguous = false;
    QList<PayloadEntry> m_entries;
    quint64 m_declaredCount = 0;
    qint64 m_imageSize = -1;
    qint64 m_endOfEntries = 0;
    std::optional<bool> m_trailingZero;
    ImporterFindings m_findings;
};
