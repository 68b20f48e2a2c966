// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Command.h"
#include "CliLogging.h"
#include "Console.h"
#include "EntrySelection.h"
#include "PayloadReader.h"

#include <QCommandLineParser>

namespace {
const QString HelpOption = QStringLiteral("help");
const QString QuietOption = QStringLiteral("quiet");

// QCommandLineParser wraps option texts but prints the description as one line.
QString wrapped(const QString &text, qsizetype width = 79)
{
    QString out;
    qsizetype column = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > 0 && column + 1 + word.size() > width) {
            out += QLatin1Char('\n');
            column = 0;
        } else if (column > 0) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}
} // namespace

void Command::setUp(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setApplicationDescription(wrapped(description()));
    // Our own --help: QCommandLineParser's would add --help-all and exit() by itself.
    parser.addOption(QCommandLineOption({QStringLiteral("h"), HelpOption}, tr("Show this help and exit.")));
    parser.addOption(
        QCommandLineOption({QStringLiteral("q"), QuietOption}, tr("No progress line and no notes on standard error.")));
    declare(parser);
}

QString Command::helpText()
{
    QCommandLineParser parser;
    setUp(parser);
    // QCommandLineParser's usage line knows nothing of subcommands: put ours in its place.
    QString text = parser.helpText();
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString usage = QCoreApplication::translate("QCommandLineParser", "Usage: %1")
                              .arg(QCoreApplication::applicationName() + QLatin1Char(' ') + synopsis());
    text = usage + (firstBreak >= 0 ? text.mid(firstBreak) : QString());
    const QStringList lines = examples();
    if (!lines.isEmpty()) {
        text += QLatin1Char('\n') + tr("Examples:") + QLatin1Char('\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            text += (i % 2 == 0 ? QLatin1String("  ") : QLatin1String("      ")) + lines.at(i) + QLatin1Char('\n');
    }
    return text;
}

ExitCode Command::usageError(const QString &message) const
{
    Console::writeErr(QCoreApplication::applicationName() + QLatin1Char(' ') + name() + QLatin1String(": ") + message +
        QLatin1Char('\n') +
        tr("Try '%1 %2 --help' for more information.").arg(QCoreApplication::applicationName(), name()) +
        QLatin1Char('\n'));
    return ExitCode::Usage;
}

ExitCode Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    // parse() wants the program name first; the command word stands in for it.
    if (!parser.parse(QStringList {name()} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(HelpOption))
        return showHelp();
    m_quiet = parser.isSet(QuietOption);
    m_arguments = arguments;
    const qsizetype count = parser.positionalArguments().size();
    if (count < minArguments())
        return usageError(tr("missing argument; usage: %1 %2").arg(QCoreApplication::applicationName(), synopsis()));
    if (maxArguments() >= 0 && count > maxArguments())
        return usageError(
            tr("too many arguments: \"%1\" is one too many").arg(parser.positionalArguments().at(maxArguments())));
    qCDebug(lcCli) << "running" << name() << arguments;
    return execute(parser);
}

ExitCode Command::showHelp()
{
    StdoutBuffer out;
    out.append(helpText().toLocal8Bit());
    return out.flush() ? ExitCode::Ok : ExitCode::Failure;
}

ExitCode Command::selectEntries(
    const PayloadReader &reader, const QStringList &names, QList<int> *indices, const QString &shadowedWarning) const
{
    const EntrySelection selection = EntrySelection::select(reader, names);
    if (!selection.missing.isEmpty())
        return usageError(
            tr("%1: no entry named \"%2\"").arg(reader.fileName(), selection.missing.join(QLatin1String("\", \""))));
    if (!quiet()) {
        for (const EntrySelection::Shadowed &s : selection.shadowed) {
            const PayloadEntry &e = reader.entries().at(s.index);
            Console::warning(shadowedWarning.arg(reader.fileName())
                                 .arg(e.index)
                                 .arg(e.headerOffset)
                                 .arg(Console::displayName(e.rawName))
                                 .arg(s.winner));
        }
    }
    *indices = selection.indices;
    return ExitCode::Ok;
}
