// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadReader.h"
#include "ByteSource.h"
#include "CoreLogging.h"
#include "EntryDevice.h"
#include "ImporterRules.h"
#include "NameArena.h"
#include "NameChecker.h"

#include <cstring>

using PayloadFormat::Layout;

namespace {
// How many entries each reading is walked before the layout is chosen. A wrong reading
// almost always breaks within its first few entries, so this keeps detection cheap.
constexpr int ProbeLimit = 256;
// Trailing bytes beyond this much data are not scanned for non-zero bytes.
constexpr qint64 TrailingScanLimit = 64 * 1024 * 1024;
} // namespace

struct PayloadReader::Walk
{
    Layout layout = Layout::U32;
    QList<PayloadEntry> entries;
    quint64 declaredCount = 0;
    qint64 end = 0;
    bool complete = false;
    bool canceled = false;
    Error error;
    QString detail; // the error without the file name, for combining two readings
    // The names' findings, when they were checked during the walk (see NameChecker).
    std::optional<ImporterFindings> nameFindings;
};

PayloadReader::PayloadReader() = default;
PayloadReader::~PayloadReader() = default;

qint64 PayloadReader::payloadBytes() const
{
    qint64 total = 0;
    for (const PayloadEntry &e : m_entries)
        total += e.size;
    return total;
}

QString PayloadReader::located(int entryIndex, qint64 offset, const QString &what) const
{
    if (entryIndex >= 0)
        return tr("entry %1 at byte %2: %3").arg(entryIndex).arg(offset).arg(what);
    if (offset >= 0)
        return tr("at byte %1: %2").arg(offset).arg(what);
    return what;
}

