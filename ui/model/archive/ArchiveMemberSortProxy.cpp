// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/archive/ArchiveMemberSortProxy.h"
#include "model/archive/ArchiveMemberModel.h"

ArchiveMemberSortProxy::ArchiveMemberSortProxy(ArchiveMemberModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

bool ArchiveMemberSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftFolder = m_source->isFolder(left);
    const bool rightFolder = m_source->isFolder(right);
    // Descending order puts the "greater" row first: there a file must be less than a folder.
    if (leftFolder != rightFolder)
        return sortOrder() == Qt::AscendingOrder ? leftFolder : rightFolder;
    const int c = m_source->compare(left, right, sortColumn());
    if (c != 0)
        return c < 0;
    // Equal values fall back to the names' order (reversed with the rest when descending).
    return m_source->compare(left, right, ArchiveMemberModel::NameColumn) < 0;
}
