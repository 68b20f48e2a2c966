// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutArguments.h"
#include "Command.h"

// What `lbpayload fetch [options] CHECKOUT` accepts and says about itself. Two programs share
// it: lbpayload, whose FetchHandOver checks the command line and hands it to the helper, and
// the helper lbpayload-fetch, whose FetchCommand downloads. So the help, the man page and
// every usage error are the same whichever of the two prints them, and lbpayload itself never
// loads Qt Network.
class FetchCommandLine : public Command
{
    // The context of the translations, which predate the split into two programs.
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)
public:
    QString name() const override { return QStringLiteral("fetch"); }
    QString summary() const override;

protected:
    // The download settings of a parsed command line.
    struct Settings
    {
        int jobs = 0;
        int stallSeconds = 0;
    };

    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }

    // Reads --jobs, --timeout and the checkout's options (into m_checkout). Returns Ok and
    // fills `settings`, or prints the usage error and returns Usage when a value is out of
    // range or unusable.
    ExitCode readSettings(const QCommandLineParser &parser, Settings *settings);

    CheckoutArguments m_checkout;
};
