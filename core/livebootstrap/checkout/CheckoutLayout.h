// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Which LBPAYLD1 layout a live-bootstrap checkout's importer reads, and where the checkout
// says so. The raw container is still the design of open upstream pull requests that have
// carried both layouts (FORMAT.md, last section), so the layout is the checkout's, not a
// constant.
//
// Where it looks (paths relative to the checkout):
// - the importer, `steps/payload-import-*/src/payload-import.c`: it reads the count, the
//   name length and the size with `read_u32le` (u32) or `read_u64le` (u64);
// - the generator, `lib/generator.py`, method `_create_raw_container_image`: it packs them
//   with `struct.pack("<I")`/`"<II"` (u32) or `"<Q"`/`"<QQ"` (u64).
//
// The rules, in order:
// - The importer reads the image at boot, so when it gives an answer, it decides. Where it and
//   the generator disagree, that is finding `importer-generator-disagree`, naming both.
// - Only a generator: its layout. Neither: no answer, u32 (the layout of the document this
//   project started from) by default, source Default.
//
// How the importer is judged, robust to a file that defines (or merely mentions) both
// helpers: comments are stripped; a definition or declaration of a helper (its parentheses
// open with a C type: `read_u64le(const unsigned char *p)`) is no evidence; only a call is.
// A call on a line that names a field it reads (count, name length, len, size) is a field
// read. The layout is the width of the field reads when they all have one width; without any
// field read, the width of the calls when they all have one width. Both widths among the
// deciding calls: finding `importer-ambiguous`, and the importer gives no answer. When several
// importer versions exist, the highest version (numeric order) is judged and the others are
// named in finding `several-importers`.
//
// The generator is judged the same way on the body of `_create_raw_container_image` (the
// lines indented under its `def`, `#` comments stripped): pack formats of `I`s or `L`s after
// `<` are u32, of `Q`s u64; both: finding `generator-ambiguous`, no answer.
//
// Each file is read up to MaxSourceBytes; a larger one is not judged (finding
// `source-too-large`). Nothing else of the checkout is read.
class CheckoutLayout
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutLayout)
public:
    enum class Source { Default, Importer, Generator };

    // A line of the checkout that shows a layout.
    struct Evidence
    {
        QString file; // relative to the checkout, '/'-separated
        int line = 0; // 1-based
        QString text; // the line as written, trimmed
        PayloadFormat::Layout layout = PayloadFormat::Layout::U32;
    };

    struct Finding
    {
        enum class Code {
            ImporterGeneratorDisagree,
            ImporterAmbiguous,
            GeneratorAmbiguous,
            SeveralImporters,
            SourceTooLarge
        };
        Code code = Code::ImporterGeneratorDisagree;
        QString file; // relative to the checkout; the importer for a disagreement
        int line = 0; // 1-based, 0 when about the whole file
        QString message; // translated, complete sentence naming the files and lines
        // Every finding is a warning: the layout still has an answer (or the default).
        // The stable key of JSON output, e.g. "importer-generator-disagree".
        static QString codeKey(Code code);
    };

    static constexpr qint64 MaxSourceBytes = 4 * 1024 * 1024;

    // The generator's path and the importer's glob, relative to a checkout.
    static QString generatorPath() { return QStringLiteral("lib/generator.py"); }
    static QString importerPattern() { return QStringLiteral("steps/payload-import-*/src/payload-import.c"); }

    // Reads the importer and the generator of the checkout at `root`. Never fails: a checkout
    // that says nothing gives Source::Default and u32.
    static CheckoutLayout read(const QString &root);

    // Judges the texts directly (what read() does once it has them); `importerFile` and
    // `generatorFile` name them in evidence and messages. An empty optional: no such file.
    static CheckoutLayout judge(const std::optional<QByteArray> &importer, const QString &importerFile,
        const std::optional<QByteArray> &generator, const QString &generatorFile);

    PayloadFormat::Layout layout() const { return m_layout; }
    Source source() const { return m_source; }
    // Whether the checkout says which layout it reads (source is not Default).
    bool isKnown() const { return m_source != Source::Default; }
    // The line that decided; nullopt for Source::Default.
    std::optional<Evidence> evidence() const;
    // What each file says, when it says something.
    const std::optional<Evidence> &importer() const { return m_importer; }
    const std::optional<Evidence> &generator() const { return m_generator; }
    const QList<Finding> &findings() const { return m_findings; }

    // "importer", "generator" or "default": the spelling of JSON output.
    static QString sourceKey(Source source);
    // For people: "importer steps/payload-import-1.0/src/payload-import.c:57: count =
    // read_u64le(buf);", "generator lib/generator.py:12: ..." or "the checkout does not say;
    // u32 assumed".
    QString describeSource() const;

private:
    PayloadFormat::Layout m_layout = PayloadFormat::Layout::U32;
    Source m_source = Source::Default;
    std::optional<Evidence> m_importer;
    std::optional<Evidence> m_generator;
    QList<Finding> m_findings;
};
