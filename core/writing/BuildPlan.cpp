// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BuildPlan.h"
#include "ImporterRules.h"

#include <QFile>
#include <QHash>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

using PayloadFormat::Layout;

BuildEntry BuildEntry::fromFile(const QString &path, const QByteArray &name)
{
    BuildEntry entry;
    entry.name = name;
    entry.sourcePath = path;
    return entry;
}

BuildEntry BuildEntry::fromRange(const QString &path, qint64 offset, qint64 size, const QByteArray &name)
{
    BuildEntry entry;
    entry.name = name;
    entry.sourcePath = path;
    entry.sourceOffset = offset;
    entry.size = size;
    entry.wholeFile = false;
    return entry;
}

BuildPlan::BuildPlan(QList<BuildEntry> entries, BuildOptions options)
    : m_entries(std::move(entries))
    , m_options(options)
{
}

bool BuildPlan::prepare()
{
    m_problems.clear();
    m_prepared = false;
    if (m_options.sortByName)
        std::stable_sort(m_entries.begin(), m_entries.end(), [](const BuildEntry &a, const BuildEntry &b) {
            return PayloadFormat::upstreamNameLess(a.name, b.name);
        });

    const Layout layout = m_options.layout;
    const QString layoutText = PayloadFormat::layoutName(layout);
    if (quint64(m_entries.size()) > PayloadFormat::maxFieldValue(layout))
        m_problems << tr("%1 entries do not fit the %2 layout's count").arg(m_entries.size()).arg(layoutText);
    if (!m_options.allowImporterViolations && quint64(m_entries.size()) > PayloadFormat::MaxImporterCount)
        m_problems << tr("%1 entries: the importer accepts at most %2").arg(m_entries.size()).arg(PayloadFormat::MaxImporterCount);

    QHash<QByteArray, int> seen;
    for (int i = 0; i < m_entries.size(); ++i) {
        BuildEntry &e = m_entries[i];
        const QString label = tr("entry %1 \"%2\" (%3)").arg(i).arg(QString::fromUtf8(e.name), e.sourcePath);
        struct stat st {};
        if (::stat(QFile::encodeName(e.sourcePath).constData(), &st) != 0) {
            m_problems << tr("%1: cannot read the source: %2").arg(label, QString::fromLocal8Bit(std::strerror(errno)));
            continue;
        }
        if (e.wholeFile) {
            if (!S_ISREG(st.st_mode)) {
                m_problems << tr("%1: the source is not a regular file").arg(label);
                continue;
            }
            e.size = qint64(st.st_size);
        } else if (S_ISREG(st.st_mode) && e.sourceOffset + e.size > qint64(st.st_size)) {
            m_problems << tr("%1: the source range ends at byte %2, past the file's end").arg(label).arg(e.sourceOffset + e.size);
        }
        if (quint64(e.size) > PayloadFormat::maxFieldValue(layout))
            m_problems << tr("%1: %2 bytes do not fit the %3 layout (4 GiB or more); use the u64 layout")
                              .arg(label)
                              .arg(e.size)
                              .arg(layoutText);
        if (quint64(e.name.size()) > PayloadFormat::maxFieldValue(layout))
            m_problems << tr("%1: the name does not fit the %2 layout; use the u64 layout").arg(label, layoutText);
        if (!m_options.allowImporterViolations) {
            for (const ImporterFinding &f : ImporterRules::checkName(e.name, i))
                if (f.severity == ImporterFinding::Severity::Error)
                    m_problems << tr("%1: %2").arg(label, f.message);
            const auto it = seen.constFind(e.name);
            if (it != seen.cend())
                m_problems << tr("%1: the name is already used by entry %2 (%3)")
                                  .arg(label)
                                  .arg(it.value())
                                  .arg(m_entries.at(it.value()).sourcePath);
        }
        seen.insert(e.name, i);
    }
    m_prepared = m_problems.isEmpty();
    return m_prepared;
}

qint64 BuildPlan::payloadBytes() const
{
    qint64 total = 0;
    for (const BuildEntry &e : m_entries)
        total += std::max<qint64>(0, e.size);
    return total;
}

qint64 BuildPlan::imageSizeUnpadded() const
{
    qint64 names = 0;
    for (const BuildEntry &e : m_entries)
        names += e.name.size();
    return PayloadFormat::imageSize(m_options.layout, m_entries.size(), names, payloadBytes());
}

QList<qint64> BuildPlan::dataOffsets() const
{
    const Layout layout = m_options.layout;
    QList<qint64> offsets;
    offsets.reserve(m_entries.size());
    qint64 offset = PayloadFormat::imageHeaderSize(layout);
    for (const BuildEntry &e : m_entries) {
        offset += PayloadFormat::entryHeaderSize(layout) + e.name.size();
        offsets.append(offset);
        offset += e.size;
    }
    return offsets;
}
