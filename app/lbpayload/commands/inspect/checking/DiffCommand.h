// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

// lbpayload diff A B: entries added, removed, changed (size or SHA-256) and renamed (same
// bytes, new name) from A to B; each side an image or a folder. Hashes only what it must.
class DiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 2; }
    int maxArguments() const override { return 2; }
    ExitCode execute(const QCommandLineParser &parser) override;
};
