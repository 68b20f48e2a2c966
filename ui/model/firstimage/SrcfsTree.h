// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FirstImageFinding.h"
#include "SrcfsRecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

// The srcfs of a first image as builder-hex0 will hold it: the `src` records as a tree of
// folders and files, and the other records (hex0, commands) as a flat list. Built once, on a
// worker (build()), then only read: SrcfsTreeModel and the panel share it without copying, so
// the GUI thread never walks all records of a 14,000-record image.
struct SrcfsTree
{
    struct Node
    {
        QString name; // one path component; "/" for the root
        int parent = -1; // node index; -1 for the root
        int row = 0; // position among the parent's children (script order)
        QList<int> children; // node indices, in the order the script first names them
        // The record that wrote this path last (builder-hex0's find_file finds the newest
        // slot, so the last one wins), or -1 for a folder only implied by a deeper path.
        int record = -1;
        SrcfsRecord::Kind kind = SrcfsRecord::Kind::Folder;
        qint64 size = 0; // a file: its data; a folder: the data of every file beneath it
        int files = 0; // a folder: the files beneath it
        qint64 dataOffset = -1; // -1 when there is no record
        qint64 lineOffset = -1;
        int writes = 0; // records that wrote this path: more than one is a duplicate
        // The worst FirstImageFinding::Severity about the record (as an int), -1 for none.
        int severity = -1;

        bool isImplied() const { return record < 0; }
        // A folder: made by `src 0`, implied, or a file that later paths treat as a folder.
        bool isFolder() const { return kind == SrcfsRecord::Kind::Folder || !children.isEmpty(); }
    };

    QList<Node> nodes; // nodes[0] is the root "/"
    QList<int> commands; // record indices of the hex0 and command records, in script order
    QHash<int, int> nodeOfRecord; // record index -> node, for the `src` records

    // Every node but the root.
    int nodeCount() const { return std::max(0, int(nodes.size()) - 1); }
    // The node `record` wrote, -1 when it wrote none (a command) or is out of range.
    int nodeForRecord(int record) const { return nodeOfRecord.value(record, -1); }
    // "/steps/a.sh": the absolute path of a node, as builder-hex0 names it.
    QString pathOf(int node) const;

    // Builds the tree in one pass over the records, O(records × path depth). `canceled` is
    // polled every few thousand records; the tree is empty when it returned true.
    static SrcfsTree build(const QList<SrcfsRecord> &records, const FirstImageFindings &findings,
        const std::function<bool()> &canceled = {});
};
