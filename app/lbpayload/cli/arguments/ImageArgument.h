// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class PayloadReader;
class QFile;

// The IMAGE argument of a command: a file, a block device, or "-" for standard input.
class ImageArgument
{
    Q_DECLARE_TR_FUNCTIONS(ImageArgument)
public:
    // True for "-".
    static bool isStdin(const QString &argument) { return argument == QLatin1String("-"); }
    // How standard input is named in messages.
    static QString stdinName();

    // Standard input as a sequential device. Returns nullptr and prints an error when it is a
    // terminal: an image has to be piped in, and waiting for keystrokes would look like a hang.
    static std::unique_ptr<QFile> openStdin();

    // Opens a file or block device (not "-"), printing the reader's error on failure. Returns
    // Ok, or Failure for a missing, unreadable or malformed image.
    static ExitCode open(PayloadReader &reader, const QString &path);
    // Opens `argument` whatever it is: standard input is read to its end. Same contract.
    static ExitCode openAny(PayloadReader &reader, const QString &argument);
};
