// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageReader.h"
#include "ByteSource.h"
#include "EntryDevice.h"
#include "FirstImageFormat.h"
#include "ImageKind.h"
#include "Sha256.h"

#include <QLocale>

using Code = FirstImageFinding::Code;
using Severity = FirstImageFinding::Severity;

namespace {

// A read window over the source: a script of small files holds many records per window,
// so most lines cost no system call; a record after a large file costs one pread.
class Window
{
public:
    explicit Window(ByteSource &source)
        : m_source(source)
    { }

    // The bytes from `offset` up to and without the next '\n', looking at most `limit`
    // bytes ahead. Returns 1 with `line` set, 0 when the image ends first or no newline
    // comes within the limit (`line` holds what there is), -1 on an I/O error.
    int lineAt(qint64 offset, qint64 limit, QByteArray *line)
    {
        line->clear();
        qint64 at = offset;
        while (line->size() < limit) {
            if (!fill(at))
                return -1;
            if (at >= m_start + m_data.size())
                return 0; // end of the image
            const char *begin = m_data.constData() + (at - m_start);
            const qint64 available = m_start + m_data.size() - at;
            const void *nl = std::memchr(begin, '\n', size_t(available));
            if (nl) {
                line->append(begin, static_cast<const char *>(nl) - begin);
                return line->size() <= limit ? 1 : 0;
            }
            line->append(begin, available);
            at += available;
        }
        return 0;
    }

    // The byte at `offset`, or -1 past the end, -2 on an I/O error.
    int byteAt(qint64 offset)
    {
        if (!fill(offset))
            return -2;
        if (offset >= m_start + m_data.size())
            return -1;
        return static_cast<unsigned char>(m_data.at(offset - m_start));
    }

private:
    static constexpr qint64 Size = 64 * 1024;

    bool fill(qint64 offset)
    {
        if (offset >= m_start && offset < m_start + m_data.size())
            return true;
        m_data.resize(Size);
        const qint64 n = m_source.readAt(offset, m_data.data(), Size);
        if (n < 0) {
            m_data.clear();
            return false;
        }
        m_data.resize(n);
        m_start = offset;
        return true;
    }

    ByteSource &m_source;
    QByteArray m_data;
    qint64 m_start = 0;
};

// The sector a stage-2 source reads its script from, as its own code says: the dword stored
// at 0x01000000 after the `stage2_stdin` label (a278124, lines 2602-2604:
// `C7 05 00 00 00 01 AF 00 00 00  # mov word [0x01000000], 0x000000AF`). -1 when not found.
qint64 scriptSectorOf(const QByteArray &stage2)
{
    const qsizetype label = stage2.indexOf("#:stage2_stdin");
    if (label < 0)
        return -1;
    const qsizetype end = stage2.indexOf("#:", label + 2);
    const QList<QByteArray> lines = stage2.mid(label, end < 0 ? -1 : end - label).split('\n');
    for (QByteArray line : lines) {
        const qsizetype comment = line.indexOf('#');
        if (comment >= 0)
            line.truncate(comment);
        const QList<QByteArray> bytes = line.simplified().split(' ');
        if (bytes.size() == 10 && bytes.at(0).toUpper() == "C7" && bytes.at(1) == "05" && bytes.at(5) == "01") {
            quint32 value = 0;
            for (int i = 9; i >= 6; --i)
                value = value << 8 | bytes.at(i).toUInt(nullptr, 16);
            return value;
        }
    }
    return -1;
}

} // namespace

FirstImageReader::FirstImageReader() = default;
FirstImageReader::~FirstImageReader() = default;
FirstImageReader::FirstImageReader(FirstImageReader &&) noexcept = default;
FirstImageReader &FirstImageReader::operator=(FirstImageReader &&) noexcept = default;

bool FirstImageReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool FirstImageReader::open(
    const QString &path, const RecordCallback &onRecord, const std::optional<FiwixHandoff> &fiwix)
{
    QString error;
    const std::unique_ptr<ByteSource> source = ByteSource::openFile(path, &error);
    if (!source) {
        *this = FirstImageReader();
        m_fileName = path;
        return fail(error);
    }
    return open(*source, path, path, onRecord, fiwix);
}

