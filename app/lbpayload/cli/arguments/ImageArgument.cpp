// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ImageArgument.h"
#include "Console.h"
#include "PayloadReader.h"

#include <QFile>

#include <unistd.h>

QString ImageArgument::stdinName()
{
    return tr("standard input");
}

std::unique_ptr<QFile> ImageArgument::openStdin()
{
    if (::isatty(STDIN_FILENO)) {
        Console::error(
            tr("%1 is a terminal: pipe an image into it, e.g. 'lbpayload list - < external.img'").arg(stdinName()));
        return nullptr;
    }
    auto file = std::make_unique<QFile>();
    if (!file->open(STDIN_FILENO, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        Console::error(tr("%1: cannot read: %2").arg(stdinName(), file->errorString()));
        return nullptr;
    }
    return file;
}

ExitCode ImageArgument::open(PayloadReader &reader, const QString &path)
{
    if (reader.open(path))
        return ExitCode::Ok;
    Console::error(reader.errorString());
    return ExitCode::Failure;
}

ExitCode ImageArgument::openAny(PayloadReader &reader, const QString &argument)
{
    if (!isStdin(argument))
        return open(reader, argument);
    const std::unique_ptr<QFile> in = openStdin();
    if (!in)
        return ExitCode::Failure;
    if (reader.openStream(in.get(), stdinName()))
        return ExitCode::Ok;
    Console::error(reader.errorString());
    return ExitCode::Failure;
}
