// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/disk/DiskListModel.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"

DiskListModel::DiskListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

bool DiskListModel::refresh()
{
    DiskEnumerator enumerator(m_paths);
    const QList<BlockDevice> disks = enumerator.disks(m_includeLoop);
    QList<DiskRefusal> refusals;
    QStringList signature;
    for (const BlockDevice &disk : disks) {
        refusals << enumerator.refusalFor(disk, m_imageSize);
        signature << disk.path + QLatin1Char('|') + QString::number(disk.size) + QLatin1Char('|') + disk.label() +
                QLatin1Char('|') + refusals.constLast().message();
    }
    m_error = enumerator.error();
    if (signature == m_signature)
        return false;
    beginResetModel();
    m_disks = disks;
    m_refusals = refusals;
    m_signature = signature;
    endResetModel();
    return true;
}

int DiskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_disks.size());
}

int DiskListModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_disks.size(); ++row)
        if (m_disks.at(row).path == path)
            return row;
    return -1;
}

Qt::ItemFlags DiskListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A refused disk stays visible, greyed, so the user sees it was found and why it is not offered.
    return m_refusals.at(index.row()).refused() ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DiskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_disks.size())
        return {};
    const BlockDevice &disk = m_disks.at(index.row());
    const DiskRefusal &refusal = m_refusals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2 (%3)").arg(disk.label(), Formatting::bytes(disk.size), disk.path);
    case Qt::DecorationRole:
        return Icons::get(disk.removable || disk.usb ? QStringLiteral("drive-removable-media-usb")
                                                     : QStringLiteral("drive-harddisk"));
    case Qt::ToolTipRole: {
        QStringList lines {disk.label(), Formatting::exactBytes(disk.size)};
        if (disk.usb)
            lines << tr("Connected by USB");
        if (disk.removable)
            lines << tr("Removable medium");
        lines << (refusal.refused() ? tr("Cannot be written to: %1").arg(refusal.message())
                                    : tr("Everything on it will be replaced by the image."));
        return lines.join(QLatin1Char('\n'));
    }
    case PathRole:
        return disk.path;
    case RefusedRole:
        return refusal.refused();
    default:
        return {};
    }
}