bool FirstImageReader::open(ByteSource &source, const QString &displayName, const QString &reopenPath,
    const RecordCallback &onRecord, const std::optional<FiwixHandoff> &fiwix)
{
    *this = FirstImageReader();
    m_fileName = displayName;
    m_reopenPath = reopenPath;
    m_imageSize = source.size();
    if (m_imageSize < 0)
        return fail(tr("%1: a first image must be a file or a block device, not a stream").arg(displayName));

    SrcfsAnalysis analysis(displayName);
    if (!readStages(source, analysis))
        return false;
    if (!readScript(source, analysis, onRecord))
        return false;
    checkTrailing(source);
    std::optional<FiwixHandoff> handoff = fiwixFromImage(source);
    analysis.finish(handoff ? handoff : fiwix);
    m_budget = analysis.budget();
    m_findings = analysis.findings();
    return true;
}

bool FirstImageReader::readStages(ByteSource &source, SrcfsAnalysis &analysis)
{
    const QLocale locale;
    QByteArray head(ImageKind::HeadSize, Qt::Uninitialized);
    const qint64 n = source.readAt(0, head.data(), head.size());
    if (n < 0)
        return fail(tr("%1: cannot read: %2").arg(m_fileName, source.error()));
    head.resize(n);
    if (n < FirstImageFormat::Stage1Size + 1)
        return fail(tr("%1: %2 bytes are too few for a first image: stage 1 alone is %3 bytes")
                        .arg(m_fileName, locale.toString(n), locale.toString(FirstImageFormat::Stage1Size)));
    m_stage1 = head.left(FirstImageFormat::Stage1Size);
    m_bootSignature = m_stage1.endsWith("\x55\xAA");
    if (!m_bootSignature) {
        // Without the signature, only stage-2 text right behind the sector still says what
        // this is; random bytes are no first image at all.
        QByteArray patched = head;
        patched[510] = char(0x55);
        patched[511] = char(0xAA);
        if (ImageKind::detect(patched) != ImageKind::FirstImage)
            return fail(tr("%1: not a first image: no boot sector signature (55 AA at byte 510) and no "
                           "builder-hex0 stage-2 source at byte 512")
                            .arg(m_fileName));
        analysis.addFinding({Severity::Error, Code::BadBootSignature, -1, 510,
            tr("%1 at byte 510: stage 1 does not end in 55 AA, so the BIOS will not boot it").arg(m_fileName)});
    }

    // Stage 1 compiles everything from byte 512 up to the first zero byte.
    QByteArray stage2;
    Sha256 sha;
    qint64 at = FirstImageFormat::Stage2Offset;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        if (at - FirstImageFormat::Stage2Offset >= FirstImageFormat::MaxStage2Size)
            return fail(tr("%1: no end of the stage-2 source within %2 bytes of byte 512")
                            .arg(m_fileName, locale.toString(FirstImageFormat::MaxStage2Size)));
        const qint64 got = source.readAt(at, chunk.data(), chunk.size());
        if (got < 0)
            return fail(tr("%1: cannot read at byte %2: %3").arg(m_fileName).arg(at).arg(source.error()));
        if (got == 0)
            return fail(tr("%1: the image ends at byte %2, inside the stage-2 source").arg(m_fileName).arg(at));
        const qsizetype zero = QByteArrayView(chunk.constData(), got).indexOf('\0');
        const qint64 take = zero < 0 ? got : zero;
        sha.addData(chunk.constData(), take);
        stage2.append(chunk.constData(), take);
        at += take;
        if (zero >= 0)
            break;
    }
    m_stage2Size = at - FirstImageFormat::Stage2Offset;
    m_stage2Sha256 = sha.hexResult();
    const FirstImageFormat::Revision *revision = FirstImageFormat::findRevision(m_stage2Sha256);
    if (revision) {
        m_revision = revision->name;
    } else {
        analysis.addFinding({Severity::Warning, Code::UnknownBuilderHex0, -1, FirstImageFormat::Stage2Offset,
            tr("%1 at byte 512: the stage-2 source (%2 bytes, SHA-256 %3) is no builder-hex0 "
               "revision known here; the limits of %4 are assumed")
                .arg(m_fileName, locale.toString(m_stage2Size), QString::fromLatin1(m_stage2Sha256),
                    FirstImageFormat::pinnedRevision().name)});
    }

    // The generator pads the source to whole sectors; stage 2 reads from the sector its code
    // names. Where the two differ, stage 2 is the one that boots.
    const qint64 padded = FirstImageFormat::sectorAligned(FirstImageFormat::Stage2Offset + m_stage2Size);
    const qint64 sector = revision ? revision->scriptSector : scriptSectorOf(stage2);
    m_scriptStart = padded;
    if (sector >= 0 && sector * FirstImageFormat::SectorSize != padded) {
        m_scriptStart = sector * FirstImageFormat::SectorSize;
        analysis.addFinding({Severity::Error, Code::ScriptMisplaced, -1, padded,
            tr("%1 at byte %2: the script follows the stage-2 source at byte %2, but stage 2 "
               "reads its script from sector %3 (byte %4)")
                .arg(m_fileName)
                .arg(padded)
                .arg(sector)
                .arg(m_scriptStart)});
    }
    return true;
}

