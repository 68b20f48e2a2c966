// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

// lbpayload list [--json] IMAGE: one line an entry (index, data offset, size, name), or the
// manifest JSON without hashes. Fast enough for the importer's 200,000 entries.
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    ExitCode execute(const QCommandLineParser &parser) override;
};
