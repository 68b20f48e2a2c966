// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

void CommandLine::declare(QCommandLineParser &parser)
{
    // The context stays "main", where these strings were first translated.
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Author and inspect live-bootstrap payload images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("main", "Images to open, or a list file (\"<name> <path>\" lines) to edit."),
        QStringLiteral("[files...]"));
}

bool CommandLine::asksForTextOnly(int argc, char **argv)
{
    // The spellings QCommandLineParser's help and version options answer to.
    static const char *const textOptions[] = {"-h", "--help", "-?", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        for (const char *option : textOptions)
            if (std::strcmp(argv[i], option) == 0)
                return true;
    }
    return false;
}
