// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

// lbpayload convert IMAGE -o OUT --layout u32|u64: the same entries in the same order, in the
// other layout, copied straight from the image (byte ranges) without extracting to disk.
class ConvertCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)
public:
    QString name() const override { return QStringLiteral("convert"); }
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
