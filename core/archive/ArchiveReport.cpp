// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveReport.h"

QString ArchiveReport::statusKey(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Truncated:
        return QStringLiteral("truncated");
    case Status::Corrupt:
        return QStringLiteral("corrupt");
    case Status::Unsupported:
        return QStringLiteral("unsupported");
    case Status::Mismatch:
        return QStringLiteral("mismatch");
    case Status::Unreadable:
        return QStringLiteral("unreadable");
    case Status::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

QString ArchiveReport::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("OK");
    case Status::Truncated:
        return tr("Truncated");
    case Status::Corrupt:
        return tr("Corrupt");
    case Status::Unsupported:
        return tr("Unsupported");
    case Status::Mismatch:
        return tr("Not what its name says");
    case Status::Unreadable:
        return tr("Unreadable");
    case Status::Canceled:
        return tr("Canceled");
    }
    return {};
}

QString ArchiveReport::summary() const
{
    if (!message.isEmpty())
        return tr("%1: %2: %3").arg(name, statusName(status), message);
    for (const ArchiveFinding &f : findings)
        if (f.severity == ArchiveFinding::Severity::Error)
            return tr("%1: %2, but: %3").arg(name, statusName(status), f.message);
    return tr("%1: %2 (%3)").arg(name, statusName(status), DistfileKind::displayName(kind.kind));
}
