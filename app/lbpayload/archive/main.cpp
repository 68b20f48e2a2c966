// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// lbpayload-archive: the helper lbpayload hands the commands that read or write inside
// archives to (inspect, test, export-tar, create --from-tar), so that only this program loads
// KArchive and what it brings (libcrypto, libbz2, liblzma). Run as
// `lbpayload-archive COMMAND [ARGUMENTS]`; it speaks as lbpayload.
#include "Cli.h"
#include "CreateCommand.h"
#include "CreateFromTar.h"
#include "ExportTarCommand.h"
#include "HelperProgram.h"
#include "InspectCommand.h"
#include "TestCommand.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    HelperProgram::setUpApplication(&app);
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<TestCommand>());
    commands.push_back(std::make_unique<ExportTarCommand>());
    commands.push_back(std::make_unique<CreateCommand>(&CreateFromTar::run));
    return int(Cli(std::move(commands)).run(QCoreApplication::arguments()));
}
