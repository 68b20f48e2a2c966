// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutArguments.h"
#include "Command.h"

// lbpayload plan [options] CHECKOUT: which distfiles of a live-bootstrap checkout go into the
// first image and which into external.img, and whether the distfiles folder holds each one,
// right. Exit 0 when the external image can be built, 1 when a distfile of it is missing or
// wrong, 3 when the checkout cannot be read or split.
class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    CheckoutArguments m_checkout;
};
