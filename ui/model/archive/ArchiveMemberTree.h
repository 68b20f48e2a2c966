// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveFinding.h"
#include "ArchiveMember.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

// An archive's flat member list as a folder tree, for a tree view: one node per path
// component, folders first, then by name. Folders that have no member of their own (tar
// lists "a/b/c" without "a/") become nodes too. Nothing is cleaned away: an absolute member
// hangs below a "/" node and a ".." component stays a node, so dangerous paths stay visible.
// Plain data, built once (on a worker: build() touches no QObject) and read-only afterwards.
class ArchiveMemberTree
{
public:
    struct Node
    {
        QString name; // the path component
        int member = -1; // index into members(); -1 for a folder implied by deeper paths
        const Node *parent = nullptr;
        int row = 0; // position among the parent's children
        bool folder = false;
        qint64 totalSize = 0; // folders: bytes of the files below; else the member's size
        int fileCount = 0; // folders: members below
        int severity = -1; // worst ArchiveFinding::Severity about this member, -1 for none
        QStringList findings; // the messages of those findings
        int worstBelow = -1; // folders: worst severity of the members below, so a folded ".." still shows
        std::vector<std::unique_ptr<Node>> children;
    };

    // Builds the tree of `members`, marking the members `findings` name.
    static std::shared_ptr<const ArchiveMemberTree> build(
        const QList<ArchiveMember> &members, const ArchiveFindings &findings);

    const Node &root() const { return m_root; }
    const QList<ArchiveMember> &members() const { return m_members; }
    // The member a node stands for, or nullptr for an implied folder (and the root).
    const ArchiveMember *member(const Node &node) const;

private:
    Node m_root;
    QList<ArchiveMember> m_members;
};
