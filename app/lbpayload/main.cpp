// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Cli.h"
#include "LbpayloadCommands.h"
#include "TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lbpayload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYLOAD_STUDIO_VERSION));
    TranslationLoader::install(&app);
    return int(Cli(LbpayloadCommands::all()).run(QCoreApplication::arguments()));
}
