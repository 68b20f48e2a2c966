// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/image/PayloadMagic.h"
#include "ImageKind.h"
#include "PayloadFormat.h"

#include <QFile>
#include <QFileInfo>

bool PayloadMagic::isPayloadImage(const QString &path)
{
    // Only regular files: opening a FIFO for reading would wait for a writer forever.
    if (!QFileInfo(path).isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(PayloadFormat::MagicSize) == QByteArrayView(PayloadFormat::Magic, PayloadFormat::MagicSize);
}

bool PayloadMagic::isFirstImage(const QString &path)
{
    // Only regular files, as above.
    return QFileInfo(path).isFile() && ImageKind::detectFile(path, nullptr) == ImageKind::FirstImage;
}
