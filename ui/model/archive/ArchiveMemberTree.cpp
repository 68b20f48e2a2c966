// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/archive/ArchiveMemberTree.h"
#include "widgets/presentation/Formatting.h"

#include <QHash>

#include <algorithm>

namespace {

using Node = ArchiveMemberTree::Node;

// While building, each folder finds its children by name; dropped once the tree is done.
using Lookup = QHash<const Node *, QHash<QString, Node *>>;

Node *child(Node *parent, const QString &name, Lookup &lookup)
{
    QHash<QString, Node *> &names = lookup[parent];
    if (Node *existing = names.value(name))
        return existing;
    auto node = std::make_unique<Node>();
    node->name = name;
    node->parent = parent;
    node->folder = true; // until a member says otherwise
    Node *raw = node.get();
    parent->children.push_back(std::move(node));
    names.insert(name, raw);
    return raw;
}

void finish(Node *node)
{
    std::sort(node->children.begin(), node->children.end(), [](const auto &a, const auto &b) {
        if (a->folder != b->folder)
            return a->folder;
        const int c = a->name.compare(b->name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a->name < b->name;
    });
    int row = 0;
    for (auto &c : node->children) {
        c->row = row++;
        finish(c.get());
        if (node->folder) {
            node->totalSize += c->totalSize;
            node->fileCount += c->folder ? c->fileCount : 1;
            if (c->folder && c->member >= 0)
                ++node->fileCount;
        }
    }
}

} // namespace

std::shared_ptr<const ArchiveMemberTree> ArchiveMemberTree::build(
    const QList<ArchiveMember> &members, const ArchiveFindings &findings)
{
    auto tree = std::make_shared<ArchiveMemberTree>();
    tree->m_members = members;
    tree->m_root.folder = true;
    Lookup lookup;
    QHash<QString, Node *> byPath;
    for (int i = 0; i < members.size(); ++i) {
        const ArchiveMember &m = members.at(i);
        const QString path = m.path();
        Node *node = &tree->m_root;
        if (path.startsWith(QLatin1Char('/')))
            node = child(node, QStringLiteral("/"), lookup);
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QStringList kept;
        for (const QString &part : parts)
            if (part != QLatin1String("."))
                kept << part;
        if (kept.isEmpty()) {
            kept << path; // "./" or an empty name: still a member worth a row
        }
        for (qsizetype p = 0; p + 1 < kept.size(); ++p)
            node = child(node, kept.at(p), lookup);
        Node *leaf = child(node, kept.constLast(), lookup);
        if (leaf->member >= 0) {
            // The same path twice (tar appends updates): both rows stay, side by side.
            auto twin = std::make_unique<Node>();
            twin->name = leaf->name;
            twin->parent = node;
            leaf = twin.get();
            node->children.push_back(std::move(twin));
        }
        leaf->member = i;
        leaf->folder = m.type == ArchiveMember::Type::Directory || !lookup.value(leaf).isEmpty();
        if (!leaf->folder)
            leaf->totalSize = m.size;
        byPath.insert(path, leaf);
    }
    // A folder given as a member after files below it: it has children, so it is a folder.
    for (auto it = lookup.cbegin(); it != lookup.cend(); ++it)
        if (!it.value().isEmpty())
            const_cast<Node *>(it.key())->folder = true;
    lookup.clear();
    finish(&tree->m_root);

    for (const ArchiveFinding &f : findings) {
        Node *node = byPath.value(f.member);
        if (!node)
            continue;
        node->severity = std::max(node->severity, int(f.severity));
        node->findings << Formatting::sentence(f.message);
        for (Node *up = const_cast<Node *>(node->parent); up; up = const_cast<Node *>(up->parent))
            up->worstBelow = std::max(up->worstBelow, int(f.severity));
    }
    return tree;
}

const ArchiveMember *ArchiveMemberTree::member(const Node &node) const
{
    return node.member >= 0 && node.member < m_members.size() ? &m_members.at(node.member) : nullptr;
}
