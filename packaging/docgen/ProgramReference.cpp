// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ProgramReference.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

bool ProgramReference::ask(const QStringList &arguments, QString *out, QString *error) const
{
    QProcess process;
    // The generated files are in English whatever the build machine's language, and the GUI
    // must answer --help without a display.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // In a sanitizer build a leak report at exit would fail the build here; leaks are the
    // tests' business, the help text is this program's.
    env.insert(
        QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    process.setProcessEnvironment(env);
    process.start(m_program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3%4")
                     .arg(m_program, arguments.join(QLatin1Char(' ')), process.errorString(),
                         QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

bool ProgramReference::load(const QString &program, QString *error)
{
    m_program = program;
    name = QFileInfo(program).fileName();
    QString text;
    if (!ask({QStringLiteral("--version")}, &text, error))
        return false;
    version = text.trimmed();
    if (!ask({QStringLiteral("--help")}, &text, error))
        return false;
    help = HelpDocument::parse(text);
    if (help.usage.isEmpty()) {
        *error = QStringLiteral("%1 --help printed no usage line").arg(program);
        return false;
    }
    // QCommandLineParser's own usage line names the program as it was started (a path in the
    // build folder); the page names it as it is installed.
    const qsizetype afterProgram = help.usage.indexOf(QLatin1Char(' '));
    help.usage = afterProgram < 0 ? name : name + help.usage.mid(afterProgram);
    for (const HelpDocument::Item &item : help.section(QStringLiteral("Commands")).items) {
        if (item.term == QLatin1String("help"))
            continue;
        if (!ask({QStringLiteral("help"), item.term}, &text, error))
            return false;
        commands.append({item.term, item.text, HelpDocument::parse(text)});
    }
    return true;
}

QList<ProgramReference::Option> ProgramReference::options(const HelpDocument &help)
{
    QList<Option> result;
    for (const HelpDocument::Item &item : help.section(QStringLiteral("Options")).items) {
        Option option;
        option.text = item.text;
        QString names = item.term;
        // QCommandLineParser puts the value name once, after the last spelling.
        const qsizetype value = names.indexOf(QLatin1String(" <"));
        if (value >= 0) {
            option.valueName = names.mid(value + 2).chopped(1);
            names.truncate(value);
        }
        for (QString n : names.split(QLatin1String(", "), Qt::SkipEmptyParts)) {
            n = n.trimmed();
            if (n.startsWith(QLatin1String("--")))
                option.longNames.append(n.mid(2));
            else if (n.startsWith(QLatin1Char('-')))
                option.shortNames.append(n.mid(1));
        }
        result.append(option);
    }
    return result;
}

QList<ProgramReference::Argument> ProgramReference::arguments(const HelpDocument &help)
{
    QList<Argument> result;
    for (const HelpDocument::Item &item : help.section(QStringLiteral("Arguments")).items) {
        Argument argument {item.term, item.text, false};
        // The usage line tells repetition: "[INPUT...]" or "NAME...".
        const QRegularExpression repeated(QRegularExpression::escape(item.term) + QStringLiteral("\\.\\.\\."));
        argument.repeats = help.usage.contains(repeated) || item.term.endsWith(QLatin1String("..."));
        result.append(argument);
    }
    return result;
}
