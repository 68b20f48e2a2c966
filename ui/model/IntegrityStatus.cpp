// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/IntegrityStatus.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "widgets/presentation/StatusColours.h"

#include <QBrush>
#include <QLocale>

IntegrityStatus::Level IntegrityStatus::levelOf(const ArchiveReport &report)
{
    if (!report.passed())
        return Level::Error;
    for (const ArchiveFinding &f : report.findings)
        if (f.severity == ArchiveFinding::Severity::Warning)
            return Level::Warning;
    return Level::Fine;
}

QString IntegrityStatus::key(const ArchiveReport &report)
{
    if (report.status == ArchiveReport::Status::Ok && !report.passed())
        return QStringLiteral("unsafe");
    return ArchiveReport::statusKey(report.status);
}

QString IntegrityStatus::text(const QString &base, int baseProblems, const ArchiveReport &report)
{
    const bool failed = !report.passed();
    if (baseProblems == 0) {
        if (report.status == ArchiveReport::Status::Ok && failed)
            return tr("Unsafe"); // readable, but an error finding: a member that escapes
        // The core's "Not what its name says" does not fit a status column; the tooltip says it all.
        if (report.status == ArchiveReport::Status::Mismatch)
            return tr("Mismatch");
        return ArchiveReport::statusName(report.status);
    }
    if (!failed)
        return base;
    // "Duplicate name (+1)": the importer's first problem, and how many more there are.
    QString first = base;
    const qsizetype plus = first.lastIndexOf(QLatin1String(" (+"));
    if (plus > 0)
        first.truncate(plus);
    return tr("%1 (+%2)").arg(first).arg(baseProblems);
}

IntegrityStatus::Level IntegrityStatus::level(Level baseLevel, const ArchiveReport &report)
{
    return std::max(baseLevel, levelOf(report));
}

QString IntegrityStatus::tooltipLines(const ArchiveReport &report)
{
    QStringList lines;
    lines << tr("<b>Integrity test:</b> %1").arg(report.summary().toHtmlEscaped());
    if (!report.failedMember.isEmpty())
        lines << tr("Member: %1").arg(report.failedMember.toHtmlEscaped());
    if (report.failedStreamOffset >= 0)
        lines << tr("At byte %1 of the unpacked data").arg(QLocale().toString(report.failedStreamOffset));
    if (report.failedInputOffset >= 0)
        lines << tr("Near byte %1 of the file").arg(QLocale().toString(report.failedInputOffset));
    for (const ArchiveFinding &f : report.findings)
        if (f.severity != ArchiveFinding::Severity::Info && !report.summary().contains(f.message))
            lines << Formatting::sentence(f.message).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QIcon IntegrityStatus::icon(Level level, bool tested)
{
    switch (level) {
    case Level::Error:
        return Icons::get(QStringLiteral("dialog-error"));
    case Level::Warning:
        return Icons::get(QStringLiteral("dialog-warning"));
    case Level::Fine:
        break;
    }
    return Icons::get(tested ? QStringLiteral("security-high") : QStringLiteral("emblem-ok"));
}

QVariant IntegrityStatus::foreground(Level level)
{
    // The negative and neutral text colours, as the tables use for the importer's verdict.
    switch (level) {
    case Level::Error:
        return QBrush(StatusColours::forView(StatusColours::Role::Negative));
    case Level::Warning:
        return QBrush(StatusColours::forView(StatusColours::Role::Neutral));
    case Level::Fine:
        break;
    }
    return {};
}
