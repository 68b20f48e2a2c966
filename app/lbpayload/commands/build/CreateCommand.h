// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"
#include "CreateFromTar.h"

// lbpayload create -o OUT [options] [INPUT...]: builds an image with the core writer (data
// copied inside the kernel), checking every rule before the first byte is written and
// replacing OUT only when the new image is complete.
class CreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)
public:
    // What builds an image --from-tar once the command line is checked: CreateFromTar::run
    // in lbpayload-archive, which links KArchive; null in lbpayload, which then hands the
    // whole command line to that helper (HelperProgram).
    using TarRoute = ExitCode (*)(const CreateFromTar::Request &request);

    explicit CreateCommand(TarRoute fromTar = nullptr)
        : m_fromTar(fromTar)
    { }

    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 0; }
    int maxArguments() const override { return -1; }
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    TarRoute m_fromTar = nullptr;
};
