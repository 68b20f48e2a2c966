// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

class PayloadReader;

// lbpayload info [--json] IMAGE: layout, entry count, payload and image bytes, trailing
// bytes and the importer's findings. Exit code 1 when the importer would reject the image.
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
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
    static QByteArray text(const PayloadReader &reader);
    static QByteArray json(const PayloadReader &reader);
    // info for a first image (init.img): FirstImageInfo, exit 3 when its script is damaged.
    ExitCode firstImage(const QCommandLineParser &parser);
};
