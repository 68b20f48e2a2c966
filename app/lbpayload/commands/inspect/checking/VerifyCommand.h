// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

struct VerifyReport;

// lbpayload verify IMAGE [--manifest FILE]: the single yes/no a script needs before booting.
// Exit 0 only when the structure is sound, the importer accepts every entry and, with a
// manifest, every size and hash matches.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 2; }
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    ExitCode report(const QString &image, const VerifyReport &result);
};
