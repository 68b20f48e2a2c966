// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Cli.h"
#include "Command.h"
#include "Console.h"

#include <QCommandLineParser>

Cli::Cli(std::vector<std::unique_ptr<Command>> commands)
    : m_commands(std::move(commands))
{ }

Cli::~Cli() = default;

Command *Cli::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QString Cli::toolHelp(const QString &parserHelp) const
{
    const QString app = QCoreApplication::applicationName();
    QString text = QCoreApplication::translate("QCommandLineParser", "Usage: %1")
                       .arg(tr("%1 COMMAND [OPTIONS] [ARGUMENTS]").arg(app)) +
        QLatin1Char('\n');
    // The parser's text after its own usage line: description and options.
    text += parserHelp.mid(parserHelp.indexOf(QLatin1Char('\n')) + 1);
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 4;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text += QLatin1String("  ") + command->name().leftJustified(width + 2) + command->summary() + QLatin1Char('\n');
    text += QLatin1String("  ") + QStringLiteral("help").leftJustified(width + 2) +
        tr("Show this help, or a command's") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += QLatin1String("  0    ") + tr("success") + QLatin1Char('\n');
    text += QLatin1String("  1    ") + tr("findings, mismatches or differences") + QLatin1Char('\n');
    text += QLatin1String("  2    ") + tr("usage error: the command line cannot be run as given") + QLatin1Char('\n');
    text += QLatin1String("  3    ") + tr("I/O or format error") + QLatin1Char('\n');
    text += QLatin1String("  130  ") + tr("interrupted (Ctrl-C); nothing half-written is left") + QLatin1Char('\n');
    text += QLatin1Char('\n') +
        tr("IMAGE may be a file or a block device; '-' reads standard input for list, info, manifest and verify.") +
        QLatin1Char('\n');
    text += tr("Run '%1 help COMMAND' or '%1 COMMAND --help' for a command's options and examples.").arg(app) +
        QLatin1Char('\n');
    return text;
}

ExitCode Cli::usageError(const QString &message) const
{
    Console::writeErr(QCoreApplication::applicationName() + QLatin1String(": ") + message + QLatin1Char('\n') +
        tr("Try '%1 --help' for more information.").arg(QCoreApplication::applicationName()) + QLatin1Char('\n'));
    return ExitCode::Usage;
}

ExitCode Cli::help(const QStringList &topics, const QString &parserHelp)
{
    if (!topics.isEmpty()) {
        Command *command = find(topics.constFirst());
        if (!command)
            return usageError(tr("no help for \"%1\": there is no such command").arg(topics.constFirst()));
        return command->showHelp();
    }
    StdoutBuffer out;
    out.append(toolHelp(parserHelp).toLocal8Bit());
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

ExitCode Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create, inspect, verify and convert live-bootstrap payload images (LBPAYLD1, external.img)."));
    // Everything after the command word belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")));
    parser.addOption(
        QCommandLineOption({QStringLiteral("V"), QStringLiteral("version")}, tr("Show the version and exit.")));
    parser.addPositionalArgument(QStringLiteral("COMMAND"), tr("One of the commands below."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("version"))) {
        StdoutBuffer out;
        out.append((QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() +
            QLatin1Char('\n'))
                       .toLocal8Bit());
        return out.flush() ? ExitCode::Ok : ExitCode::Failure;
    }
    if (parser.isSet(QStringLiteral("help")))
        return help({}, parser.helpText());
    if (rest.isEmpty())
        return usageError(tr("no command given"));
    const QString word = rest.takeFirst();
    if (word == QLatin1String("help"))
        return help(rest, parser.helpText());
    Command *command = find(word);
    if (!command)
        return usageError(tr("unknown command \"%1\"").arg(word));
    return command->run(rest);
}
