// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

class QCommandLineParser;

// payload-studio's command line, declared once for the two ways main() parses it: on a
// QCoreApplication when it only has to print its help or version (no display needed, so
// `payload-studio --help` works over ssh and the man page is made from it at build time),
// and on the QApplication that opens the window.
namespace CommandLine {
// Adds the description, --help, --version and the files argument.
void declare(QCommandLineParser &parser);
// Whether the arguments ask for the help or the version, before any "--".
bool asksForTextOnly(int argc, char **argv);
} // namespace CommandLine
