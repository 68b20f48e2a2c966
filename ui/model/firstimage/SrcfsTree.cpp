// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/firstimage/SrcfsTree.h"
#include "FirstImageFormat.h"

#include <QStringList>

QString SrcfsTree::pathOf(int node) const
{
    if (node <= 0 || node >= nodes.size())
        return QStringLiteral("/");
    QStringList parts;
    for (int n = node; n > 0; n = nodes.at(n).parent)
        parts.prepend(nodes.at(n).name);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

SrcfsTree SrcfsTree::build(
    const QList<SrcfsRecord> &records, const FirstImageFindings &findings, const std::function<bool()> &canceled)
{
    SrcfsTree tree;
    tree.nodes.reserve(records.size() + 1);
    Node root;
    root.name = QStringLiteral("/");
    tree.nodes.append(root);
    // Keyed by builder-hex0's own absolute name, so "./steps" and "/steps" are one node, as
    // they are one file at boot.
    QHash<QByteArray, int> byPath;
    byPath.reserve(records.size() + 1);
    byPath.insert(QByteArrayLiteral("/"), 0);

    QHash<int, int> severityOf;
    for (const FirstImageFinding &f : findings)
        if (f.recordIndex >= 0)
            severityOf[f.recordIndex] = std::max(severityOf.value(f.recordIndex, -1), int(f.severity));

    // The node for `absolute`, made (with every missing folder above it) when new.
    const auto nodeFor = [&](const QByteArray &absolute) {
        if (const auto it = byPath.constFind(absolute); it != byPath.cend())
            return it.value();
        int parent = 0;
        QByteArray sofar;
        const QList<QByteArray> parts = absolute.split('/');
        for (const QByteArray &part : parts) {
            if (part.isEmpty())
                continue;
            sofar += '/' + part;
            if (const auto it = byPath.constFind(sofar); it != byPath.cend()) {
                parent = it.value();
                continue;
            }
            Node node;
            node.name = QString::fromUtf8(part);
            node.parent = parent;
            node.row = int(tree.nodes.at(parent).children.size());
            const int index = int(tree.nodes.size());
            tree.nodes.append(node);
            tree.nodes[parent].children.append(index);
            byPath.insert(sofar, index);
            parent = index;
        }
        return parent;
    };
    // Adds `delta` bytes and `files` files to every folder above `node`.
    const auto account = [&](int node, qint64 delta, int files) {
        for (int n = tree.nodes.at(node).parent; n >= 0; n = tree.nodes.at(n).parent) {
            tree.nodes[n].size += delta;
            tree.nodes[n].files += files;
        }
    };

    for (const SrcfsRecord &record : records) {
        if (canceled && record.index % 4096 == 0 && canceled())
            return {};
        if (record.kind == SrcfsRecord::Kind::Hex0 || record.kind == SrcfsRecord::Kind::Command) {
            tree.commands.append(record.index);
            continue;
        }
        const int n = nodeFor(FirstImageFormat::absolutePath(record.path));
        Node &node = tree.nodes[n];
        // A path written again replaces what was there: its earlier bytes leave the totals.
        if (node.kind == SrcfsRecord::Kind::File && !node.isImplied())
            account(n, -node.size, -1);
        node.record = record.index;
        node.kind = record.kind;
        node.dataOffset = record.dataOffset;
        node.lineOffset = record.offset;
        node.severity = severityOf.value(record.index, -1);
        ++node.writes;
        if (record.kind == SrcfsRecord::Kind::File) {
            node.size = record.size;
            account(n, record.size, 1);
        } else if (node.children.isEmpty()) {
            node.size = 0;
        }
        tree.nodeOfRecord.insert(record.index, n);
    }
    return tree;
}
