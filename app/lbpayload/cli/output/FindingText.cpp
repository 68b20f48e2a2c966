// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FindingText.h"

QString FindingText::severity(ImporterFinding::Severity severity)
{
    switch (severity) {
    case ImporterFinding::Severity::Info:
        return tr("note");
    case ImporterFinding::Severity::Warning:
        return tr("warning");
    case ImporterFinding::Severity::Error:
        break;
    }
    return tr("error");
}

QString FindingText::line(const QString &file, const ImporterFinding &finding)
{
    QString where;
    if (finding.entryIndex >= 0 && finding.offset >= 0)
        where = tr("entry %1 at byte %2").arg(finding.entryIndex).arg(finding.offset);
    else if (finding.entryIndex >= 0)
        where = tr("entry %1").arg(finding.entryIndex);
    else if (finding.offset >= 0)
        where = tr("at byte %1").arg(finding.offset);
    //: file: place: severity: message
    if (where.isEmpty())
        return tr("%1: %2: %3").arg(file, severity(finding.severity), finding.message);
    return tr("%1: %2: %3: %4").arg(file, where, severity(finding.severity), finding.message);
}

QString FindingText::counts(const ImporterFindings &findings)
{
    int errors = 0, warnings = 0;
    for (const ImporterFinding &f : findings) {
        errors += f.severity == ImporterFinding::Severity::Error;
        warnings += f.severity == ImporterFinding::Severity::Warning;
    }
    if (!errors && !warnings)
        return tr("no findings");
    //: a count of importer findings, e.g. "2 errors, 1 warning"
    return tr("%n error(s)", nullptr, errors) + QLatin1String(", ") + tr("%n warning(s)", nullptr, warnings);
}
