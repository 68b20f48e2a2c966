// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/checkout/CheckoutDistfileModel.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"

#include <QDir>
#include <QFont>

#include <algorithm>

// "steps/gcc-13.2.0/sources:1": the sources line from the checkout's root, as the findings
// name their files.
static QString shortLocation(const DistfileSource &origin)
{
    QString path = origin.sourcesFile;
    const qsizetype steps = path.lastIndexOf(origin.guix ? QLatin1String("/steps-guix/") : QLatin1String("/steps/"));
    if (steps >= 0)
        path = path.mid(steps + 1);
    return path + QLatin1Char(':') + QString::number(origin.line);
}

CheckoutDistfileModel::CheckoutDistfileModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void CheckoutDistfileModel::setPlan(const DistfilePlan &plan, const QString &distfilesDir)
{
    beginResetModel();
    m_distfiles = plan.all();
    m_firstCount = int(plan.firstImage().size());
    m_splitStep = plan.splitStep();
    m_checks = QList<DistfileCheck>(m_distfiles.size());
    m_steps.clear();
    m_filterText.clear();
    m_byName.clear();
    m_transfers.clear();
    m_fetchFailures.clear();
    m_externalNameBytes = 0;
    const QDir dir(distfilesDir);
    for (int i = 0; i < m_distfiles.size(); ++i) {
        const PlannedDistfile &d = m_distfiles.at(i);
        m_checks[i].path = dir.filePath(d.fileName);
        QStringList steps;
        for (const DistfileSource &origin : d.origins) {
            const QString step = origin.guix ? tr("%1 (Guix)").arg(origin.step) : origin.step;
            if (!steps.contains(step))
                steps << step;
        }
        m_steps << steps.join(QStringLiteral(", "));
        m_filterText << d.fileName + QLatin1Char('\n') + m_steps.constLast() + QLatin1Char('\n') +
                d.urls.join(QLatin1Char('\n'));
        m_byName[d.fileName] << i;
        if (i >= m_firstCount)
            m_externalNameBytes += d.fileName.toUtf8().size();
    }
    for (auto &half : m_counts)
        half.fill(0);
    for (auto &half : m_bytes)
        half.fill(0);
    for (int i = 0; i < m_distfiles.size(); ++i)
        account(i, +1);
    endResetModel();
    Q_EMIT countsChanged();
}

void CheckoutDistfileModel::account(int index, int sign)
{
    const DistfileCheck &c = m_checks.at(index);
    const int half = int(halfOf(index));
    m_counts[half][int(c.state)] += sign;
    if (c.size > 0)
        m_bytes[half][int(c.state)] += sign * c.size;
}

void CheckoutDistfileModel::applyChecks(const QList<Result> &results)
{
    QList<int> changed;
    changed.reserve(results.size());
    for (const Result &r : results) {
        if (r.first < 0 || r.first >= m_checks.size())
            continue;
        account(r.first, -1);
        m_checks[r.first] = r.second;
        account(r.first, +1);
        changed << r.first;
    }
    if (changed.isEmpty())
        return;
    emitRowsChanged(changed);
    // The group rows' icons sum up their halves.
    Q_EMIT dataChanged(groupIndex(FirstImageGroup), groupIndex(ExternalGroup));
    Q_EMIT countsChanged();
}

void CheckoutDistfileModel::clearChecks()
{
    QList<Result> results;
    for (int i = 0; i < m_checks.size(); ++i) {
        DistfileCheck c;
        c.path = m_checks.at(i).path;
        results << Result {i, c};
    }
    applyChecks(results);
}

void CheckoutDistfileModel::setChecking(bool checking)
{
    if (checking == m_checking)
        return;
    m_checking = checking;
    // Two signals, one per half: only the status column's words change.
    for (int g = 0; g < GroupCount; ++g) {
        const QModelIndex group = groupIndex(Group(g));
        const int n = rowCount(group);
        if (n > 0)
            Q_EMIT dataChanged(index(0, StatusColumn, group), index(n - 1, StatusColumn, group));
    }
}

