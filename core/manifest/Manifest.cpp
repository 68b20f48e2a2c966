// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Manifest.h"
#include "BuildPlan.h"
#include "ImporterRules.h"
#include "PayloadReader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

bool isUtf8(const QByteArray &bytes)
{
    return ImporterRules::isValidUtf8(bytes);
}

// A JSON string literal. Written by hand because building a QJsonDocument for 200,000
// entries costs more than listing them.
void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// TSV fields cannot hold tabs or line breaks; they are escaped the way `cut`-minded scripts
// expect (backslash escapes), and so is the backslash itself.
QByteArray tsvEscape(const QByteArray &name)
{
    QByteArray out;
    out.reserve(name.size());
    for (const char c : name) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray tsvUnescape(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c != '\\' || i + 1 == field.size()) {
            out += c;
            continue;
        }
        const char n = field.at(++i);
        out += n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n;
    }
    return out;
}

bool isHexDigest(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(
        text.cbegin(), text.cend(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

Manifest Manifest::fromReader(const PayloadReader &reader)
{
    Manifest m;
    m.layout = reader.layout();
    m.imageSize = reader.imageSize();
    m.entries.reserve(reader.entries().size());
    for (const PayloadEntry &e : reader.entries())
        m.entries.append(ManifestEntry {e.rawName, e.size, e.dataOffset, {}});
    return m;
}

Manifest Manifest::fromPlan(const BuildPlan &plan)
{
    Manifest m;
    const PayloadFormat::Layout layout = plan.options().layout;
    m.layout = layout;
    m.imageSize = plan.imageSize();
    qint64 offset = PayloadFormat::imageHeaderSize(layout);
    for (const BuildEntry &e : plan.entries()) {
        offset += PayloadFormat::entryHeaderSize(layout) + e.name.size();
        m.entries.append(ManifestEntry {e.name, e.size, offset, {}});
        offset += e.size;
    }
    return m;
}

qint64 Manifest::payloadBytes() const
{
    qint64 total = 0;
    for (const ManifestEntry &e : entries)
        total += std::max<qint64>(0, e.size);
    return total;
}

bool Manifest::write(QIODevice *out, Format format) const
{
    QByteArray chunk;
    chunk.reserve(64 * 1024);
    auto flush = [&](bool force) {
        if (!force && chunk.size() < 60 * 1024)
            return true;
        const bool ok = out->write(chunk) == chunk.size();
        chunk.clear();
        return ok;
    };

    switch (format) {
    case Format::Json: {
        chunk += "{\n  \"format\": \"LBPAYLD1\",\n  \"schemaVersion\": 1,\n  \"layout\": ";
        if (layout)
            appendJsonString(chunk, PayloadFormat::layoutName(*layout).toUtf8());
        else
            chunk += "null";
        chunk += ",\n  \"count\": " + QByteArray::number(entries.size());
        chunk += ",\n  \"imageSize\": " + (imageSize >= 0 ? QByteArray::number(imageSize) : QByteArray("null"));
        chunk += ",\n  \"payloadBytes\": " + QByteArray::number(payloadBytes());
        chunk += ",\n  \"entries\": [";
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ManifestEntry &e = entries.at(i);
            chunk += i ? ",\n    {" : "\n    {";
            chunk += "\"index\": " + QByteArray::number(i) + ", \"name\": ";
            appendJsonString(chunk, isUtf8(e.name) ? e.name : QString::fromUtf8(e.name).toUtf8());
            if (!isUtf8(e.name))
                chunk += ", \"nameHex\": \"" + e.name.toHex() + '"';
            chunk += ", \"size\": " + QByteArray::number(e.size);
            if (e.dataOffset >= 0)
                chunk += ", \"dataOffset\": " + QByteArray::number(e.dataOffset);
            if (!e.sha256.isEmpty())
                chunk += ", \"sha256\": \"" + e.sha256 + '"';
            chunk += '}';
            if (!flush(false))
                return false;
        }
        chunk += entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
        break;
    }
    case Format::Tsv:
        chunk += "index\tname\tsize\tdata_offset\tsha256\n";
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ManifestEntry &e = entries.at(i);
            chunk += QByteArray::number(i) + '\t' + tsvEscape(e.name) + '\t' + QByteArray::number(e.size) + '\t' +
                (e.dataOffset >= 0 ? QByteArray::number(e.dataOffset) : QByteArray()) + '\t' + e.sha256 + '\n';
            if (!flush(false))
                return false;
        }
        break;
    case Format::Sha256Sum:
        for (const ManifestEntry &e : entries) {
            if (e.sha256.isEmpty())
                continue;
            // GNU coreutils' convention: a leading backslash announces escapes in the name.
            if (e.name.contains('\\') || e.name.contains('\n') || e.name.contains('\r')) {
                QByteArray escaped = e.name;
                escaped.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r");
                chunk += '\\' + e.sha256 + "  " + escaped + '\n';
            } else {
                chunk += e.sha256 + "  " + e.name + '\n';
            }
            if (!flush(false))
                return false;
        }
        break;
    }
    return flush(true);
}

QByteArray Manifest::toBytes(Format format) const
{
    QByteArray data;
    QBuffer buffer(&data);
    // A buffer in memory takes every byte; a failure would be a bug in write().
    if (!buffer.open(QIODevice::WriteOnly) || !write(&buffer, format))
        return {};
    return data;
}

bool Manifest::save(const QString &path, Format format, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write the manifest: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file, format) || !file.commit()) {
        *error = tr("%1: cannot write the manifest: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

static bool parseJson(const QByteArray &data, Manifest *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = Manifest::tr("not a JSON manifest: %1 at character %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    // A first image's manifest (FirstImageManifest) lists records by path; its files are the
    // entries to check, by the path as written.
    const bool firstImage = root.value(QLatin1String("format")).toString() == QLatin1String("builder-hex0");
    if (firstImage && root.value(QLatin1String("entries")).isArray()) {
        out->imageSize = root.value(QLatin1String("imageSize")).toInteger(-1);
        const QJsonArray records = root.value(QLatin1String("entries")).toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject o = records.at(i).toObject();
            if (o.value(QLatin1String("kind")).toString() != QLatin1String("file"))
                continue;
            ManifestEntry e;
            const QString hexPath = o.value(QLatin1String("pathHex")).toString();
            e.name = hexPath.isEmpty() ? o.value(QLatin1String("path")).toString().toUtf8()
                                       : QByteArray::fromHex(hexPath.toLatin1());
            e.size = o.value(QLatin1String("size")).toInteger(-1);
            e.dataOffset = o.value(QLatin1String("dataOffset")).toInteger(-1);
            e.sha256 = o.value(QLatin1String("sha256")).toString().toLatin1().toLower();
            if (!e.sha256.isEmpty() && !isHexDigest(e.sha256)) {
                *error = Manifest::tr("entry %1: \"sha256\" is not 64 hex digits").arg(i);
                return false;
            }
            out->entries.append(e);
        }
        return true;
    }
    if (root.value(QLatin1String("format")).toString() != QLatin1String("LBPAYLD1") ||
        !root.value(QLatin1String("entries")).isArray()) {
        *error = Manifest::tr("not a payload manifest: \"format\" is not \"LBPAYLD1\" or \"entries\" is missing");
        return false;
    }
    out->layout = PayloadFormat::parseLayout(root.value(QLatin1String("layout")).toString());
    out->imageSize = root.value(QLatin1String("imageSize")).toInteger(-1);
    const QJsonArray array = root.value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ManifestEntry e;
        const QString hexName = o.value(QLatin1String("nameHex")).toString();
        e.name = hexName.isEmpty() ? o.value(QLatin1String("name")).toString().toUtf8()
                                   : QByteArray::fromHex(hexName.toLatin1());
        e.size = o.value(QLatin1String("size")).toInteger(-1);
        e.dataOffset = o.value(QLatin1String("dataOffset")).toInteger(-1);
        e.sha256 = o.value(QLatin1String("sha256")).toString().toLatin1().toLower();
        if (!e.sha256.isEmpty() && !isHexDigest(e.sha256)) {
            *error = Manifest::tr("entry %1: \"sha256\" is not 64 hex digits").arg(i);
            return false;
        }
        out->entries.append(e);
    }
    return true;
}

static bool parseTsv(const QByteArray &data, Manifest *out, QString *error)
{
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QList<QByteArray> f = lines.at(i).split('\t');
        bool okSize = false;
        if (f.size() != 5 || (f.at(2).toLongLong(&okSize), !okSize) || (!f.at(4).isEmpty() && !isHexDigest(f.at(4)))) {
            *error = Manifest::tr("line %1: expected index, name, size, data offset and sha256, separated by tabs")
                         .arg(i + 1);
            return false;
        }
        out->entries.append(ManifestEntry {
            tsvUnescape(f.at(1)), f.at(2).toLongLong(), f.at(3).isEmpty() ? -1 : f.at(3).toLongLong(), f.at(4)});
    }
    return true;
}

