// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Manifest.h"

#include <QByteArray>
#include <QList>

class FirstImageReader;

// A first image's manifest. JSON lists every record of the script:
//     {"format": "builder-hex0", "schemaVersion": 1, "revision": ..., "count": ...,
//      "imageSize": ..., "fileBytes": ..., "entries": [{"index", "kind", "path", "size",
//      "dataOffset", "offset", "sha256" (files, when hashed)}, ...]}
// with "argument" for hex0 (its input) and program records, and "pathHex" beside "path" for a
// path that is not UTF-8. TSV and sha256sum list the files only, named by their path as
// written, in Manifest's formats; Manifest::parse reads all three back.
class FirstImageManifest
{
public:
    // `digests`: one per record (FirstImageHasher's result), or empty for no hashes.
    static QByteArray json(const FirstImageReader &reader, const QList<QByteArray> &digests);
    // The files as a Manifest, for TSV and sha256sum.
    static Manifest files(const FirstImageReader &reader, const QList<QByteArray> &digests);
};
