// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryRowPresenter.h"
#include "PayloadFormat.h"
#include "model/EntryKind.h"
#include "model/IntegrityStatus.h"
#include "model/authoring/EntryTableModel.h"
#include "model/authoring/EntryValidator.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "widgets/presentation/StatusColours.h"

#include <QBrush>
#include <QMap>

#include <algorithm>

QVariant EntryRowPresenter::statusData(const EntryProblems &allProblems, const ArchiveReport *tested, int role)
{
    if (!tested)
        return problemStatusData(allProblems, role);
    const ArchiveReport &report = *tested;
    // The test judges the name against the content too: when it failed, its verdict says all
    // the quick look did ("Mismatch", not "Mismatch (+1)").
    EntryProblems problems = allProblems;
    if (!report.passed())
        problems.removeIf([](const EntryProblem &p) {
            return p.kind == EntryProblem::Kind::ContentMismatch || p.kind == EntryProblem::Kind::ContentCutShort;
        });
    using Level = IntegrityStatus::Level;
    const Level level = IntegrityStatus::level(problems.isEmpty() ? Level::Fine
            : hasBlockingProblem(problems)                        ? Level::Error
                                                                  : Level::Warning,
        report);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return IntegrityStatus::text(
            problemStatusData(problems, Qt::DisplayRole).toString(), int(problems.size()), report);
    case Qt::DecorationRole:
        return IntegrityStatus::icon(level, true);
    case Qt::ToolTipRole:
        return QString(problemStatusData(problems, role).toString() + QStringLiteral("<br>") +
            IntegrityStatus::tooltipLines(report));
    case Qt::ForegroundRole:
        return IntegrityStatus::foreground(level);
    default:
        break;
    }
    return problemStatusData(problems, role);
}

QVariant EntryRowPresenter::problemStatusData(const EntryProblems &problems, int role)
{
    const bool blocking = hasBlockingProblem(problems);
    switch (role) {
    case Qt::DisplayRole:
        if (problems.isEmpty())
            return tr("OK");
        if (problems.size() == 1)
            return EntryValidator::shortLabel(problems.constFirst().kind);
        return tr("%1 (+%2)").arg(EntryValidator::shortLabel(problems.constFirst().kind)).arg(problems.size() - 1);
    case Qt::DecorationRole:
        if (problems.isEmpty())
            return Icons::get(QStringLiteral("emblem-ok"));
        return Icons::get(blocking ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"));
    case Qt::ToolTipRole: {
        if (problems.isEmpty())
            return tr("The importer accepts this entry.");
        QStringList lines;
        for (const EntryProblem &p : problems)
            lines << p.message.toHtmlEscaped();
        return QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>")));
    }
    case Qt::ForegroundRole:
        if (problems.isEmpty())
            return {};
        return QBrush(StatusColours::forView(blocking ? StatusColours::Role::Negative : StatusColours::Role::Neutral));
    case Qt::AccessibleTextRole:
        return problems.isEmpty() ? tr("OK") : problems.constFirst().message;
    default:
        break;
    }
    return {};
}

QVariant EntryRowPresenter::data(
    const AuthoringEntry &e, const EntryProblems &problems, const ArchiveReport *tested, int column, int role)
{
    if (role == EntryTableModel::FilterRole)
        return QString(e.displayName() + QLatin1Char('\n') + e.sourcePath);
    if (role == EntryTableModel::EntryIdRole)
        return QVariant::fromValue(e.id);
    if (role == EntryTableModel::IntegrityRole)
        return tested ? QVariant(IntegrityStatus::key(*tested)) : QVariant();
    if (role == EntryTableModel::SeverityRole)
        return problems.isEmpty() ? 0 : hasBlockingProblem(problems) ? 2 : 1;
    switch (column) {
    case EntryTableModel::StatusColumn:
        return statusData(problems, tested, role);
    case EntryTableModel::NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e.displayName();
        if (role == Qt::ToolTipRole)
            return e.displayName();
        break;
    case EntryTableModel::SizeColumn:
        if (role == Qt::DisplayRole)
            return e.sourceState == AuthoringEntry::SourceState::Missing ? QString() : Formatting::bytes(e.size);
        if (role == Qt::ToolTipRole)
            return Formatting::exactBytes(e.size);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntryTableModel::KindColumn:
        if (role == Qt::DisplayRole)
            return EntryKind::label(e.displayName());
        break;
    case EntryTableModel::Sha256Column:
        if (e.hashState == AuthoringEntry::HashState::Pending && e.sourceState != AuthoringEntry::SourceState::Ok) {
            // Nothing to read: no hash until the source is back.
            if (role == Qt::DisplayRole)
                return QStringLiteral("—");
            if (role == Qt::ToolTipRole)
                return tr("The source cannot be read, so it has no hash.");
            break;
        }
        if (role == Qt::DisplayRole) {
            switch (e.hashState) {
            case AuthoringEntry::HashState::Pending:
                return tr("hashing…");
            case AuthoringEntry::HashState::Done:
                return QString::fromLatin1(e.sha256);
            case AuthoringEntry::HashState::Failed:
                return tr("unavailable");
            }
        }
        if (role == Qt::ToolTipRole && e.hashState == AuthoringEntry::HashState::Failed)
            return e.hashError;
        if (role == Qt::ToolTipRole && e.hashState == AuthoringEntry::HashState::Done)
            return QString::fromLatin1(e.sha256);
        break;
    case EntryTableModel::SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (e.wholeFile)
                return e.sourcePath;
            return tr("%1 (bytes %2–%3)").arg(e.sourcePath).arg(e.sourceOffset).arg(e.sourceOffset + e.size);
        }
        break;
    default:
        break;
    }
    return {};
}

