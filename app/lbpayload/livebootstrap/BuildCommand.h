// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutArguments.h"
#include "Command.h"
#include "PayloadFormat.h"

#include <optional>

// lbpayload build -o OUT [options] CHECKOUT: writes external.img from a live-bootstrap
// checkout's distfiles folder, byte for byte what upstream's generator writes. Nothing is
// written while a distfile is missing or wrong (exit 1, each listed); I/O errors and an
// existing OUT without --force exit 3; Ctrl-C exits 130 leaving nothing at OUT. The layout is
// the checkout's (CheckoutLayout) unless --layout says otherwise.
class BuildCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BuildCommand)
public:
    QString name() const override { return QStringLiteral("build"); }
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
    // `requested` (--layout) when given, with a warning when the checkout reads another one;
    // else the checkout's layout. Call after the checkout is loaded.
    PayloadFormat::Layout chooseLayout(const std::optional<PayloadFormat::Layout> &requested) const;

    CheckoutArguments m_checkout;
};
