// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QTableView>

// The table of an opened image. Dragging rows out does not carry the rows themselves: the
// owner is asked to provide files (dragOutRequested) and starts the drag with their URLs,
// as Ark does, because a file manager only understands files.
class ImageTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ImageTableView(QWidget *parent = nullptr);

    // Entry indices of the selected rows, ascending.
    QList<int> selectedEntryIndices() const;

Q_SIGNALS:
    void dragOutRequested(const QList<int> &entryIndices);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};
