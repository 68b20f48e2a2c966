// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

class Manifest;

// lbpayload manifest IMAGE [--format json|tsv|sha256] [-o FILE]: every entry with its SHA-256,
// hashed on every core from a file or block device, or while standard input streams by.
class ManifestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ManifestCommand)
public:
    QString name() const override { return QStringLiteral("manifest"); }
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
    ExitCode hashFile(const QString &path, Manifest *manifest);
    ExitCode hashStream(Manifest *manifest);
};
