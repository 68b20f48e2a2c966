// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SrcfsRecord.h"

QString SrcfsRecord::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Folder:
        return QStringLiteral("folder");
    case Kind::Hex0:
        return QStringLiteral("hex0");
    case Kind::Command:
        return QStringLiteral("command");
    }
    return {};
}
