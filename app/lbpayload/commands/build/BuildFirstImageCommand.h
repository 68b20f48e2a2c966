// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

class FirstImageWriter;

// lbpayload build-first-image -o OUT [options] FOLDER: writes live-bootstrap's first boot disk
// (init.img) from a prepared folder with FirstImageWriter, refusing a tree that breaks
// builder-hex0's limits unless --force, and replacing OUT only when the new image is complete.
class BuildFirstImageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BuildFirstImageCommand)
public:
    QString name() const override { return QStringLiteral("build-first-image"); }
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
    // Prints every finding with its severity and code; unless --quiet, errors only.
    void printFindings(const FirstImageWriter &writer) const;
    // The summary after a successful build: records, bytes, the budget, the Fiwix figure.
    void printSummary(const QString &output, const FirstImageWriter &writer) const;
};
