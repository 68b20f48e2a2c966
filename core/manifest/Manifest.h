// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;
class PayloadReader;
class BuildPlan;

struct ManifestEntry
{
    QByteArray name;
    qint64 size = -1; // -1 when the manifest did not say (sha256sum files)
    qint64 dataOffset = -1; // -1 when unknown
    QByteArray sha256; // 64 lower-case hex digits, or empty when not computed
};

// What an image holds (or will hold), in the three interchange formats scripts use: JSON
// (schema in README), TSV and the sha256sum format that `sha256sum -c` checks.
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)
public:
    enum class Format { Json, Tsv, Sha256Sum };

    std::optional<PayloadFormat::Layout> layout;
    qint64 imageSize = -1;
    QList<ManifestEntry> entries;

    static Manifest fromReader(const PayloadReader &reader);
    static Manifest fromPlan(const BuildPlan &plan);

    qint64 payloadBytes() const;

    // Writes the manifest to `out` as it goes: memory does not grow with the entry count
    // beyond the manifest itself. Entries without a hash are written without one (JSON, TSV)
    // or skipped (sha256sum, which has nothing to say without a hash). Returns false when
    // the device fails.
    [[nodiscard]] bool write(QIODevice *out, Format format) const;
    QByteArray toBytes(Format format) const;

    // Writes to `path` atomically (QSaveFile). Returns false and sets `error` on failure.
    [[nodiscard]] bool save(const QString &path, Format format, QString *error) const;

    // Parses any of the three formats, telling them apart by content. Returns false and
    // sets `error` (naming the line) when the text is none of them.
    [[nodiscard]] static bool parse(const QByteArray &data, Manifest *out, QString *error);
    // Reads and parses a file; `error` names the file.
    [[nodiscard]] static bool load(const QString &path, Manifest *out, QString *error);

    [[nodiscard]] static std::optional<Format> parseFormat(const QString &text);
    static QString formatName(Format format);
};