void CheckoutDistfileModel::setTransfer(int index, qint64 received, qint64 total)
{
    if (index < 0 || index >= m_distfiles.size())
        return;
    m_transfers.insert(index, Transfer {received, total});
    m_fetchFailures.remove(index);
    const QModelIndex status = indexOfDistfile(index, StatusColumn);
    Q_EMIT dataChanged(status, status);
}

void CheckoutDistfileModel::endTransfer(int index, const QString &failure)
{
    if (index < 0 || index >= m_distfiles.size())
        return;
    m_transfers.remove(index);
    if (failure.isEmpty())
        m_fetchFailures.remove(index);
    else
        m_fetchFailures.insert(index, failure);
    const QModelIndex status = indexOfDistfile(index, StatusColumn);
    Q_EMIT dataChanged(status, status);
}

void CheckoutDistfileModel::emitRowsChanged(QList<int> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    // One signal per run of consecutive rows within a group.
    int start = 0;
    for (int k = 1; k <= indices.size(); ++k) {
        const bool runEnds = k == indices.size() || indices.at(k) != indices.at(k - 1) + 1 ||
            halfOf(indices.at(k)) != halfOf(indices.at(k - 1));
        if (!runEnds)
            continue;
        Q_EMIT dataChanged(indexOfDistfile(indices.at(start), 0), indexOfDistfile(indices.at(k - 1), ColumnCount - 1));
        start = k;
    }
}

QModelIndex CheckoutDistfileModel::indexOfDistfile(int index, int column) const
{
    if (index < 0 || index >= m_distfiles.size() || column < 0 || column >= ColumnCount)
        return {};
    const bool first = index < m_firstCount;
    return createIndex(
        first ? index : index - m_firstCount, column, quintptr(first ? FirstImageGroup : ExternalGroup) + 1);
}

int CheckoutDistfileModel::distfileIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return -1;
    return index.internalId() == quintptr(FirstImageGroup) + 1 ? index.row() : m_firstCount + index.row();
}

QModelIndex CheckoutDistfileModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CheckoutDistfileModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CheckoutDistfileModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return rows(parent.row() == FirstImageGroup ? Half::FirstImage : Half::ExternalImage);
}

int CheckoutDistfileModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CheckoutDistfileModel::groupData(int group, int column, int role) const
{
    const Half half = group == FirstImageGroup ? Half::FirstImage : Half::ExternalImage;
    if (role == IndexRole)
        return -1;
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (column != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return group == FirstImageGroup ? tr("First image: %n distfile(s)", nullptr, rows(half))
                                        : tr("external.img: %n distfile(s)", nullptr, rows(half));
    case Qt::DecorationRole:
        if (count(half, State::Unchecked) > 0 || rows(half) == 0)
            return {};
        return DistfileStatus::icon(allOk(half) ? State::Ok : State::WrongChecksum);
    case Qt::ToolTipRole:
        return group == FirstImageGroup
            ? tr("The distfiles of the build steps before improve: %1, in manifest order").arg(m_splitStep)
            : tr("Every other distfile, one per file name, sorted by name as upstream writes external.img");
    case FilterRole:
        return QString();
    default:
        break;
    }
    return {};
}

