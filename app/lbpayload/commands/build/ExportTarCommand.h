// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

class PayloadReader;

// lbpayload export-tar IMAGE -o OUT.tar[.gz|.bz2|.xz|.zst] [NAME...]: the entries of an image
// as the members of a tar archive (KArchive's KTar), compressed as OUT's name says, written
// atomically and reproducibly.
class ExportTarCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarCommand)
public:
    QString name() const override { return QStringLiteral("export-tar"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return -1; }
    ExitCode execute(const QCommandLineParser &parser) override;
};
