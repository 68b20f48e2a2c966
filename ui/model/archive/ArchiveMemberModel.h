// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "model/archive/ArchiveMemberTree.h"

#include <QAbstractItemModel>

#include <memory>

// The members of one archive as a tree for a QTreeView: name, size, type, mode (as `tar -tv`
// writes it), link target and modification time. Folders show the total size of what is
// below them. Members with findings (an absolute path, a link out of the tree) are marked
// with an icon and the finding as tooltip. Read-only; the tree is built elsewhere (on a worker).
class ArchiveMemberModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, TypeColumn, ModeColumn, LinkColumn, ModifiedColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the member's full path as stored (empty for implied folders)
        FindingsBelowRole, // int: worst ArchiveFinding::Severity of the members below a folder, -1 for none
    };

    explicit ArchiveMemberModel(QObject *parent = nullptr);

    // Shows `tree` (nullptr: nothing).
    void setTree(std::shared_ptr<const ArchiveMemberTree> tree);
    std::shared_ptr<const ArchiveMemberTree> tree() const { return m_tree; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // For sorting (ArchiveMemberSortProxy): whether `index` is a folder, and how two rows of
    // one folder compare by `column` (<0, 0, >0). Names compare as the tree is built (folders
    // first, then case-insensitively), so a name comparison is the rows' order; the others
    // compare the values shown, without formatting them. Constant time.
    bool isFolder(const QModelIndex &index) const;
    int compare(const QModelIndex &left, const QModelIndex &right, int column) const;

    // "drwxr-xr-x", "-rw-r--r--", "lrwxrwxrwx": the type letter and the permission bits.
    static QString modeString(const ArchiveMember &member);

private:
    using Node = ArchiveMemberTree::Node;
    const Node *node(const QModelIndex &index) const;
    QVariant nameData(const Node &node, const ArchiveMember *member, int role) const;

    std::shared_ptr<const ArchiveMemberTree> m_tree;
};