QVariant CheckoutDistfileModel::statusData(int index, int role) const
{
    const DistfileCheck &c = m_checks.at(index);
    const auto transfer = m_transfers.constFind(index);
    if (transfer != m_transfers.cend()) {
        const int percent = transfer->total > 0 ? int(transfer->received * 100 / transfer->total) : -1;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return percent >= 0 ? tr("Downloading… %1").arg(Formatting::percent(percent, 0)) : tr("Downloading…");
        case Qt::DecorationRole:
            return Icons::get(QStringLiteral("document-import"));
        case Qt::ToolTipRole:
            return tr("%1 received").arg(Formatting::bytes(transfer->received));
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // A download cut short says so beside its checksum state ("Present, cut short").
        return c.cutShort.isEmpty() ? DistfileStatus::word(c.state, m_checking)
                                    : tr("%1, cut short").arg(DistfileStatus::word(c.state, m_checking));
    case Qt::DecorationRole:
        return DistfileStatus::icon(c.cutShort.isEmpty() ? c.state : State::WrongChecksum);
    case Qt::ForegroundRole:
        return DistfileStatus::foreground(c.cutShort.isEmpty() ? c.state : State::WrongChecksum);
    case Qt::ToolTipRole: {
        QString tip = DistfileStatus::explanation(c).toHtmlEscaped();
        if (!c.cutShort.isEmpty())
            tip += QStringLiteral("<br>") + tr("The file is %1.").arg(c.cutShort).toHtmlEscaped();
        if (c.state == State::WrongChecksum) {
            const PlannedDistfile &d = m_distfiles.at(index);
            // <nobr>: the digests set the tooltip's width instead of being broken.
            tip += QStringLiteral("<br>") +
                tr("Expected (%1):")
                    .arg(d.origins.isEmpty() ? QString() : shortLocation(d.origins.constFirst()))
                    .toHtmlEscaped() +
                QStringLiteral("<br><nobr><tt>%1</tt></nobr><br>").arg(QString::fromLatin1(d.sha256)) +
                tr("Actual:").toHtmlEscaped() +
                QStringLiteral("<br><nobr><tt>%1</tt></nobr>").arg(QString::fromLatin1(c.actualSha256));
        }
        const QString failure = m_fetchFailures.value(index);
        if (!failure.isEmpty())
            tip += QStringLiteral("<br><b>%1</b><br>%2")
                       .arg(tr("The download failed:").toHtmlEscaped(),
                           failure.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant CheckoutDistfileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    const int i = distfileIndex(index);
    if (i < 0 || i >= m_distfiles.size())
        return {};
    const PlannedDistfile &d = m_distfiles.at(i);
    const DistfileCheck &c = m_checks.at(i);
    if (role == FilterRole) // the status word too, so "missing" finds the missing ones
        return QString(m_filterText.at(i) + QLatin1Char('\n') + DistfileStatus::word(c.state));
    if (role == StateKeyRole)
        return DistfileStatus::key(c.state);
    if (role == IndexRole)
        return i;
    switch (index.column()) {
    case StatusColumn:
        return statusData(i, role);
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return d.fileName;
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return c.size >= 0 ? Formatting::bytes(c.size) : QString();
        if (role == Qt::ToolTipRole && c.size >= 0)
            return Formatting::exactBytes(c.size);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Sha256Column:
        if (role == Qt::DisplayRole)
            return QString::fromLatin1(d.sha256);
        if (role == Qt::ToolTipRole) {
            QString tip = tr("Expected: %1").arg(QString::fromLatin1(d.sha256));
            if (!c.actualSha256.isEmpty() && c.actualSha256 != d.sha256)
                tip += QLatin1Char('\n') + tr("Actual: %1").arg(QString::fromLatin1(c.actualSha256));
            return tip;
        }
        if (role == Qt::ForegroundRole && c.state == State::WrongChecksum)
            return DistfileStatus::foreground(c.state);
        break;
    case StepsColumn:
        if (role == Qt::DisplayRole)
            return m_steps.at(i);
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const DistfileSource &origin : d.origins)
                lines << shortLocation(origin);
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case UrlColumn:
        if (role == Qt::DisplayRole)
            return d.urls.isEmpty() ? tr("— (mirrors only)") : d.urls.constFirst();
        if (role == Qt::ToolTipRole)
            return d.urls.isEmpty() ? tr("The sources line gives no URL (“_”): only a mirror can provide this file.")
                                    : d.urls.join(QLatin1Char('\n'));
        break;
    default:
        break;
    }
    return {};
}

QVariant CheckoutDistfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("Expected SHA-256");
    case StepsColumn:
        return tr("Needed by");
    case UrlColumn:
        return tr("URL");
    default:
        break;
    }
    return {};
}
