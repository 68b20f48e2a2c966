// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/EntryKind.h"

#include <QStringList>

namespace {
// Longest first, so "tar.gz" wins over "gz".
const QStringList &knownSuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral("tar.gz"),
        QStringLiteral("tar.xz"),
        QStringLiteral("tar.bz2"),
        QStringLiteral("tar.lzma"),
        QStringLiteral("tar.zst"),
        QStringLiteral("tar.lz"),
        QStringLiteral("tar.Z"),
        QStringLiteral("tgz"),
        QStringLiteral("tbz2"),
        QStringLiteral("txz"),
        QStringLiteral("tar"),
        QStringLiteral("zip"),
        QStringLiteral("7z"),
        QStringLiteral("gz"),
        QStringLiteral("xz"),
        QStringLiteral("bz2"),
        QStringLiteral("lzma"),
        QStringLiteral("zst"),
        QStringLiteral("patch"),
        QStringLiteral("diff"),
        QStringLiteral("img"),
        QStringLiteral("iso"),
    };
    return suffixes;
}
} // namespace

QString EntryKind::suffix(const QString &name)
{
    for (const QString &s : knownSuffixes()) {
        if (name.size() > s.size() + 1 && name.endsWith(s, Qt::CaseInsensitive) &&
            name.at(name.size() - s.size() - 1) == QLatin1Char('.'))
            return s;
    }
    return {};
}

QString EntryKind::label(const QString &name)
{
    const QString s = suffix(name);
    return s.isEmpty() ? tr("plain") : s;
}

QString EntryKind::withTag(const QString &name, const QString &tag)
{
    QString s = suffix(name);
    if (s.isEmpty()) {
        // An unknown extension still stays last: "table.csv" gives "table_2.csv".
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot > 0)
            s = name.mid(dot + 1);
    }
    if (s.isEmpty())
        return name + QLatin1Char('_') + tag;
    const QString stem = name.left(name.size() - s.size() - 1);
    return stem + QLatin1Char('_') + tag + QLatin1Char('.') + name.right(s.size());
}
