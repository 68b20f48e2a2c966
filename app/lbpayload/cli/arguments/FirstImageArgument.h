// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>

class FirstImageReader;

// The IMAGE argument when it is a first boot disk (init.img, builder-hex0): how commands tell
// it from external.img and open it. Standard input ("-") is always read as LBPAYLD1.
class FirstImageArgument
{
    Q_DECLARE_TR_FUNCTIONS(FirstImageArgument)
public:
    // Whether `argument` is a file or block device whose first bytes are builder-hex0's
    // (ImageKind). False for "-", a folder, and anything unreadable: the LBPAYLD1 path then
    // says why it cannot be read.
    static bool isFirstImage(const QString &argument);

    // Opens a first image, printing the reader's error on failure. Returns Ok, or Failure for
    // a missing, unreadable or unrecognisable image. A damaged script is no failure here:
    // see damaged().
    static ExitCode open(FirstImageReader &reader, const QString &path);
    // Whether reading stopped before the zero byte that ends the script (a truncated,
    // unterminated or malformed script). Prints each such finding (they name the image, the
    // record and the byte offset) unless `print` is false.
    static bool damaged(const FirstImageReader &reader, bool print = true);
};
