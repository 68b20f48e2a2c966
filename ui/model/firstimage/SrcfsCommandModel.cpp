// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/firstimage/SrcfsCommandModel.h"
#include "FirstImageReader.h"

#include <QLocale>

#include <algorithm>

SrcfsCommandModel::SrcfsCommandModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SrcfsCommandModel::setCommands(std::shared_ptr<const FirstImageReader> reader, QList<int> records)
{
    beginResetModel();
    m_reader = std::move(reader);
    m_records = m_reader ? std::move(records) : QList<int>();
    endResetModel();
}

int SrcfsCommandModel::rowOfRecord(int record) const
{
    // Script order: the indices are ascending.
    const auto it = std::lower_bound(m_records.cbegin(), m_records.cend(), record);
    return it != m_records.cend() && *it == record ? int(it - m_records.cbegin()) : -1;
}

const SrcfsRecord &SrcfsCommandModel::record(int row) const
{
    return m_reader->records().at(m_records.at(row));
}

int SrcfsCommandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SrcfsCommandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SrcfsCommandModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const SrcfsRecord &r = record(index.row());
    const bool hex0 = r.kind == SrcfsRecord::Kind::Hex0;
    if (role == Qt::TextAlignmentRole && (index.column() == IndexColumn || index.column() == LineOffsetColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RecordRole)
        return r.index;
    if (role == Qt::ToolTipRole)
        return hex0 ? tr("Compiles %1 into %2 at boot").arg(QString::fromUtf8(r.argument), r.pathString())
                    : tr("Runs %1 with the argument %2").arg(r.pathString(), QString::fromUtf8(r.argument));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IndexColumn:
        return QLocale().toString(r.index);
    case CommandColumn:
        return hex0 ? QStringLiteral("hex0") : r.pathString();
    case ArgumentColumn:
        return QString::fromUtf8(r.argument);
    case OutputColumn:
        return hex0 ? r.pathString() : QString();
    case LineOffsetColumn:
        return QLocale().toString(r.offset);
    }
    return {};
}

QVariant SrcfsCommandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("Record");
    case CommandColumn:
        return tr("Command");
    case ArgumentColumn:
        return tr("Input / Argument");
    case OutputColumn:
        return tr("Output");
    case LineOffsetColumn:
        return tr("Line Offset");
    }
    return {};
}
