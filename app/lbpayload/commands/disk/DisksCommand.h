// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "Command.h"

struct BlockDevice;
class DiskRefusal;

// lbpayload disks [--json] [--loop] [--image IMAGE]: the whole disks an image could be written
// to, and for each one that could not, why (DiskEnumerator's rules).
class DisksCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DisksCommand)
public:
    QString name() const override { return QStringLiteral("disks"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    QString description() const override;
    QStringList examples() const override;
    void declare(QCommandLineParser &parser) override;
    int minArguments() const override { return 0; }
    int maxArguments() const override { return 0; }
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    static QString flags(const BlockDevice &disk);
    // The document "lbpayload-disks" (docs/schemas/lbpayload-disks.schema.json); `refusals` is
    // index-aligned with `disks`, `imageSize` -1 without --image.
    static QByteArray json(const QList<BlockDevice> &disks, const QList<DiskRefusal> &refusals, qint64 imageSize);
};
