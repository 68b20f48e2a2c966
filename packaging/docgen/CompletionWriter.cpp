// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CompletionWriter.h"
#include "ValueKind.h"

namespace {
using Option = ProgramReference::Option;
using Argument = ProgramReference::Argument;

const QString Header = QStringLiteral("Made from the program's own --help text when it is built; do not edit.");

// A shell function name from a program name.
QString functionName(const QString &program)
{
    QString name = program;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QLatin1Char('_') + name;
}

QString singleQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// The first sentence of an option's text: enough for a completion menu.
QString firstSentence(const QString &text)
{
    const qsizetype stop = text.indexOf(QLatin1String(". "));
    QString out = stop >= 0 ? text.left(stop) : text;
    if (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

// The tool's own line for its `help` command.
QString helpSummary(const ProgramReference &program)
{
    for (const HelpDocument::Item &item : program.help.section(QStringLiteral("Commands")).items)
        if (item.term == QLatin1String("help"))
            return item.text;
    return {};
}

QStringList spellings(const Option &option)
{
    QStringList out;
    for (const QString &s : option.shortNames)
        out.append(QLatin1Char('-') + s);
    for (const QString &l : option.longNames)
        out.append(QLatin1String("--") + l);
    return out;
}

// --- bash ----------------------------------------------------------------------------

// The bash lines that fill COMPREPLY for a value of `kind`.
QString bashValue(const ValueKind &kind, const QString &indent)
{
    switch (kind.kind) {
    case ValueKind::Words:
        return indent + QLatin1String("@REPLY@ \"$(compgen -W ") + singleQuoted(kind.words.join(QLatin1Char(' '))) +
            QLatin1String(" -- \"$cur\")\"\n");
    case ValueKind::Directories:
        return indent + QLatin1String("compopt -o filenames 2>/dev/null; @REPLY@ \"$(compgen -d -- \"$cur\")\"\n");
    case ValueKind::Nothing:
        return indent + QLatin1String("COMPREPLY=()\n");
    case ValueKind::Files:
        break;
    }
    return indent + QLatin1String("compopt -o filenames 2>/dev/null; @REPLY@ \"$(compgen -f -- \"$cur\")\"\n");
}

// Completion of one command line's options and positional arguments.
QString bashBody(const QList<Option> &options, const QList<Argument> &arguments, const QString &indent)
{
    QString out;
    QStringList words;
    QString valueCases;
    for (const Option &option : options) {
        words += spellings(option);
        if (!option.valueName.isEmpty())
            valueCases += indent + QLatin1String("    ") + spellings(option).join(QLatin1Char('|')) +
                QLatin1String(")\n") + bashValue(ValueKind::of(option.valueName), indent + QLatin1String("        ")) +
                indent + QLatin1String("        return ;;\n");
    }
    if (!valueCases.isEmpty())
        out += indent + QLatin1String("case $prev in\n") + valueCases + indent + QLatin1String("esac\n");
    out += indent + QLatin1String("if [[ $cur == -* ]]; then\n") + indent +
        QLatin1String("    @REPLY@ \"$(compgen -W ") + singleQuoted(words.join(QLatin1Char(' '))) +
        QLatin1String(" -- \"$cur\")\"\n") + indent + QLatin1String("    return\n") + indent + QLatin1String("fi\n");
    // Positional arguments: the kind of the first one stands for all; good enough for every
    // command here, whose arguments are all files, all folders or an image and entry names.
    const ValueKind kind =
        arguments.isEmpty() ? ValueKind {ValueKind::Nothing, {}} : ValueKind::of(arguments.constFirst().name);
    out += bashValue(kind, indent);
    return out;
}

// --- zsh -----------------------------------------------------------------------------

QString zshEscape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('['), QLatin1String("\\["));
    out.replace(QLatin1Char(']'), QLatin1String("\\]"));
    out.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return out;
}

QString zshAction(const ValueKind &kind)
{
    switch (kind.kind) {
    case ValueKind::Words:
        return QLatin1Char('(') + kind.words.join(QLatin1Char(' ')) + QLatin1Char(')');
    case ValueKind::Directories:
        return QStringLiteral("_files -/");
    case ValueKind::Nothing:
        return QStringLiteral(" ");
    case ValueKind::Files:
        break;
    }
    return QStringLiteral("_files");
}

QString zshSpecs(const QList<Option> &options, const QList<Argument> &arguments, const QString &indent)
{
    QString out;
    for (const Option &option : options) {
        const QStringList names = spellings(option);
        const QString exclusion =
            names.size() > 1 ? QLatin1Char('(') + names.join(QLatin1Char(' ')) + QLatin1Char(')') : QString();
        QString value;
        if (!option.valueName.isEmpty())
            value = QLatin1Char(':') + zshEscape(option.valueName) + QLatin1Char(':') +
                zshAction(ValueKind::of(option.valueName));
        for (const QString &name : names)
            out += indent +
                singleQuoted(exclusion + name + QLatin1Char('[') + zshEscape(firstSentence(option.text)) +
                    QLatin1Char(']') + value) +
                QLatin1String(" \\\n");
    }
    for (const Argument &argument : arguments)
        out += indent +
            singleQuoted((argument.repeats ? QStringLiteral("*:") : QStringLiteral(":")) + zshEscape(argument.name) +
                QLatin1Char(':') + zshAction(ValueKind::of(argument.name))) +
            QLatin1String(" \\\n");
    return out;
}

// --- fish ----------------------------------------------------------------------------

QString fishOption(const QString &program, const QString &condition, const Option &option)
{
    QString line = QLatin1String("complete -c ") + program;
    if (!condition.isEmpty())
        line += QLatin1String(" -n ") + singleQuoted(condition);
    for (const QString &s : option.shortNames)
        line += QLatin1String(" -s ") + s;
    for (const QString &l : option.longNames)
        line += QLatin1String(" -l ") + l;
    if (!option.valueName.isEmpty()) {
        const ValueKind kind = ValueKind::of(option.valueName);
        if (kind.kind == ValueKind::Words)
            line += QLatin1String(" -x -a ") + singleQuoted(kind.words.join(QLatin1Char(' ')));
        else if (kind.kind == ValueKind::Directories)
            line += QLatin1String(" -x -a '(__fish_complete_directories)'");
        else if (kind.kind == ValueKind::Files)
            line += QLatin1String(" -r -F");
        else
            line += QLatin1String(" -x");
    }
    return line + QLatin1String(" -d ") + singleQuoted(firstSentence(option.text)) + QLatin1Char('\n');
}

QString fishArguments(const QString &program, const QString &condition, const QList<Argument> &arguments)
{
    if (arguments.isEmpty())
        return {};
    const ValueKind kind = ValueKind::of(arguments.constFirst().name);
    QString line = QLatin1String("complete -c ") + program;
    if (!condition.isEmpty())
        line += QLatin1String(" -n ") + singleQuoted(condition);
    if (kind.kind == ValueKind::Files)
        return line + QLatin1String(" -F\n");
    if (kind.kind == ValueKind::Directories)
        return line + QLatin1String(" -a '(__fish_complete_directories)'\n");
    if (kind.kind == ValueKind::Words)
        return line + QLatin1String(" -a ") + singleQuoted(kind.words.join(QLatin1Char(' '))) + QLatin1Char('\n');
    return {};
}
} // namespace

