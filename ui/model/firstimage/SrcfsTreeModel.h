// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "model/firstimage/SrcfsTree.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

// The srcfs of a first image as a read-only tree: folders (made by `src 0` or implied by a
// deeper path) and files, by path component, in script order. The tree is built on a worker
// (SrcfsTree::build) and handed over whole with setTree(): one model reset, after which every
// call answers from the shared tree in constant time, so 14,000 records cost the GUI thread
// only the rows a view asks for. SrcfsTreeProxy sorts and filters it on a worker, from a
// snapshot() of what sorting needs.
//
// The results of operations on the files (FirstImageOperations) are kept beside the tree, by
// record: the SHA-256 digests and the integrity test's verdicts, in their own columns. A new
// tree clears them.
class SrcfsTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        SizeColumn,
        DataOffsetColumn,
        LineOffsetColumn,
        IntegrityColumn, // a file's last integrity test, empty when untested
        Sha256Column, // a file's digest, empty when not hashed
        ColumnCount
    };
    enum Role {
        // sortValue(): Name: folders before files, then the name; Kind, Integrity and SHA-256:
        // their text (the last two invalid without a result); the rest: the number (qint64, -1
        // where there is none).
        SortRole = Qt::UserRole + 1,
        RecordRole, // int: the record that wrote the path, -1 for an implied folder
        NodeRole, // int: the node in tree()
        // QString: IntegrityStatus::key() of the file's last integrity test; invalid when untested
        IntegrityRole,
    };

    // What sorting needs, as values: a copy shares the tree and the containers (nothing is
    // copied), so a worker sorts a snapshot while hashing and testing go on changing the model.
    struct Snapshot
    {
        std::shared_ptr<const SrcfsTree> tree;
        QList<QByteArray> digests; // by record
        QHash<int, ArchiveReport> integrity; // by record
    };

    explicit SrcfsTreeModel(QObject *parent = nullptr);

    // Shows `tree` (nullptr: empty). Constant work on the calling thread.
    void setTree(std::shared_ptr<const SrcfsTree> tree);
    std::shared_ptr<const SrcfsTree> tree() const { return m_tree; }
    // Folders and files, the root not counted.
    int nodeCount() const { return m_tree ? m_tree->nodeCount() : 0; }
    // The index (column 0) of the path `record` wrote; invalid when it wrote none.
    QModelIndex indexForRecord(int record) const;
    QModelIndex indexForNode(int node, int column = NameColumn) const;

    // Merges `digests` (one per record, FirstImageHasher's result; empty ones keep what the
    // record had) and updates the column with one dataChanged per folder that holds a changed
    // file, not one per file.
    void setDigests(const QList<QByteArray> &digests);
    // One per record, empty where not hashed (an empty list before any hashing).
    const QList<QByteArray> &digests() const { return m_digests; }
    QByteArray digest(int record) const { return m_digests.value(record); }
    // The integrity test's result for the File record `record` (its row's status cell).
    void setIntegrityResult(int record, const ArchiveReport &report);
    // nullptr when the record was not tested.
    const ArchiveReport *integrityResult(int record) const;
    // Records whose last integrity test did not pass.
    int integrityFailures() const;
    // The model as it is now; constant time. Safe to read on any thread.
    Snapshot snapshot() const { return {m_tree, m_digests, m_integrity}; }
    // SortRole of `node` in `column` of `data` (invalid for no such node). Pure and
    // reentrant: workers sort snapshots with it.
    static QVariant sortValue(const Snapshot &data, int node, int column);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // A node without children has Qt::ItemNeverHasChildren: the tree never changes.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Folder", "File", "Folder (implied)": the kind column's text for a node.
    static QString kindText(const SrcfsTree::Node &node);

private:
    int nodeOf(const QModelIndex &index) const;
    QVariant toolTip(int node) const;
    QVariant integrityData(const SrcfsTree::Node &node, int role) const;

    std::shared_ptr<const SrcfsTree> m_tree;
    QList<QByteArray> m_digests; // by record
    QHash<int, ArchiveReport> m_integrity; // by record, without member listings
};
