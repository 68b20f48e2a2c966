// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CorpusWriter.h"

#include <QDir>
#include <QFile>

#include <set>

CorpusWriter::CorpusWriter(const QString &root, const QString &target)
    : m_folder(root + QLatin1Char('/') + target)
{
    m_failed = !QDir().mkpath(m_folder);
}

bool CorpusWriter::add(const QString &label, const QByteArray &data)
{
    QFile file(m_folder + QLatin1Char('/') + label);
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
    if (ok)
        ++m_written;
    else
        m_failed = true;
    return ok;
}

void CorpusWriter::addWithTruncations(const QString &label, const QByteArray &data)
{
    add(label, data);
    // Boundaries where readers go wrong: inside the magic, inside the first count or header
    // (8, 12, 16, 24 bytes), half way, and one byte short.
    const qsizetype n = data.size();
    std::set<qsizetype> cuts {4, 8, 10, 12, 16, 20, 24, 32, n / 2, n - 1};
    for (const qsizetype cut : cuts) {
        if (cut > 0 && cut < n)
            add(label + QStringLiteral(".cut%1").arg(cut), data.left(cut));
    }
}
