// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

// A command lbpayload lists but does not carry: running it, and showing its help, replaces this
// process with the helper program that does (HelperProgram), given the command word and the
// rest of the command line. The helper prints the help, the usage errors and the results, and
// its exit code is the command's. So what only these commands need (KArchive, and with it
// libcrypto, libbz2 and liblzma) is loaded only when one of them runs.
class HandOverCommand : public Command
{
public:
    // `name` and `summary` as the tool's list of commands shows them; `helper`, the file name
    // of the helper program (HelperProgram::path()).
    HandOverCommand(const QString &name, const QString &summary, const QString &helper);

    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    // Do not return unless the helper cannot be started: then print why, naming its path, and
    // return Failure.
    ExitCode run(const QStringList &arguments) override;
    ExitCode showHelp() override;

protected:
    // Never asked: run() and showHelp() hand everything to the helper, which has the real ones.
    QString synopsis() const override { return {}; }
    QString description() const override { return {}; }
    QStringList examples() const override { return {}; }
    void declare(QCommandLineParser &) override { }
    int minArguments() const override { return 0; }
    int maxArguments() const override { return -1; }
    ExitCode execute(const QCommandLineParser &) override { return ExitCode::Failure; }

private:
    ExitCode handOver(const QStringList &arguments) const;

    QString m_name;
    QString m_summary;
    QString m_helper;
};
