// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Error.h"

Error::Error(Kind kind, const QString &summary, const QString &details)
    : m_kind(kind)
{
    const qsizetype lineEnd = summary.indexOf(QLatin1Char('\n'));
    if (lineEnd < 0) {
        m_summary = summary;
        m_details = details;
        return;
    }
    m_summary = summary.left(lineEnd);
    const QString rest = summary.mid(lineEnd + 1);
    m_details = details.isEmpty() ? rest : rest.isEmpty() ? details : rest + QLatin1Char('\n') + details;
}

QString Error::text() const
{
    return m_details.isEmpty() ? m_summary : m_summary + QLatin1Char('\n') + m_details;
}

QString Error::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("none");
}
