// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "Command.h"

class PayloadReader;

// lbpayload inspect [--json] FILE|IMAGE [ENTRY]: what a distfile is (told by content and
// compared with its name), its members and the findings about them. An image without ENTRY
// gives the kind of every entry; with ENTRY (a name or an index), that entry is listed, read in
// place through the image (no copy).
class InspectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
public:
    QString name() const override { return QStringLiteral("inspect"); }
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
    // The kind of every entry of an image, one line each.
    ExitCode kinds(const PayloadReader &reader, bool json);
    // The listing of one distfile (`image` empty and `entry` -1 for a file on disk).
    ExitCode listing(const ArchiveReport &report, const QString &image, int entry, bool json);
    // Index of ENTRY in the image (a name, the importer's last one when stored twice; else a
    // decimal index), or -1.
    static int resolveEntry(const PayloadReader &reader, const QString &entry);
    static ExitCode exitCodeOf(const ArchiveReport &report);
};
