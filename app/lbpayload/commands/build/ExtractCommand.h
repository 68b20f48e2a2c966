// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

#include <QList>

class PayloadReader;

// lbpayload extract IMAGE [-C DIR] [--force] [NAME...]: writes entries as files, the way the
// importer would, but refusing what could escape the folder and never leaving a partial file.
class ExtractCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExtractCommand)
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return -1; }
    ExitCode execute(const QCommandLineParser &parser) override;
};
