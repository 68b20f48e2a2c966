// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "HelpDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

// Everything a program says about its command line, asked of the built program itself:
// `PROGRAM --help`, `PROGRAM --version` and, when the help lists commands, `PROGRAM help
// COMMAND` for each. New commands and options therefore reach the man page and the
// completions without anyone writing them down twice.
class ProgramReference
{
public:
    // One option as the help shows it: "-o, --output <OUT>".
    struct Option
    {
        QStringList shortNames; // without the dash
        QStringList longNames; // without the dashes
        QString valueName; // empty for a flag
        QString text;
    };
    // One positional argument; `repeats` when the usage line shows it as "NAME..." .
    struct Argument
    {
        QString name;
        QString text;
        bool repeats = false;
    };
    struct Command
    {
        QString name;
        QString summary; // the line in the tool's list of commands
        HelpDocument help;
    };

    // Runs `program` (in English, without a display) and reads its answers. Returns false
    // and sets `error` when the program cannot run or says nothing usable.
    bool load(const QString &program, QString *error);

    QString name; // the program's file name
    QString version; // "lbpayload 0.1.0"
    HelpDocument help;
    QList<Command> commands; // empty for a program without commands; never holds "help"

    // The options and positional arguments of one help text.
    static QList<Option> options(const HelpDocument &help);
    static QList<Argument> arguments(const HelpDocument &help);

private:
    bool ask(const QStringList &arguments, QString *out, QString *error) const;
    QString m_program;
};
