// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

class DiskWriter;

// lbpayload write [--yes] [--no-verify] [--zero-tail] [--file] IMAGE DEVICE: the image onto a
// whole disk, after the disk rules and a typed confirmation, then read back and compared.
class WriteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WriteCommand)
public:
    QString name() const override { return QStringLiteral("write"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 2; }
    int maxArguments() const override { return 2; }
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    // Shows what will be erased and asks for the device's name; true when typed back.
    static bool confirm(const DiskWriter &writer, const QString &image, const QString &device);
    ExitCode failed(const DiskWriter &writer) const;
};
