// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveMember.h"

QByteArray ArchiveMember::rawFileName() const
{
    qsizetype end = rawPath.size();
    while (end > 0 && rawPath.at(end - 1) == '/')
        --end;
    const qsizetype slash = rawPath.lastIndexOf('/', end - 1);
    return rawPath.mid(slash + 1, end - slash - 1);
}

QString ArchiveMember::typeKey(Type type)
{
    switch (type) {
    case Type::File:
        return QStringLiteral("file");
    case Type::Directory:
        return QStringLiteral("dir");
    case Type::Symlink:
        return QStringLiteral("symlink");
    case Type::HardLink:
        return QStringLiteral("hardlink");
    case Type::CharDevice:
        return QStringLiteral("chardev");
    case Type::BlockDevice:
        return QStringLiteral("blockdev");
    case Type::Fifo:
        return QStringLiteral("fifo");
    case Type::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString ArchiveMember::typeName(Type type)
{
    switch (type) {
    case Type::File:
        return tr("file");
    case Type::Directory:
        return tr("folder");
    case Type::Symlink:
        return tr("symbolic link");
    case Type::HardLink:
        return tr("hard link");
    case Type::CharDevice:
        return tr("character device");
    case Type::BlockDevice:
        return tr("block device");
    case Type::Fifo:
        return tr("FIFO");
    case Type::Other:
        return tr("other");
    }
    return {};
}