bool PayloadReader::walk(ByteSource &source, Layout layout, int limit, const EntryCallback &onEntry,
    const DataCallback &onData, Walk &out, NameChecker *checker)
{
    out = Walk {};
    out.layout = layout;
    const int fs = PayloadFormat::fieldSize(layout);
    const int hs = PayloadFormat::entryHeaderSize(layout);
    const qint64 size = source.size();

    auto fail = [&](int index, qint64 offset, const QString &what) {
        out.detail = located(index, offset, what);
        out.error = Error {tr("%1: %2").arg(m_fileName, out.detail), index, offset};
        return false;
    };
    auto ioFail = [&](int index, qint64 offset) {
        return fail(index, offset, source.error());
    };

    const qint64 countOffset = PayloadFormat::MagicSize;
    char head[8];
    qint64 n = source.readAt(countOffset, head, fs);
    if (n < 0)
        return ioFail(-1, countOffset);
    if (n < fs)
        return fail(-1, countOffset, tr("the entry count is truncated (%1 of %2 bytes)").arg(n).arg(fs));
    const quint64 count = PayloadFormat::readField(head, layout);
    out.declaredCount = count;
    qint64 off = countOffset + fs;

    if (size >= 0) {
        const quint64 remaining = quint64(size - off);
        if (count > remaining / quint64(hs))
            return fail(-1, countOffset,
                tr("the entry count %1 cannot fit: each entry needs at least %2 bytes and only %3 bytes follow")
                    .arg(count)
                    .arg(hs)
                    .arg(remaining));
    }
    // The count is only bounded by the file size (a zero-filled 10 GiB file holds a billion
    // empty entries), so it cannot decide how much memory to take up front.
    constexpr quint64 MaxReserved = 256 * 1024;
    out.entries.reserve(qsizetype(std::min({count, limit >= 0 ? quint64(limit) : count, MaxReserved})));
    NameArena::adviseHugePages(out.entries.constData(), out.entries.capacity() * qsizetype(sizeof(PayloadEntry)));
    NameArena names(out.entries.capacity());
    static_assert(MaxEntries < INT_MAX);
    if (checker)
        checker->expect(qsizetype(std::min(count, MaxReserved)));

    // Files are read with one pread per entry: header and name together (names are short),
    // a second read only for a long name. Streams must not be read past what is asked for.
    constexpr qint64 Speculative = 256;
    char block[16 + Speculative];
    QByteArray name;
    for (quint64 i = 0; i < count; ++i) {
        const int index = int(std::min<quint64>(i, INT_MAX));
        if (limit >= 0 && i >= quint64(limit)) {
            out.end = off;
            return true; // probe finished without a problem; complete stays false
        }
        if (i >= quint64(MaxEntries))
            return fail(index, off,
                tr("more than %1 entries: listing stops here (the importer accepts at most %2)")
                    .arg(MaxEntries)
                    .arg(PayloadFormat::MaxImporterCount));
        const qint64 want = size >= 0 ? std::min<qint64>(hs + Speculative, size - off) : hs;
        n = source.readAt(off, block, want);
        if (n < 0)
            return ioFail(index, off);
        if (n < hs)
            return fail(index, off, tr("the entry header is truncated (%1 of %2 bytes)").arg(n).arg(hs));
        const quint64 nameLength = PayloadFormat::readField(block, layout);
        const quint64 dataSize = PayloadFormat::readField(block + fs, layout);
        const qint64 nameOffset = off + hs;
        if (size >= 0 && nameLength > quint64(size - nameOffset))
            return fail(index, off,
                tr("the name length %1 runs past the end of the file (%2 bytes left)")
                    .arg(nameLength)
                    .arg(size - nameOffset));
        if (nameLength > quint64(PayloadFormat::MaxReadableNameLength))
            return fail(index, off,
                tr("the name length %1 is implausible (the importer accepts at most %2 bytes)")
                    .arg(nameLength)
                    .arg(PayloadFormat::MaxImporterNameLength));
        if (qint64(nameLength) <= n - hs) {
            name = names.add(block + hs, qsizetype(nameLength));
        } else {
            name.resize(qsizetype(nameLength));
            n = source.readAt(nameOffset, name.data(), qint64(nameLength));
            if (n < 0)
                return ioFail(index, nameOffset);
            if (n < qint64(nameLength))
                return fail(index, nameOffset, tr("the name is truncated (%1 of %2 bytes)").arg(n).arg(nameLength));
        }
        const qint64 dataOffset = nameOffset + qint64(nameLength);
        if (size >= 0 && dataSize > quint64(size - dataOffset))
            return fail(index, dataOffset,
                tr("the data of \"%1\" (%2 bytes) runs past the end of the file (%3 bytes left)")
                    .arg(QString::fromUtf8(name))
                    .arg(dataSize)
                    .arg(size - dataOffset));
        if (dataSize > quint64(std::numeric_limits<qint64>::max() - dataOffset))
            return fail(
                index, off, tr("the size %1 of \"%2\" is implausible").arg(dataSize).arg(QString::fromUtf8(name)));

        PayloadEntry entry {index, std::move(name), off, dataOffset, qint64(dataSize)};
        if (size < 0 || onData) {
            // Streams must be read through; with onData, files are read too.
            std::function<bool(const char *, qint64)> sink;
            bool stopped = false;
            if (onData)
                sink = [&](const char *data, qint64 length) {
                    stopped = !onData(entry, data, length);
                    return !stopped;
                };
            const qint64 got = source.consume(dataOffset, entry.size, sink);
            if (got < 0)
                return ioFail(index, dataOffset);
            if (stopped) {
                out.canceled = true;
                return false;
            }
            if (got < entry.size)
                return fail(index, dataOffset,
                    tr("the data of \"%1\" is truncated (%2 of %3 bytes)")
                        .arg(QString::fromUtf8(entry.rawName))
                        .arg(got)
                        .arg(entry.size));
        }
        off = dataOffset + entry.size;
        out.entries.append(std::move(entry));
        if (checker)
            checker->add(out.entries.constLast());
        if (onEntry && !onEntry(out.entries.constLast())) {
            out.canceled = true;
            return false;
        }
    }
    out.end = off;
    out.complete = true;
    return true;
}

static int importerErrorCount(const QList<PayloadEntry> &entries, quint64 declaredCount)
{
    int errors = hasImporterErrors(ImporterRules::checkCount(declaredCount)) ? 1 : 0;
    for (const PayloadEntry &e : entries)
        errors += hasImporterErrors(ImporterRules::checkName(e.rawName)) ? 1 : 0;
    return errors;
}

bool PayloadReader::walkAll(
    ByteSource &source, Layout layout, const EntryCallback &onEntry, const DataCallback &onData, Walk &out)
{
    NameChecker checker;
    const bool ok = walk(source, layout, -1, onEntry, onData, out, &checker);
    if (ok)
        out.nameFindings = checker.finish();
    return ok;
}

bool PayloadReader::open(const QString &path, std::optional<Layout> forced, const EntryCallback &onEntry)
{
    QString openError;
    std::unique_ptr<ByteSource> source = ByteSource::openFile(path, &openError);
    if (!source) {
        *this = PayloadReader {};
        m_fileName = path;
        m_error = Error {tr("%1: %2").arg(path, openError), -1, -1};
        return false;
    }
    return open(*source, path, source->reopenablePath(), forced, onEntry);
}

