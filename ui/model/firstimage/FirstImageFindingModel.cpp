// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/firstimage/FirstImageFindingModel.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

FirstImageFindingModel::FirstImageFindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FirstImageFindingModel::setFindings(FirstImageFindings findings, const QString &imageName)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_imageName = imageName;
    endResetModel();
}

QString FirstImageFindingModel::shortMessage(const FirstImageFinding &finding, const QString &imageName)
{
    const QString &message = finding.message;
    if (imageName.isEmpty() || !message.startsWith(imageName))
        return message;
    // The core writes "NAME: record N at byte B: text" (SrcfsAnalysis::where(), in its own
    // translation context, rebuilt here so the match holds in every language), or
    // "NAME at byte B: text" and "NAME: text" about the whole image.
    const QString where = finding.offset < 0
        ? QCoreApplication::translate("SrcfsAnalysis", "%1: record %2").arg(imageName).arg(finding.recordIndex)
        : QCoreApplication::translate("SrcfsAnalysis", "%1: record %2 at byte %3")
              .arg(imageName)
              .arg(finding.recordIndex)
              .arg(finding.offset);
    const QLatin1StringView separator(": ");
    if (finding.recordIndex >= 0 && message.startsWith(where + separator))
        return message.mid(where.size() + separator.size());
    const qsizetype colon = message.indexOf(separator, imageName.size());
    return colon < 0 ? message : message.mid(colon + separator.size());
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
            return Formatting::sentence(shortMessage(f, m_imageName));
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
