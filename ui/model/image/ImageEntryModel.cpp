// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/image/ImageEntryModel.h"
#include "ImporterRules.h"
#include "model/EntryKind.h"
#include "model/IntegrityStatus.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "widgets/presentation/StatusColours.h"

#include <algorithm>

#include <QBrush>
#include <QLocale>

ImageEntryModel::ImageEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImageEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_d.entries.size());
}

int ImageEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageEntryModel::statusData(int row, int role) const
{
    const auto tested = m_d.integrity.constFind(row);
    if (tested == m_d.integrity.cend())
        return importerStatusData(row, role);
    const ArchiveReport &report = tested.value();
    const ImporterFindings findings = m_d.findings.value(row);
    using Level = IntegrityStatus::Level;
    const Level level = IntegrityStatus::level(findings.isEmpty() ? Level::Fine
            : hasImporterErrors(findings)                         ? Level::Error
                                                                  : Level::Warning,
        report);
    switch (role) {
    case Qt::DisplayRole:
        return IntegrityStatus::text(importerStatusData(row, role).toString(), int(findings.size()), report);
    case Qt::DecorationRole:
        return IntegrityStatus::icon(level, true);
    case Qt::ToolTipRole:
        return QString(
            importerStatusData(row, role).toString() + QStringLiteral("<br>") + IntegrityStatus::tooltipLines(report));
    case Qt::ForegroundRole:
        return IntegrityStatus::foreground(level);
    default:
        break;
    }
    return importerStatusData(row, role);
}

QVariant ImageEntryModel::importerStatusData(int row, int role) const
{
    const auto it = m_d.findings.constFind(row);
    const ImporterFindings none;
    const ImporterFindings &findings = it == m_d.findings.cend() ? none : it.value();
    const bool error = hasImporterErrors(findings);
    switch (role) {
    case Qt::DisplayRole:
        if (findings.isEmpty())
            return tr("OK");
        return error ? tr("Rejected") : tr("Warning");
    case Qt::DecorationRole:
        if (findings.isEmpty())
            return Icons::get(QStringLiteral("emblem-ok"));
        return Icons::get(error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"));
    case Qt::ToolTipRole: {
        if (findings.isEmpty())
            return tr("The importer accepts this entry.");
        QStringList lines;
        for (const ImporterFinding &f : findings)
            lines << Formatting::sentence(f.message).toHtmlEscaped();
        return QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>")));
    }
    case Qt::ForegroundRole:
        if (findings.isEmpty())
            return {};
        return QBrush(StatusColours::forView(error ? StatusColours::Role::Negative : StatusColours::Role::Neutral));
    default:
        break;
    }
    return {};
}

QVariant ImageEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const PayloadEntry &e = m_d.entries.at(row);
    if (role == FilterRole)
        return filterText(m_d, row);
    if (role == SortRole)
        return sortValue(m_d, row, index.column());
    if (role == EntryIndexRole)
        return e.index;
    if (role == IntegrityRole) {
        const auto tested = m_d.integrity.constFind(row);
        return tested == m_d.integrity.cend() ? QVariant() : QVariant(IntegrityStatus::key(*tested));
    }
    switch (index.column()) {
    case StatusColumn:
        return statusData(row, role);
    case IndexColumn:
        if (role == Qt::DisplayRole)
            return e.index;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return e.name();
        break;
    case OffsetColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(e.dataOffset);
        if (role == Qt::ToolTipRole)
            return tr("Header at byte %1, data at byte %2").arg(e.headerOffset).arg(e.dataOffset);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return Formatting::bytes(e.size);
        if (role == Qt::ToolTipRole)
            return Formatting::exactBytes(e.size);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return EntryKind::label(e.name());
        break;
    case Sha256Column: {
        const QByteArray d = m_d.digests.value(row);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return d.isEmpty() ? (role == Qt::ToolTipRole ? tr("Use Compute SHA-256 to hash this entry") : QString())
                               : QString::fromLatin1(d);
        break;
    }
    default:
        break;
    }
    return {};
}

int ImageEntryModel::importerSortKey(const ImporterFindings &findings)
{
    return hasImporterErrors(findings) ? 4 : findings.isEmpty() ? 0 : 2;
}

