// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/firstimage/FirstImageFindingModel.h"
#include "widgets/Icons.h"

#include <QLocale>

#include <algorithm>

FirstImageFindingModel::FirstImageFindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FirstImageFindingModel::setFindings(FirstImageFindings findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FirstImageFindingModel::count(FirstImageFinding::Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
        [severity](const FirstImageFinding &f) { return f.severity == severity; }));
}

int FirstImageFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FirstImageFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FirstImageFindingModel::severityText(FirstImageFinding::Severity severity)
{
    switch (severity) {
    case FirstImageFinding::Severity::Error:
        return tr("Error");
    case FirstImageFinding::Severity::Warning:
        return tr("Warning");
    case FirstImageFinding::Severity::Info:
        break;
    }
    return tr("Information");
}

QVariant FirstImageFindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const FirstImageFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return FirstImageFinding::codeKey(f.code);
        case RecordColumn:
            return f.recordIndex < 0 ? QString() : QLocale().toString(f.recordIndex);
        case OffsetColumn:
            return f.offset < 0 ? QString() : QLocale().toString(f.offset);
        case MessageColumn:
            return f.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() != CodeColumn)
            break;
        switch (f.severity) {
        case FirstImageFinding::Severity::Error:
            return Icons::get(QStringLiteral("dialog-error"));
        case FirstImageFinding::Severity::Warning:
            return Icons::get(QStringLiteral("dialog-warning"));
        case FirstImageFinding::Severity::Info:
            return Icons::get(QStringLiteral("dialog-information"));
        }
        break;
    case Qt::ToolTipRole:
        // The message column is narrow beside the tree: the whole sentence, with its weight.
        return QString(severityText(f.severity) + QStringLiteral(": ") + f.message);
    case Qt::TextAlignmentRole:
        if (index.column() == RecordColumn || index.column() == OffsetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RecordRole:
        return f.recordIndex;
    case SeverityRole:
        return int(f.severity);
    }
    return {};
}

QVariant FirstImageFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Finding");
    case RecordColumn:
        return tr("Record");
    case OffsetColumn:
        return tr("Offset");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