QString CompletionWriter::bash(const ProgramReference &program)
{
    const QString function = functionName(program.name);
    QString out =
        QLatin1String("# bash completion for ") + program.name + QLatin1String(". ") + Header + QLatin1Char('\n');
    // Word splitting by lines keeps file names with spaces whole.
    out += QLatin1String("@REPLY@()\n{\n    local IFS=$'\\n'\n    COMPREPLY=($1)\n}\n\n");
    out +=
        function + QLatin1String("()\n{\n    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n");
    const QList<Option> toolOptions = ProgramReference::options(program.help);
    if (program.commands.isEmpty()) {
        out += bashBody(toolOptions, ProgramReference::arguments(program.help), QStringLiteral("    "));
        out += QLatin1String("}\ncomplete -F ") + function + QLatin1Char(' ') + program.name + QLatin1Char('\n');
        return out.replace(QLatin1String("@REPLY@"), function + QLatin1String("_reply"));
    }
    // The command is the first word after the program that is not an option.
    out += QLatin1String("    local command= i\n    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                         "        [[ ${COMP_WORDS[i]} == -* ]] || { command=${COMP_WORDS[i]}; break; }\n    done\n");
    QStringList names;
    for (const ProgramReference::Command &command : program.commands)
        names.append(command.name);
    QStringList toolWords = names;
    toolWords.append(QStringLiteral("help"));
    for (const Option &option : toolOptions)
        toolWords += spellings(option);
    out += QLatin1String("    case $command in\n");
    out += QLatin1String("    '')\n        @REPLY@ \"$(compgen -W ") + singleQuoted(toolWords.join(QLatin1Char(' '))) +
        QLatin1String(" -- \"$cur\")\"\n        ;;\n");
    out += QLatin1String("    help)\n        @REPLY@ \"$(compgen -W ") + singleQuoted(names.join(QLatin1Char(' '))) +
        QLatin1String(" -- \"$cur\")\"\n        ;;\n");
    for (const ProgramReference::Command &command : program.commands) {
        out += QLatin1String("    ") + command.name + QLatin1String(")\n");
        out += bashBody(ProgramReference::options(command.help), ProgramReference::arguments(command.help),
            QStringLiteral("        "));
        out += QLatin1String("        ;;\n");
    }
    out += QLatin1String("    esac\n}\ncomplete -F ") + function + QLatin1Char(' ') + program.name + QLatin1Char('\n');
    // Each script has its own helper, so two programs' scripts never redefine each other's.
    return out.replace(QLatin1String("@REPLY@"), function + QLatin1String("_reply"));
}

QString CompletionWriter::zsh(const ProgramReference &program)
{
    const QString function = functionName(program.name);
    QString out = QLatin1String("#compdef ") + program.name + QLatin1String("\n# ") + Header + QLatin1Char('\n');
    out += function + QLatin1String("()\n{\n");
    const QList<Option> toolOptions = ProgramReference::options(program.help);
    if (program.commands.isEmpty()) {
        out += QLatin1String("    _arguments -s \\\n") +
            zshSpecs(toolOptions, ProgramReference::arguments(program.help), QStringLiteral("        "));
        return out + QLatin1String("}\n\n") + function + QLatin1String(" \"$@\"\n");
    }
    out += QLatin1String("    local -a commands\n    commands=(\n");
    for (const ProgramReference::Command &command : program.commands)
        out += QLatin1String("        ") + singleQuoted(command.name + QLatin1Char(':') + zshEscape(command.summary)) +
            QLatin1Char('\n');
    out += QLatin1String("        ") + singleQuoted(QLatin1String("help:") + zshEscape(helpSummary(program))) +
        QLatin1String("\n    )\n");
    out += QLatin1String("    local curcontext=$curcontext state line\n    _arguments -C \\\n");
    out += zshSpecs(toolOptions, {}, QStringLiteral("        "));
    out += QLatin1String("        ':command:->command' \\\n        '*::argument:->argument'\n");
    out += QLatin1String("    case $state in\n    command) _describe -t commands command commands ;;\n    argument)\n"
                         "        case $words[1] in\n");
    out += QLatin1String("        help) _describe -t commands command commands ;;\n");
    for (const ProgramReference::Command &command : program.commands) {
        out += QLatin1String("        ") + command.name + QLatin1String(")\n            _arguments -s \\\n");
        out += zshSpecs(ProgramReference::options(command.help), ProgramReference::arguments(command.help),
            QStringLiteral("                "));
        out += QLatin1String("            ;;\n");
    }
    out += QLatin1String("        esac\n        ;;\n    esac\n}\n\n") + function + QLatin1String(" \"$@\"\n");
    return out;
}

QString CompletionWriter::fish(const ProgramReference &program)
{
    const QString &p = program.name;
    QString out = QLatin1String("# fish completion for ") + p + QLatin1String(". ") + Header + QLatin1Char('\n');
    const QList<Option> toolOptions = ProgramReference::options(program.help);
    if (program.commands.isEmpty()) {
        for (const Option &option : toolOptions)
            out += fishOption(p, {}, option);
        return out + fishArguments(p, {}, ProgramReference::arguments(program.help));
    }
    out += QLatin1String("complete -c ") + p + QLatin1String(" -f\n");
    QStringList names;
    for (const ProgramReference::Command &command : program.commands)
        names.append(command.name);
    const QString noCommand =
        QLatin1String("not __fish_seen_subcommand_from ") + names.join(QLatin1Char(' ')) + QLatin1String(" help");
    for (const Option &option : toolOptions)
        out += fishOption(p, noCommand, option);
    for (const ProgramReference::Command &command : program.commands)
        out += QLatin1String("complete -c ") + p + QLatin1String(" -n ") + singleQuoted(noCommand) +
            QLatin1String(" -a ") + command.name + QLatin1String(" -d ") + singleQuoted(command.summary) +
            QLatin1Char('\n');
    out += QLatin1String("complete -c ") + p + QLatin1String(" -n ") + singleQuoted(noCommand) +
        QLatin1String(" -a help -d ") + singleQuoted(helpSummary(program)) + QLatin1Char('\n');
    out += QLatin1String("complete -c ") + p + QLatin1String(" -n '__fish_seen_subcommand_from help' -a ") +
        singleQuoted(names.join(QLatin1Char(' '))) + QLatin1Char('\n');
    for (const ProgramReference::Command &command : program.commands) {
        const QString condition = QLatin1String("__fish_seen_subcommand_from ") + command.name;
        for (const Option &option : ProgramReference::options(command.help))
            out += fishOption(p, condition, option);
        out += fishArguments(p, condition, ProgramReference::arguments(command.help));
    }
    return out;
}