QVariant ImageEntryModel::sortValue(const Snapshot &data, int row, int column)
{
    const PayloadEntry &e = data.entries.at(row);
    switch (column) {
    case StatusColumn: {
        const ImporterFindings findings = data.findings.value(row);
        const auto tested = data.integrity.constFind(row);
        if (tested == data.integrity.cend())
            return qint64(importerSortKey(findings));
        using Level = IntegrityStatus::Level;
        const Level level = IntegrityStatus::level(findings.isEmpty() ? Level::Fine
                : hasImporterErrors(findings)                         ? Level::Error
                                                                      : Level::Warning,
            *tested);
        return qint64(level) * 2 + 1; // tested rows after untested ones of the same level
    }
    case IndexColumn:
        return qint64(e.index);
    case NameColumn:
        return e.name();
    case OffsetColumn:
        return qint64(e.dataOffset);
    case SizeColumn:
        return qint64(e.size);
    case KindColumn:
        return EntryKind::label(e.name());
    case Sha256Column: {
        const QByteArray d = data.digests.value(row);
        return d.isEmpty() ? QString() : QString::fromLatin1(d);
    }
    default:
        break;
    }
    return {};
}

QString ImageEntryModel::filterText(const Snapshot &data, int row)
{
    return data.entries.at(row).name();
}

QVariant ImageEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IndexColumn:
        return tr("#");
    case NameColumn:
        return tr("Name");
    case OffsetColumn:
        return tr("Data Offset");
    case SizeColumn:
        return tr("Size");
    case KindColumn:
        return tr("Kind");
    case Sha256Column:
        return tr("SHA-256");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ImageEntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

Qt::DropActions ImageEntryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

void ImageEntryModel::appendEntries(const QList<PayloadEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_d.entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_d.entries.append(entries);
    m_d.digests.resize(m_d.entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ImporterFindings f =
            ImporterRules::checkName(entries.at(i).rawName, entries.at(i).index, entries.at(i).headerOffset);
        if (!f.isEmpty())
            m_d.findings.insert(first + int(i), f);
    }
    endInsertRows();
}

void ImageEntryModel::reserve(qsizetype rows)
{
    m_d.entries.reserve(rows);
    m_d.digests.reserve(rows);
}

void ImageEntryModel::setFindings(const ImporterFindings &findings)
{
    m_d.findings.clear();
    for (const ImporterFinding &f : findings)
        if (f.entryIndex >= 0 && f.entryIndex < m_d.entries.size())
            m_d.findings[f.entryIndex] << f;
    if (!m_d.entries.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void ImageEntryModel::setDigests(const QList<QByteArray> &digests)
{
    int first = -1, last = -1;
    for (qsizetype i = 0; i < digests.size() && i < m_d.digests.size(); ++i) {
        if (digests.at(i).isEmpty())
            continue;
        m_d.digests[i] = digests.at(i);
        if (first < 0)
            first = int(i);
        last = int(i);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, Sha256Column), index(last, Sha256Column));
}

void ImageEntryModel::setIntegrityResult(int entryIndex, const ArchiveReport &report)
{
    if (entryIndex < 0 || entryIndex >= m_d.entries.size())
        return;
    ArchiveReport stored = report;
    stored.members.clear(); // the status column needs the verdict, not a listing
    m_d.integrity.insert(entryIndex, stored);
    Q_EMIT dataChanged(index(entryIndex, StatusColumn), index(entryIndex, StatusColumn));
}

const ArchiveReport *ImageEntryModel::integrityResult(int row) const
{
    const auto it = m_d.integrity.constFind(row);
    return it == m_d.integrity.cend() ? nullptr : &it.value();
}

int ImageEntryModel::integrityFailures() const
{
    return int(std::count_if(
        m_d.integrity.cbegin(), m_d.integrity.cend(), [](const ArchiveReport &report) { return !report.passed(); }));
}

void ImageEntryModel::clear()
{
    beginResetModel();
    m_d.integrity.clear();
    m_d.entries.clear();
    m_d.digests.clear();
    m_d.findings.clear();
    endResetModel();
}
