// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QTreeView>

// The srcfs tree of a first image. Like ImageTableView, dragging rows out does not carry the
// rows: the owner is asked for files (dragOutRequested) and starts the drag with their URLs,
// because a file manager only understands files.
class SrcfsTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit SrcfsTreeView(QWidget *parent = nullptr);

    // The tree nodes (SrcfsTreeModel::NodeRole) of the selected rows, ascending.
    QList<int> selectedNodes() const;

Q_SIGNALS:
    void dragOutRequested(const QList<int> &nodes);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};