bool PayloadReader::open(ByteSource &source, const QString &displayName, const QString &reopenPath,
    std::optional<Layout> forced, const EntryCallback &onEntry)
{
    *this = PayloadReader {};
    const QString &path = displayName;
    m_fileName = displayName;
    m_reopenPath = reopenPath;
    m_imageSize = source.size();

    char magic[PayloadFormat::MagicSize];
    const qint64 n = source.readAt(0, magic, PayloadFormat::MagicSize);
    if (n < 0) {
        m_error = Error {tr("%1: %2").arg(path, source.error()), -1, 0};
        return false;
    }
    if (n < PayloadFormat::MagicSize || std::memcmp(magic, PayloadFormat::Magic, PayloadFormat::MagicSize) != 0) {
        m_error =
            Error {tr("%1: not an LBPAYLD1 image: byte 0 does not start with the magic \"LBPAYLD1\"").arg(path), -1, 0};
        return false;
    }

    Walk chosen;
    if (forced) {
        walkAll(source, *forced, onEntry, {}, chosen);
        m_layoutNote = tr("%1, as requested").arg(PayloadFormat::layoutName(*forced));
        return finish(source, std::move(chosen));
    }

    Walk a, b;
    bool okA = walk(source, Layout::U32, ProbeLimit, {}, {}, a);
    bool okB = walk(source, Layout::U64, ProbeLimit, {}, {}, b);
    if (okA && okB) {
        // Both start out consistent: only full readings can tell them apart.
        if (!a.complete)
            okA = walk(source, Layout::U32, -1, {}, {}, a);
        if (!b.complete)
            okB = walk(source, Layout::U64, -1, {}, {}, b);
    }
    if (!okA && !okB) {
        // Damaged either way. A u32 image cut short reads a few entries as u32 and none as u64:
        // the entries before the damage are kept, to be listed and read, from a reading the
        // importer would accept up to there (the longer one if both would).
        const auto fits = [](const Walk &w) {
            return importerErrorCount(w.entries, w.declaredCount) == 0;
        };
        const Walk none {};
        const Walk &kept = fits(a) && (!fits(b) || a.entries.size() >= b.entries.size()) ? a : fits(b) ? b : none;
        m_layout = kept.layout;
        m_entries = kept.entries;
        m_declaredCount = kept.declaredCount;
        m_endOfEntries = kept.end;
        if (onEntry)
            for (const PayloadEntry &e : std::as_const(m_entries))
                if (!onEntry(e))
                    break;
        m_error = Error {
            tr("%1: neither layout reads consistently (as u32: %2; as u64: %3)").arg(path, a.detail, b.detail), -1, -1};
        return false;
    }
    if (okA != okB) {
        const Layout layout = okA ? Layout::U32 : Layout::U64;
        m_layoutNote = tr("%1: the only consistent reading").arg(PayloadFormat::layoutName(layout));
        Walk &probe = okA ? a : b;
        if (probe.complete && !onEntry)
            return finish(source, std::move(probe));
        walkAll(source, layout, onEntry, {}, chosen);
        return finish(source, std::move(chosen));
    }

    // Both readings hold together: prefer the one the importer accepts, then the one that
    // accounts for every byte; report the tie when neither rule decides.
    const int errorsA = importerErrorCount(a.entries, a.declaredCount);
    const int errorsB = importerErrorCount(b.entries, b.declaredCount);
    Walk *pick = nullptr;
    if (errorsA != errorsB) {
        pick = errorsA < errorsB ? &a : &b;
        m_layoutNote = tr("%1: both readings are consistent, but only this one is accepted by the importer")
                           .arg(PayloadFormat::layoutName(pick->layout));
    } else if (a.end != b.end) {
        pick = a.end > b.end ? &a : &b;
        m_layoutNote = tr("%1: both readings are consistent; this one leaves fewer trailing bytes")
                           .arg(PayloadFormat::layoutName(pick->layout));
    } else {
        pick = &a;
        m_layoutAmbiguous = true;
        m_layoutNote = tr("ambiguous: both readings are consistent and equally plausible; reading as u32, the design "
                          "document's layout");
    }
    if (onEntry) {
        for (const PayloadEntry &e : std::as_const(pick->entries)) {
            if (!onEntry(e)) {
                pick->canceled = true;
                break;
            }
        }
    }
    return finish(source, std::move(*pick));
}

