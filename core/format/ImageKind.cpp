// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ImageKind.h"
#include "PayloadFormat.h"

#include <QFile>

ImageKind::Kind ImageKind::detect(const QByteArray &head)
{
    if (head.startsWith(PayloadFormat::Magic))
        return Payload;
    // A boot sector with the BIOS signature, followed by text: builder-hex0's stage-2 source
    // is hex digits, comments and white space, and never holds a zero byte or control codes.
    if (head.size() < 513 || head.at(510) != char(0x55) || head.at(511) != char(0xAA))
        return Unknown;
    const QByteArray text = head.mid(512, 256);
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            break;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t')
            return Unknown;
    }
    return text.at(0) != 0 ? FirstImage : Unknown;
}

ImageKind::Kind ImageKind::detectFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return Unknown;
    }
    return detect(file.read(HeadSize));
}

QString ImageKind::key(Kind kind)
{
    switch (kind) {
    case Payload:
        return QStringLiteral("LBPAYLD1");
    case FirstImage:
        return QStringLiteral("builder-hex0");
    case Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
