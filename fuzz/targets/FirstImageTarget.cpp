// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FuzzTargets.h"

#include "FirstImageReader.h"
#include "FiwixHandoff.h"
#include "ImageKind.h"
#include "MemoryFile.h"

#include <QIODevice>

namespace FuzzTargets {

void firstImage(const QByteArray &data)
{
    qint64 sum = ImageKind::detect(data.left(ImageKind::HeadSize));
    // The Fiwix figure is read from a script inside the image; the same parser on raw bytes.
    if (const std::optional<FiwixHandoff> fiwix = FiwixHandoff::parse(data, QStringLiteral("fuzz")))
        sum += fiwix->initrdBytes();
    const MemoryFile file(data);
    if (!file.ok())
        return;
    FirstImageReader reader;
    const bool opened = reader.open(file.path());
    sum += reader.errorString().size() + reader.trailingBytes() + reader.budget().leftBeforeFiwix();
    for (const FirstImageFinding &finding : reader.findings())
        sum += finding.message.size() + FirstImageFinding::codeKey(finding.code).size();
    if (!opened)
        return;
    char buffer[4096];
    for (int i = 0; i < reader.records().size(); ++i) {
        const std::unique_ptr<QIODevice> device = reader.openRecord(i);
        if (!device)
            continue;
        // A record's device yields exactly its size, however the image ends.
        qint64 n = 0;
        while ((n = device->read(buffer, sizeof buffer)) > 0)
            sum += n;
    }
    (void)sum;
}

} // namespace FuzzTargets
