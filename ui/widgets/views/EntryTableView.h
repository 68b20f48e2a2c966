// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QTableView>

// The table of the authoring list. Files dropped from a file manager are added, rows
// dragged within it are moved (through the model's undoable commands, never by the view
// removing rows itself), and an empty list says how to fill it.
class EntryTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EntryTableView(QWidget *parent = nullptr);

    // Shown in the empty table.
    void setPlaceholderText(const QString &text);

    // Source-model rows of the selection (through the filter), ascending, each once.
    QList<int> selectedSourceRows() const;
    // How many rows are selected, in time independent of the rows (the actions ask on every
    // selection change, and Select All selects them all).
    int selectedRowCount() const;

protected:
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};
