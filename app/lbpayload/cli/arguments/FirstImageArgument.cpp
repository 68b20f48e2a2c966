// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageArgument.h"
#include "Console.h"
#include "FirstImageReader.h"
#include "ImageArgument.h"
#include "ImageKind.h"

#include <QFileInfo>

bool FirstImageArgument::isFirstImage(const QString &argument)
{
    if (ImageArgument::isStdin(argument) || QFileInfo(argument).isDir())
        return false;
    QString error;
    return ImageKind::detectFile(argument, &error) == ImageKind::FirstImage;
}

ExitCode FirstImageArgument::open(FirstImageReader &reader, const QString &path)
{
    if (reader.open(path))
        return ExitCode::Ok;
    Console::error(reader.errorString());
    return ExitCode::Failure;
}

bool FirstImageArgument::damaged(const FirstImageReader &reader, bool print)
{
    if (reader.scriptEndKind() == FirstImageReader::ScriptEnd::ZeroByte)
        return false;
    if (print) {
        using Code = FirstImageFinding::Code;
        for (const FirstImageFinding &f : reader.findings())
            if (f.code == Code::MalformedRecord || f.code == Code::TruncatedFile || f.code == Code::UnterminatedScript)
                Console::error(f.message);
    }
    return true;
}
