// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "HandOverCommand.h"
#include "Console.h"
#include "HelperProgram.h"

HandOverCommand::HandOverCommand(const QString &name, const QString &summary, const QString &helper)
    : m_name(name)
    , m_summary(summary)
    , m_helper(helper)
{ }

ExitCode HandOverCommand::run(const QStringList &arguments)
{
    return handOver(QStringList {m_name} + arguments);
}

ExitCode HandOverCommand::showHelp()
{
    return handOver({QStringLiteral("help"), m_name});
}

ExitCode HandOverCommand::handOver(const QStringList &arguments) const
{
    Console::error(HelperProgram::replaceProcess(m_helper, arguments));
    return ExitCode::Failure;
}
