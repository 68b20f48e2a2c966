// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QSortFilterProxyModel>

class ArchiveMemberModel;

// Sorts the archive inspector's member tree by any column, folders before files in either
// direction, as file managers do; rows that compare equal keep the names' order. Compares the
// tree's nodes directly (ArchiveMemberModel::compare()), not formatted text, so that a folder
// of 200,000 members sorts in a moment.
class ArchiveMemberSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArchiveMemberSortProxy(ArchiveMemberModel *source, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ArchiveMemberModel *m_source;
};
