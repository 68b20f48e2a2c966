// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// payload-docgen: writes a program's man page and shell completions from its own --help,
// at build time (packaging/CMakeLists.txt). A build tool, not installed; its messages are
// for whoever builds, in English.
#include "CompletionWriter.h"
#include "ManPageWriter.h"
#include "ProgramReference.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

namespace {
bool save(const QString &path, const QString &text)
{
    if (path.isEmpty())
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "payload-docgen: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a program's man page and completions from its --help."));
    parser.addHelpOption();
    const QCommandLineOption man(
        QStringLiteral("man"), QStringLiteral("Write the man page to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption bash(
        QStringLiteral("bash"), QStringLiteral("Write the bash completion to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption zsh(
        QStringLiteral("zsh"), QStringLiteral("Write the zsh completion to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption fish(
        QStringLiteral("fish"), QStringLiteral("Write the fish completion to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption seeAlso(
        QStringLiteral("see-also"), QStringLiteral("A page for SEE ALSO, as NAME(1)."), QStringLiteral("PAGE"));
    parser.addOptions({man, bash, zsh, fish, seeAlso});
    parser.addPositionalArgument(QStringLiteral("PROGRAM"), QStringLiteral("The built program to document."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    ProgramReference program;
    QString error;
    if (!program.load(parser.positionalArguments().constFirst(), &error)) {
        std::fprintf(stderr, "payload-docgen: %s\n", qPrintable(error));
        return 1;
    }
    const bool ok = save(parser.value(man), ManPageWriter::write(program, parser.values(seeAlso))) &&
        save(parser.value(bash), CompletionWriter::bash(program)) &&
        save(parser.value(zsh), CompletionWriter::zsh(program)) &&
        save(parser.value(fish), CompletionWriter::fish(program));
    return ok ? 0 : 1;
}