bool PayloadReader::openStream(QIODevice *device, const QString &displayName, std::optional<Layout> forced,
    const EntryCallback &onEntry, const DataCallback &onData)
{
    *this = PayloadReader {};
    m_fileName = displayName;
    std::unique_ptr<ByteSource> source = ByteSource::fromStream(device);
    char head[16] = {};
    const qint64 n = source->readAt(0, head, sizeof head);
    if (n < 0) {
        m_error = Error {tr("%1: %2").arg(displayName, source->error()), -1, 0};
        return false;
    }
    if (n < PayloadFormat::MagicSize || std::memcmp(head, PayloadFormat::Magic, PayloadFormat::MagicSize) != 0) {
        m_error = Error {
            tr("%1: not an LBPAYLD1 image: byte 0 does not start with the magic \"LBPAYLD1\"").arg(displayName), -1, 0};
        return false;
    }
    Layout layout = Layout::U32;
    if (forced) {
        layout = *forced;
        m_layoutNote = tr("%1, as requested").arg(PayloadFormat::layoutName(layout));
    } else {
        // A stream cannot be read twice. In a u64 image bytes 12-15 are the high half of the
        // count, so zero; in a u32 image they are the first name length, which is never 0 in
        // an image the importer accepts.
        static const char zeros[4] = {};
        const bool highHalfZero = n >= 16 && std::memcmp(head + 12, zeros, 4) == 0;
        layout = highHalfZero ? Layout::U64 : Layout::U32;
        m_layoutNote = highHalfZero ? tr("u64: told from the stream's header (bytes 12 to 15 are zero)")
                                    : tr("u32: told from the stream's header (bytes 12 to 15 are not zero)");
    }
    Walk w;
    walkAll(*source, layout, onEntry, onData, w);
    return finish(*source, std::move(w));
}

bool PayloadReader::finish(ByteSource &source, Walk &&w)
{
    m_layout = w.layout;
    m_entries = std::move(w.entries);
    m_declaredCount = w.declaredCount;
    m_endOfEntries = w.end;
    if (w.canceled) {
        m_canceled = true;
        m_error = Error {tr("%1: reading was canceled").arg(m_fileName), -1, -1};
        return false;
    }
    if (!w.complete) {
        m_error = w.error;
        qCDebug(lcCore) << "structural error:" << m_error.message;
        return false;
    }
    checkTrailing(source);
    computeFindings(std::move(w.nameFindings));
    return true;
}

void PayloadReader::checkTrailing(ByteSource &source)
{
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    bool zero = true;
    if (source.size() < 0) {
        // A stream: drain it, counting and checking what follows the last entry.
        qint64 total = 0;
        source.consume(
            m_endOfEntries, std::numeric_limits<qint64>::max() - m_endOfEntries, [&](const char *data, qint64 length) {
                total += length;
                for (qint64 i = 0; zero && i < length; ++i)
                    zero = data[i] == 0;
                return true;
            });
        m_imageSize = m_endOfEntries + total;
        m_trailingZero = zero;
        return;
    }
    const qint64 trailing = m_imageSize - m_endOfEntries;
    qint64 scanned = 0;
    while (zero && scanned < trailing && scanned < TrailingScanLimit) {
        const qint64 n =
            source.readAt(m_endOfEntries + scanned, buffer.data(), std::min<qint64>(buffer.size(), trailing - scanned));
        if (n <= 0)
            break;
        for (qint64 i = 0; zero && i < n; ++i)
            zero = buffer.at(i) == 0;
        scanned += n;
    }
    if (!zero)
        m_trailingZero = false;
    else if (scanned >= trailing)
        m_trailingZero = true;
    else
        m_trailingZero = std::nullopt;
}

void PayloadReader::computeFindings(std::optional<ImporterFindings> nameFindings)
{
    m_findings = ImporterRules::checkCount(m_declaredCount);
    if (!nameFindings) {
        NameChecker checker;
        for (const PayloadEntry &e : std::as_const(m_entries))
            checker.add(e);
        nameFindings = checker.finish();
    }
    m_findings << *nameFindings;
    const qint64 trailing = trailingBytes();
    if (trailing > 0) {
        QString what;
        if (!m_trailingZero.has_value())
            what = tr("%1 bytes follow the last entry (not all checked); the importer ignores them.").arg(trailing);
        else if (*m_trailingZero)
            what = tr("%1 zero bytes follow the last entry; the importer ignores them.").arg(trailing);
        else
            what = tr("%1 bytes follow the last entry and not all are zero; the importer ignores them.").arg(trailing);
        m_findings << ImporterFinding {
            ImporterFinding::Severity::Info, ImporterFinding::Code::TrailingBytes, -1, m_endOfEntries, what};
    }
}

std::unique_ptr<QIODevice> PayloadReader::openEntry(int index) const
{
    if (m_reopenPath.isEmpty() || index < 0 || index >= m_entries.size())
        return nullptr;
    const PayloadEntry &e = m_entries.at(index);
    auto device = std::make_unique<EntryDevice>(m_reopenPath, e.dataOffset, e.size);
    if (!device->open(QIODevice::ReadOnly))
        return nullptr;
    return device;
}
