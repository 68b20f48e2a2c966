// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"
#include "IntegrityTester.h"

// lbpayload test [--json] [-j N] FILE...|IMAGE: the integrity test of each distfile (every
// compressed stream decompressed to its end, every header and checksum checked), or of each
// entry of an image, on all cores; one line per distfile, in the order given.
class TestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TestCommand)
public:
    QString name() const override { return QStringLiteral("test"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return -1; }
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    struct Item
    {
        IntegrityTester::Target target;
        QString label; // how its line names it: the path, or "IMAGE, entry N "NAME""
        QString image; // the image it is an entry of; empty for a file
        int entry = -1;
    };
    // Expands the arguments: an image gives its entries, a folder its files. Prints the error
    // and returns Failure when an image cannot be opened or a folder read.
    ExitCode collect(const QStringList &arguments, QList<Item> *items) const;
    static QString line(const Item &item, const ArchiveReport &report);
};
