// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "LbpayloadCommands.h"
#include "BuildFirstImageCommand.h"
#include "ConvertCommand.h"
#include "CreateCommand.h"
#include "DiffCommand.h"
#include "DisksCommand.h"
#include "ExtractCommand.h"
#include "HandOverCommand.h"
#include "HelperProgram.h"
#include "InfoCommand.h"
#include "ListCommand.h"
#include "ManifestCommand.h"
#include "VerifyCommand.h"
#include "WriteCommand.h"
#include "livebootstrap/BuildCommand.h"
#include "livebootstrap/FetchHandOver.h"
#include "livebootstrap/PlanCommand.h"

namespace {

std::unique_ptr<Command> archiveCommand(const QString &name)
{
    return std::make_unique<HandOverCommand>(
        name, HelperProgram::archiveCommandSummary(name), HelperProgram::archiveHelperName());
}

} // namespace

std::vector<std::unique_ptr<Command>> LbpayloadCommands::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<CreateCommand>()); // --from-tar: handed to lbpayload-archive
    commands.push_back(std::make_unique<BuildFirstImageCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<ManifestCommand>());
    commands.push_back(std::make_unique<ConvertCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(archiveCommand(QStringLiteral("inspect")));
    commands.push_back(archiveCommand(QStringLiteral("test")));
    commands.push_back(archiveCommand(QStringLiteral("export-tar")));
    commands.push_back(std::make_unique<WriteCommand>());
    commands.push_back(std::make_unique<DisksCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<FetchHandOver>());
    commands.push_back(std::make_unique<BuildCommand>());
    return commands;
}
