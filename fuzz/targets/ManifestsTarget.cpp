// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FuzzTargets.h"

#include "BuildPlan.h"
#include "Manifest.h"
#include "SourceList.h"

namespace FuzzTargets {

void manifests(const QByteArray &data)
{
    Manifest manifest;
    QString error;
    if (Manifest::parse(data, &manifest, &error)) {
        // What was accepted must be writable in every format, and the JSON written must parse.
        for (const Manifest::Format format :
            {Manifest::Format::Json, Manifest::Format::Tsv, Manifest::Format::Sha256Sum})
            (void)manifest.toBytes(format);
        Manifest again;
        QString againError;
        (void)Manifest::parse(manifest.toBytes(Manifest::Format::Json), &again, &againError);
    }

    QList<BuildEntry> entries;
    QString listError;
    if (SourceList::parse(data, QStringLiteral("/fuzz/base"), &entries, &listError)) {
        QByteArray text;
        (void)SourceList::serialize(entries, &text, &listError);
    }
}

} // namespace FuzzTargets
