// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FirstImageFinding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class FirstImageReader;

// `lbpayload info` for a first image (init.img): its stages, script, counts, builder-hex0
// budget with the inferred Fiwix figure, and findings, as text or JSON.
class FirstImageInfo
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageInfo)
public:
    static QByteArray text(const FirstImageReader &reader);
    // Keys in a fixed, documented order: format, schemaVersion, image, imageSize, stage1,
    // stage2, script, count, files, folders, commands, fileBytes, trailingBytes,
    // trailingAllZero, budget, bootable, findings.
    static QByteArray json(const FirstImageReader &reader);
    // "error", "warning" or "note", translated.
    static QString severity(FirstImageFinding::Severity severity);
    // "no findings" or "2 errors, 1 warning".
    static QString counts(const FirstImageFindings &findings);
    // One finding as a line: "<severity>: <message>" (the message names the image and place).
    static QString line(const FirstImageFinding &finding);
};
