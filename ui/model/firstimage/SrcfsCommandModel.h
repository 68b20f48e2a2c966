// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "SrcfsRecord.h"

#include <QAbstractTableModel>

#include <memory>

class FirstImageReader;

// The script's records that are no `src`: `hex0 IN OUT` compilations and the programs the
// builder shell runs, in script order. Reads the records of a shared reader through the
// indices SrcfsTree::commands collected on the worker; setCommands() is one model reset.
class SrcfsCommandModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndexColumn, CommandColumn, ArgumentColumn, OutputColumn, LineOffsetColumn, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole + 1, // int: the record's index in the script
    };

    explicit SrcfsCommandModel(QObject *parent = nullptr);

    // `records` are indices into reader->records(). nullptr: empty.
    void setCommands(std::shared_ptr<const FirstImageReader> reader, QList<int> records);
    // The row of `record`, -1 when it is no command.
    int rowOfRecord(int record) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SrcfsRecord &record(int row) const;

    std::shared_ptr<const FirstImageReader> m_reader;
    QList<int> m_records;
};
