// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class PayloadReader;

// One subcommand of lbpayload. The base class owns what every command shares: its own
// QCommandLineParser, --help with examples, --quiet, the positional argument count, and the
// usage-error convention (a message, a hint, exit code 2). A subclass declares its options
// and does its work in execute().
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;

    // The word after "lbpayload".
    virtual QString name() const = 0;
    // One translated line for the tool's list of commands.
    virtual QString summary() const = 0;

    // Parses `arguments` (everything after the command word) and runs the command. Prints
    // the help and returns Ok for --help; prints a usage error and returns Usage when the
    // command line does not parse.
    virtual ExitCode run(const QStringList &arguments);
    // Prints helpText() on standard output (`lbpayload help COMMAND`); Failure when it cannot.
    virtual ExitCode showHelp();
    // Usage line, description, options, arguments and examples.
    QString helpText();

protected:
    // The usage line after "lbpayload ", e.g. "create -o OUT [options] [INPUT...]".
    virtual QString synopsis() const = 0;
    // What the command does, translated, one paragraph.
    virtual QString description() const = 0;
    // Pairs of lines: a command line, then what it does (translated).
    virtual QStringList examples() const = 0;
    // Adds the command's options and positional arguments.
    virtual void declare(QCommandLineParser &parser) = 0;
    // How many positional arguments the command takes; maxArguments() -1 means no limit.
    virtual int minArguments() const = 0;
    virtual int maxArguments() const = 0;
    // Runs with a parsed command line whose positional count is within bounds.
    virtual ExitCode execute(const QCommandLineParser &parser) = 0;

    // Prints "lbpayload COMMAND: <message>" and where to find help; returns ExitCode::Usage.
    ExitCode usageError(const QString &message) const;
    // The entries a command writes out (see EntrySelection): the named ones, or all. Unless
    // --quiet, warns about each entry a later one of the same name shadows, with
    // `shadowedWarning` (translated) filled in as: %1 image, %2 entry index, %3 its header
    // offset, %4 its name, %5 the later entry's index. Returns Usage, naming them, for names
    // not in the image.
    ExitCode selectEntries(const PayloadReader &reader, const QStringList &names, QList<int> *indices,
        const QString &shadowedWarning) const;
    // Whether --quiet was given: no progress line, no notes.
    bool quiet() const { return m_quiet; }
    // The command line run() was given, as it was given (for a command that hands it on).
    const QStringList &arguments() const { return m_arguments; }

private:
    void setUp(QCommandLineParser &parser);
    QStringList m_arguments;
    bool m_quiet = false;
};