static bool parseSha256Sum(const QByteArray &data, Manifest *out, QString *error)
{
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const bool escaped = line.startsWith('\\');
        if (escaped)
            line.remove(0, 1);
        const QByteArray digest = line.left(64).toLower();
        // "<digest>  <name>" (text mode) or "<digest> *<name>" (binary mode)
        if (!isHexDigest(digest) || line.size() < 67 || line.at(64) != ' ' ||
            (line.at(65) != ' ' && line.at(65) != '*')) {
            *error = Manifest::tr("line %1: not a sha256sum line (\"<64 hex digits>  <name>\")").arg(i + 1);
            return false;
        }
        QByteArray name = line.mid(66);
        if (escaped)
            name = tsvUnescape(name);
        out->entries.append(ManifestEntry {name, -1, -1, digest});
    }
    return true;
}

bool Manifest::parse(const QByteArray &data, Manifest *out, QString *error)
{
    *out = Manifest {};
    const QByteArray start = data.trimmed().left(16);
    if (start.startsWith('{'))
        return parseJson(data, out, error);
    if (data.startsWith("index\tname\t"))
        return parseTsv(data, out, error);
    return parseSha256Sum(data, out, error);
}

bool Manifest::load(const QString &path, Manifest *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the manifest: %2").arg(path, file.errorString());
        return false;
    }
    // A manifest of the importer's 200,000 entries stays far below this.
    constexpr qint64 MaxManifestSize = 256 * 1024 * 1024;
    if (file.size() > MaxManifestSize) {
        *error = tr("%1: too large for a manifest (%2 bytes)").arg(path).arg(file.size());
        return false;
    }
    QString why;
    if (!parse(file.readAll(), out, &why)) {
        *error = tr("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

std::optional<Manifest::Format> Manifest::parseFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("json"))
        return Format::Json;
    if (t == QLatin1String("tsv"))
        return Format::Tsv;
    if (t == QLatin1String("sha256") || t == QLatin1String("sha256sum"))
        return Format::Sha256Sum;
    return std::nullopt;
}

QString Manifest::formatName(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Tsv:
        return QStringLiteral("tsv");
    case Format::Sha256Sum:
        break;
    }
    return QStringLiteral("sha256");
}
