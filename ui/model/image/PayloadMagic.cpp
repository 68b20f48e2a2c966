// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/image/PayloadMagic.h"
#include "ImageKind.h"
#include "PayloadFormat.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

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
    // Regular files, and block devices: a first image written to its disk is read from there
    // (FirstImageReader reads either). Never a FIFO or a character device, as above.
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !(S_ISREG(st.st_mode) || S_ISBLK(st.st_mode)))
        return false;
    return ImageKind::detectFile(path, nullptr) == ImageKind::FirstImage;
}
