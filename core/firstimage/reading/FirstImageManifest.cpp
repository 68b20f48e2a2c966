// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageManifest.h"
#include "FirstImageReader.h"
#include "ImporterRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// A JSON string literal through QJsonDocument, for correct escaping.
QByteArray manifestJsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray FirstImageManifest::json(const FirstImageReader &reader, const QList<QByteArray> &digests)
{
    const QList<SrcfsRecord> &records = reader.records();
    qint64 fileBytes = 0;
    for (const SrcfsRecord &r : records)
        fileBytes += r.kind == SrcfsRecord::Kind::File ? r.size : 0;
    QByteArray out = "{\n  \"format\": \"builder-hex0\",\n  \"schemaVersion\": 1,\n  \"revision\": ";
    out += reader.revision().isEmpty() ? QByteArray("null") : manifestJsonString(reader.revision());
    out += ",\n  \"count\": " + QByteArray::number(records.size());
    out += ",\n  \"imageSize\": " + QByteArray::number(reader.imageSize());
    out += ",\n  \"fileBytes\": " + QByteArray::number(fileBytes);
    out += ",\n  \"entries\": [";
    for (const SrcfsRecord &r : records) {
        out += r.index ? ",\n    {" : "\n    {";
        out += "\"index\": " + QByteArray::number(r.index);
        out += ", \"kind\": " + manifestJsonString(SrcfsRecord::kindKey(r.kind));
        out += ", \"path\": " + manifestJsonString(r.pathString());
        if (!ImporterRules::isValidUtf8(r.path))
            out += ", \"pathHex\": \"" + r.path.toHex() + '"';
        if (r.kind == SrcfsRecord::Kind::Hex0 || r.kind == SrcfsRecord::Kind::Command)
            out += ", \"argument\": " + manifestJsonString(QString::fromUtf8(r.argument));
        out += ", \"size\": " + QByteArray::number(r.size);
        const bool hasData = r.kind == SrcfsRecord::Kind::File || r.kind == SrcfsRecord::Kind::Folder;
        out += ", \"dataOffset\": " + (hasData ? QByteArray::number(r.dataOffset) : QByteArray("null"));
        out += ", \"offset\": " + QByteArray::number(r.offset);
        if (!digests.value(r.index).isEmpty())
            out += ", \"sha256\": \"" + digests.value(r.index) + '"';
        out += '}';
    }
    out += records.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

Manifest FirstImageManifest::files(const FirstImageReader &reader, const QList<QByteArray> &digests)
{
    Manifest m;
    m.imageSize = reader.imageSize();
    for (const SrcfsRecord &r : reader.records())
        if (r.kind == SrcfsRecord::Kind::File)
            m.entries.append(ManifestEntry {r.path, r.size, r.dataOffset, digests.value(r.index)});
    return m;
}