bool FirstImageReader::readScript(ByteSource &source, SrcfsAnalysis &analysis, const RecordCallback &onRecord)
{
    Window window(source);
    qint64 pos = m_scriptStart;
    QByteArray line;
    // Ends the walk at damage: the records before it stay, and the finding names the record.
    const auto stop = [&](ScriptEnd end, qint64 at, Code code, const QString &what, int record = -1) {
        m_endKind = end;
        m_scriptEnd = at;
        const int index = record < 0 ? int(m_records.size()) : record;
        analysis.addFinding(
            {Severity::Error, code, index, pos, analysis.where(index, pos) + QLatin1String(": ") + what});
        return true;
    };
    const auto ioError = [&] {
        return fail(tr("%1: cannot read at byte %2: %3").arg(m_fileName).arg(pos).arg(source.error()));
    };

    for (;;) {
        const int first = window.byteAt(pos);
        if (first == -2)
            return ioError();
        if (first == -1)
            return stop(ScriptEnd::EndOfImage, pos, Code::UnterminatedScript,
                tr("the image ends without the zero byte that ends the script; builder-hex0 would "
                   "read past the disk"));
        if (first == 0) {
            m_endKind = ScriptEnd::ZeroByte;
            m_scriptEnd = pos;
            return true;
        }
        if (m_records.size() >= MaxRecords)
            return stop(ScriptEnd::Malformed, pos, Code::MalformedRecord,
                tr("more than %1 records; the rest is not read").arg(QLocale().toString(MaxRecords)));
        const int got = window.lineAt(pos, FirstImageFormat::MaxLineBytes, &line);
        if (got < 0)
            return ioError();
        if (got == 0 && line.size() < FirstImageFormat::MaxLineBytes)
            return stop(ScriptEnd::EndOfImage, pos, Code::UnterminatedScript,
                tr("the image ends inside this line, before its newline"));
        if (got == 0)
            return stop(ScriptEnd::Malformed, pos, Code::MalformedRecord,
                tr("no newline within %1 bytes").arg(QLocale().toString(FirstImageFormat::MaxLineBytes)));

        SrcfsRecord record;
        record.index = int(m_records.size());
        record.offset = pos;
        record.dataOffset = pos + line.size() + 1;
        QString malformed;
        if (line.startsWith("src ")) {
            const qsizetype space = line.indexOf(' ', 4);
            const QByteArray digits = line.mid(4, space < 0 ? -1 : space - 4);
            bool ok = !digits.isEmpty() && digits.size() <= 10 &&
                std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; });
            record.size = ok ? digits.toLongLong() : 0;
            record.path = space < 0 ? QByteArray() : line.mid(space + 1);
            // builder-hex0 keeps the size in a 32-bit register.
            if (!ok || record.path.isEmpty() || record.size > 0xffffffffll)
                malformed = tr("\"src\" needs a decimal size below 4 GiB, a space and a path");
            record.kind = record.size > 0 ? SrcfsRecord::Kind::File : SrcfsRecord::Kind::Folder;
        } else if (line.startsWith("hex0 ")) {
            const qsizetype space = line.indexOf(' ', 5);
            record.kind = SrcfsRecord::Kind::Hex0;
            record.argument = line.mid(5, space < 0 ? -1 : space - 5);
            record.path = space < 0 ? QByteArray() : line.mid(space + 1);
            record.dataOffset = 0;
            if (record.argument.isEmpty() || record.path.isEmpty())
                malformed = tr("\"hex0\" needs an input and an output path");
        } else if (line == "f") {
            // The flush command: its one byte and the newline (stage-2 lines 2646-2649).
            record.kind = SrcfsRecord::Kind::Command;
            record.path = line;
            record.dataOffset = 0;
        } else {
            const qsizetype space = line.indexOf(' ');
            record.kind = SrcfsRecord::Kind::Command;
            record.path = line.left(space < 0 ? line.size() : space);
            record.argument = space < 0 ? QByteArray() : line.mid(space + 1);
            record.dataOffset = 0;
            if (first == 's' || first == 'h' || first == 'f')
                malformed = tr("a line starting with \"%1\" is read as a builder-hex0 command, so no program "
                               "name may start with s, h or f")
                                .arg(QChar(first));
            else if (space < 0)
                malformed = tr("a program line needs exactly one argument after a space; builder-hex0 would read "
                               "the next line as part of its name");
        }
        if (!malformed.isEmpty())
            return stop(ScriptEnd::Malformed, pos, Code::MalformedRecord, malformed);

        if (record.kind == SrcfsRecord::Kind::File && record.endOffset() > m_imageSize) {
            m_records.append(record);
            analysis.add(record);
            if (onRecord)
                onRecord(record);
            return stop(ScriptEnd::TruncatedRecord, m_imageSize, Code::TruncatedFile,
                tr("\"%1\" declares %2 bytes at byte %3, but the image ends %4 bytes into them")
                    .arg(record.pathString(), QLocale().toString(record.size))
                    .arg(record.dataOffset)
                    .arg(QLocale().toString(m_imageSize - record.dataOffset)),
                record.index);
        }
        m_records.append(record);
        analysis.add(record);
        if (onRecord && !onRecord(record)) {
            m_canceled = true;
            return fail(tr("%1: reading was canceled").arg(m_fileName));
        }
        pos = record.kind == SrcfsRecord::Kind::File || record.kind == SrcfsRecord::Kind::Folder
            ? record.endOffset()
            : record.offset + line.size() + 1;
    }
}

