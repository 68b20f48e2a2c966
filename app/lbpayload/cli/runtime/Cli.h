// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class Command;

// The top level of lbpayload (and of its helper programs, with their commands): finds the
// command named by the first argument and hands it the rest; answers --help, --version and
// `help [COMMAND]` itself, listing the commands in the order given.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    explicit Cli(std::vector<std::unique_ptr<Command>> commands);
    ~Cli();

    // `arguments` as QCoreApplication::arguments() gives them, program name first.
    ExitCode run(const QStringList &arguments);

private:
    Command *find(const QString &name) const;
    QString toolHelp(const QString &parserHelp) const;
    ExitCode help(const QStringList &topics, const QString &parserHelp);
    ExitCode usageError(const QString &message) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};
