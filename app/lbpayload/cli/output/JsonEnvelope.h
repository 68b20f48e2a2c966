// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

// The opening every JSON document of lbpayload shares: "format" first, then "schemaVersion",
// so that a script knows what it holds before it reads on.
//
// "format" names what the document describes. A document about an image itself (list and
// manifest, info) carries the image's format as ImageKind::key spells it, "LBPAYLD1" or
// "builder-hex0": Manifest::parse tells the two kinds of manifest apart by it. Every other
// document names its own kind, "lbpayload-" and the command (and what the command was given,
// when one command prints two kinds of document). These spellings never change.
// "schemaVersion" counts incompatible changes of a document; within a version, keys are only
// ever added. The schemas are docs/schemas/lbpayload-<command>.schema.json.
class JsonEnvelope
{
public:
    // The documents that are not about an image itself.
    enum class Document {
        DistfileReport, // inspect FILE, inspect IMAGE ENTRY: "lbpayload-inspect"
        EntryKinds, // inspect IMAGE: "lbpayload-inspect-image"
        IntegrityTest, // test: "lbpayload-test"
        DiskList, // disks: "lbpayload-disks"
        CheckoutPlan, // plan: "lbpayload-plan"
    };

    static constexpr int SchemaVersion = 1;

    // The "format" of `document`, e.g. "lbpayload-test".
    static QString format(Document document);
    // "{", then the "format" and "schemaVersion" lines, indented by two spaces, each ending in
    // a comma and a newline: the caller appends the document's own keys and the closing "}".
    static QByteArray open(Document document);
    // The same for a document about an image; `imageFormat` is ImageKind::key's spelling.
    static QByteArray open(const QString &imageFormat);
};