void FirstImageReader::checkTrailing(ByteSource &source)
{
    const qint64 from = std::min(m_imageSize, m_scriptEnd + 1);
    const qint64 length = m_imageSize - from;
    constexpr qint64 Limit = 64 * 1024 * 1024;
    if (m_endKind != ScriptEnd::ZeroByte || length > Limit) {
        m_trailingZero = std::nullopt;
        return;
    }
    bool zero = true;
    const qint64 got = source.consume(from, length, [&](const char *data, qint64 n) {
        for (qint64 i = 0; i < n; ++i)
            if (data[i] != 0) {
                zero = false;
                return false;
            }
        return true;
    });
    m_trailingZero = got < 0 ? std::nullopt : std::optional<bool>(zero);
}

std::optional<FiwixHandoff> FirstImageReader::fiwixFromImage(ByteSource &source) const
{
    const QByteArray wanted = '/' + FiwixHandoff::checkoutPath().toUtf8();
    // The last record of a path is the one builder-hex0 keeps.
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
        if (it->kind != SrcfsRecord::Kind::File || FirstImageFormat::absolutePath(it->path) != wanted)
            continue;
        if (it->size > 1024 * 1024 || it->endOffset() > m_imageSize)
            return std::nullopt;
        QByteArray text(it->size, Qt::Uninitialized);
        if (source.readAt(it->dataOffset, text.data(), it->size) != it->size)
            return std::nullopt;
        return FiwixHandoff::parse(text, m_fileName + QLatin1String(": ") + it->pathString());
    }
    return std::nullopt;
}

int FirstImageReader::fileCount() const
{
    return int(std::count_if(
        m_records.cbegin(), m_records.cend(), [](const SrcfsRecord &r) { return r.kind == SrcfsRecord::Kind::File; }));
}

int FirstImageReader::folderCount() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
        [](const SrcfsRecord &r) { return r.kind == SrcfsRecord::Kind::Folder; }));
}

int FirstImageReader::commandCount() const
{
    return int(m_records.size()) - fileCount() - folderCount();
}

std::unique_ptr<QIODevice> FirstImageReader::openRecord(int index) const
{
    if (index < 0 || index >= m_records.size() || m_reopenPath.isEmpty())
        return nullptr;
    const SrcfsRecord &r = m_records.at(index);
    if (r.kind != SrcfsRecord::Kind::File && r.kind != SrcfsRecord::Kind::Folder)
        return nullptr;
    auto device = std::make_unique<EntryDevice>(m_reopenPath, r.dataOffset, r.size);
    if (!device->open(QIODevice::ReadOnly))
        return nullptr;
    return device;
}

QString FirstImageReader::scriptEndKey(ScriptEnd end)
{
    switch (end) {
    case ScriptEnd::ZeroByte:
        return QStringLiteral("zero-byte");
    case ScriptEnd::EndOfImage:
        return QStringLiteral("end-of-image");
    case ScriptEnd::TruncatedRecord:
        return QStringLiteral("truncated-record");
    case ScriptEnd::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}
