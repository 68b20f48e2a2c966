// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ManPageWriter.h"

#include <QRegularExpression>

namespace {
// "-o, --output <OUT>": names bold, the value name italic.
QString optionTerm(const QString &term)
{
    QString names = term;
    QString value;
    const qsizetype at = names.indexOf(QLatin1String(" <"));
    if (at >= 0) {
        value = names.mid(at + 1);
        names.truncate(at);
    }
    QStringList parts;
    for (const QString &n : names.split(QLatin1String(", "), Qt::SkipEmptyParts))
        parts.append(QLatin1String("\\fB") + ManPageWriter::escapeCode(n) + QLatin1String("\\fR"));
    QString out = parts.join(QLatin1String(", "));
    if (!value.isEmpty())
        out += QLatin1String(" \\fI") + ManPageWriter::escape(value) + QLatin1String("\\fR");
    return out;
}

// A usage line: the program (and command) bold, the rest as it is.
QString synopsis(const QString &usage, int boldWords)
{
    QStringList words = usage.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += i < boldWords ? QLatin1String("\\fB") + ManPageWriter::escapeCode(words.at(i)) + QLatin1String("\\fR")
                             : ManPageWriter::escapeCode(words.at(i));
    }
    return QLatin1String(".PP\n") + out + QLatin1Char('\n');
}

QString paragraphs(const QStringList &texts)
{
    QString out;
    for (const QString &p : texts)
        out += QLatin1String(".PP\n") + ManPageWriter::escape(p) + QLatin1Char('\n');
    return out;
}

// Options, arguments and examples of one help text, under the help's own section titles.
QString sections(const HelpDocument &help, bool subsection)
{
    QString out;
    for (const HelpDocument::Section &section : help.sections) {
        if (section.title == QLatin1String("Commands") || section.title == QLatin1String("Exit codes"))
            continue;
        const bool isOptions = section.title == QLatin1String("Options");
        const bool isExamples = section.title == QLatin1String("Examples");
        if (subsection)
            out += QLatin1String(".PP\n\\fI") + ManPageWriter::escape(section.title) + QLatin1String(":\\fR\n");
        else
            out += QLatin1String(".SH ") + ManPageWriter::escape(section.title.toUpper()) + QLatin1Char('\n');
        for (const HelpDocument::Item &item : section.items) {
            out += QLatin1String(".TP\n");
            if (isOptions)
                out += optionTerm(item.term);
            else if (isExamples)
                out += QLatin1String("\\fB") + ManPageWriter::escapeCode(item.term) + QLatin1String("\\fR");
            else
                out += QLatin1String("\\fI") + ManPageWriter::escape(item.term) + QLatin1String("\\fR");
            out += QLatin1Char('\n') + ManPageWriter::escape(item.text) + QLatin1Char('\n');
        }
    }
    return out;
}

// NAME wants "program \- what it does" on one line.
QString whatis(const ProgramReference &program)
{
    QString line = program.help.description.value(0);
    const qsizetype stop = line.indexOf(QLatin1String(". "));
    if (stop >= 0)
        line.truncate(stop);
    if (line.endsWith(QLatin1Char('.')))
        line.chop(1);
    if (!line.isEmpty())
        line[0] = line.at(0).toLower();
    return program.name + QLatin1String(" \\- ") + ManPageWriter::escape(line);
}
} // namespace

QString ManPageWriter::escape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    // A line starting with a dot or a quote would be read as a request.
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

QString ManPageWriter::escapeCode(const QString &text)
{
    QString out = escape(text);
    out.replace(QLatin1Char('-'), QLatin1String("\\-"));
    return out;
}

QString ManPageWriter::write(const ProgramReference &program, const QStringList &seeAlso)
{
    const QString title = program.name.toUpper();
    QString out = QLatin1String(".\\\" Made from the program's own --help text when it is built; do not edit.\n");
    out += QLatin1String(".TH ") + title + QLatin1String(" 1 \"\" \"") + escape(program.version) +
        QLatin1String("\" \"User Commands\"\n");
    // Names like LBPAYLD1 and external.img must not be hyphenated at the line's end.
    out += QLatin1String(".nh\n");
    out += QLatin1String(".SH NAME\n") + whatis(program) + QLatin1Char('\n');
    out += QLatin1String(".SH SYNOPSIS\n") + synopsis(program.help.usage, 1);
    out += QLatin1String(".SH DESCRIPTION\n");
    out += paragraphs(program.help.description).mid(4); // the section opens the first paragraph
    out += sections(program.help, false);

    if (!program.commands.isEmpty()) {
        out += QLatin1String(".SH COMMANDS\n");
        for (const ProgramReference::Command &command : program.commands) {
            out += QLatin1String(".SS ") + escapeCode(command.name) + QLatin1Char('\n');
            out += escape(command.summary) + QLatin1Char('\n');
            out += synopsis(command.help.usage, 2);
            out += paragraphs(command.help.description);
            out += sections(command.help, true);
            out += paragraphs(command.help.notes);
        }
    }

    const HelpDocument::Section exitCodes = program.help.section(QStringLiteral("Exit codes"));
    if (!exitCodes.items.isEmpty()) {
        out += QLatin1String(".SH EXIT STATUS\n");
        for (const HelpDocument::Item &item : exitCodes.items)
            out += QLatin1String(".TP\n.B ") + escape(item.term) + QLatin1Char('\n') + escape(item.text) +
                QLatin1Char('\n');
    }
    if (!program.help.notes.isEmpty())
        out += QLatin1String(".SH NOTES\n") + paragraphs(program.help.notes).mid(4);
    if (!seeAlso.isEmpty()) {
        QStringList refs;
        static const QRegularExpression page(QStringLiteral("^(.+)\\((\\w+)\\)$"));
        for (const QString &ref : seeAlso) {
            const QRegularExpressionMatch m = page.match(ref);
            refs.append(m.hasMatch() ? QLatin1String("\\fB") + escapeCode(m.captured(1)) + QLatin1String("\\fR(") +
                        m.captured(2) + QLatin1Char(')')
                                     : escape(ref));
        }
        out += QLatin1String(".SH SEE ALSO\n") + refs.join(QLatin1String(", ")) + QLatin1Char('\n');
    }
    return out;
}