QString EntryRowPresenter::columnTitle(int column)
{
    switch (column) {
    case EntryTableModel::StatusColumn:
        return tr("Status");
    case EntryTableModel::NameColumn:
        return tr("Name");
    case EntryTableModel::SizeColumn:
        return tr("Size");
    case EntryTableModel::KindColumn:
        return tr("Kind");
    case EntryTableModel::Sha256Column:
        return tr("SHA-256");
    case EntryTableModel::SourceColumn:
        return tr("Source");
    default:
        break;
    }
    return {};
}

QStringList EntryRowPresenter::buildBlockers(const QList<AuthoringEntry> &entries, const QList<EntryProblems> &all)
{
    if (entries.isEmpty())
        return {tr("The list is empty: add files first.")};
    // Group by kind, naming the first few rows of each, so that the dialog stays short with
    // thousands of problems.
    QMap<EntryProblem::Kind, QList<int>> rowsByKind;
    for (int i = 0; i < all.size(); ++i)
        for (const EntryProblem &p : all.at(i))
            if (p.severity == EntryProblem::Severity::Error) {
                // Rows come in order: a row already listed for this kind is the last one
                // (a search of the whole list would make thousands of errors quadratic).
                QList<int> &rows = rowsByKind[p.kind];
                if (rows.isEmpty() || rows.constLast() != i + 1)
                    rows << i + 1;
            }
    QStringList out;
    for (auto it = rowsByKind.cbegin(); it != rowsByKind.cend(); ++it) {
        const QList<int> &rows = it.value();
        QStringList shown;
        for (int k = 0; k < std::min<qsizetype>(rows.size(), 5); ++k) {
            const int row = rows.at(k);
            shown << tr("%1 “%2”").arg(row).arg(entries.at(row - 1).displayName());
        }
        QString line = tr("%1: %n entry(s) (%2)", nullptr, int(rows.size()))
                           .arg(EntryValidator::shortLabel(it.key()), shown.join(QStringLiteral(", ")));
        if (rows.size() > 5)
            line += tr(" and %n more", nullptr, int(rows.size() - 5));
        out << line;
    }
    if (quint64(entries.size()) > PayloadFormat::MaxImporterCount)
        out << tr("%1 entries: the importer accepts at most %2.")
                   .arg(Formatting::count(entries.size()), Formatting::count(qint64(PayloadFormat::MaxImporterCount)));
    return out;
}

QStringList EntryRowPresenter::buildWarnings(const QList<AuthoringEntry> &entries, const QList<EntryProblems> &problems,
    const std::function<const ArchiveReport *(int row)> &tested, QList<quint64> *flagged)
{
    // Few enough lines for a dialog with thousands of flagged rows.
    constexpr int Shown = 8;
    QStringList out;
    int more = 0;
    for (int row = 0; row < entries.size(); ++row) {
        QString reason;
        const ArchiveReport *report = tested(row);
        if (report && !report->passed()) {
            reason = tr("the integrity test failed: %1").arg(report->summary());
        } else if (row < problems.size()) {
            for (const EntryProblem &p : problems.at(row))
                if (p.kind == EntryProblem::Kind::ContentMismatch || p.kind == EntryProblem::Kind::ContentCutShort)
                    reason = p.message;
        }
        if (reason.isEmpty())
            continue;
        if (flagged)
            *flagged << entries.at(row).id;
        if (out.size() < Shown)
            out << tr("Entry %1: %2").arg(row + 1).arg(reason);
        else
            ++more;
    }
    if (more > 0)
        out << tr("… and %n more", nullptr, more);
    return out;
}
