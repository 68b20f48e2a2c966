// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/checkout/DistfileStatus.h"
#include "model/IntegrityStatus.h"
#include "widgets/presentation/Icons.h"

QString DistfileStatus::word(State state, bool checking)
{
    switch (state) {
    case State::Unchecked:
        return checking ? tr("Checking…") : tr("Not checked");
    case State::Present:
        return tr("Present");
    case State::Ok:
        return tr("OK");
    case State::WrongChecksum:
        return tr("Wrong checksum");
    case State::Missing:
        return tr("Missing");
    case State::NotRegular:
        return tr("Not a file");
    case State::Unreadable:
        break;
    }
    return tr("Unreadable");
}

QString DistfileStatus::key(State state)
{
    switch (state) {
    case State::Unchecked:
        return QStringLiteral("unchecked");
    case State::Present:
        return QStringLiteral("present");
    case State::Ok:
        return QStringLiteral("ok");
    case State::WrongChecksum:
        return QStringLiteral("wrong");
    case State::Missing:
        return QStringLiteral("missing");
    case State::NotRegular:
        return QStringLiteral("not-regular");
    case State::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

QIcon DistfileStatus::icon(State state)
{
    using Level = IntegrityStatus::Level;
    switch (state) {
    case State::Unchecked:
        return {};
    case State::Ok:
        return IntegrityStatus::icon(Level::Fine, true);
    case State::Present:
        return IntegrityStatus::icon(Level::Fine, false);
    case State::Missing:
        return IntegrityStatus::icon(Level::Warning, false);
    default:
        break;
    }
    return IntegrityStatus::icon(Level::Error, false);
}

QVariant DistfileStatus::foreground(State state)
{
    using Level = IntegrityStatus::Level;
    switch (state) {
    case State::Unchecked:
    case State::Present:
    case State::Ok:
        return {};
    case State::Missing:
        return IntegrityStatus::foreground(Level::Warning);
    default:
        break;
    }
    return IntegrityStatus::foreground(Level::Error);
}

QString DistfileStatus::explanation(const DistfileCheck &check)
{
    switch (check.state) {
    case State::Unchecked:
        return tr("Not looked at yet.");
    case State::Present:
        return tr("The file is there; it was not hashed yet.");
    case State::Ok:
        return check.fromCache ? tr("The SHA-256 is the one the sources line gives (remembered from an earlier "
                                    "check of the unchanged file).")
                               : tr("The SHA-256 is the one the sources line gives.");
    case State::WrongChecksum:
        return tr("The file's SHA-256 is not the one the sources line gives. Fetch Missing replaces it.");
    case State::Missing:
        return tr("No file of this name in the distfiles folder. Fetch Missing downloads it.");
    case State::NotRegular:
        return tr("%1 is not a regular file (a folder, a device or a dangling link).").arg(check.path);
    case State::Unreadable:
        break;
    }
    return tr("The file cannot be read: %1").arg(check.detail);
}
