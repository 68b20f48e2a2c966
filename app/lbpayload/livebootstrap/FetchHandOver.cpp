// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FetchHandOver.h"
#include "Console.h"
#include "HelperProgram.h"

ExitCode FetchHandOver::execute(const QCommandLineParser &parser)
{
    // Usage errors are found here, before the helper starts, like those of every command.
    Settings settings;
    const ExitCode read = readSettings(parser, &settings);
    if (read != ExitCode::Ok)
        return read;
    const QString error = HelperProgram::replaceProcess(HelperProgram::fetchHelperName(), arguments());
    Console::error(error);
    return ExitCode::Failure;
}
