// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DistfilePlan.h"
#include "Checkout.h"
#include "PayloadFormat.h"

#include <QHash>
#include <QSet>
#include <QUrl>

namespace {
// A distfile tuple with every line that lists it.
struct Tuple
{
    DistfileSource first;
    QList<DistfileSource> origins;
};

QString tupleKey(const DistfileSource &s)
{
    return QString::fromLatin1(s.sha256) + QLatin1Char('\n') + s.url + QLatin1Char('\n') + s.fileName;
}

// Upstream's list: one entry per (sha256, url, file name), in the order first met.
struct TupleList
{
    QList<Tuple> tuples;
    QHash<QString, qsizetype> index;

    void collect(const DistfileSource &source)
    {
        const QString key = tupleKey(source);
        const auto it = index.constFind(key);
        if (it != index.cend()) {
            tuples[it.value()].origins.append(source);
            return;
        }
        index.insert(key, tuples.size());
        tuples.append(Tuple {source, {source}});
    }
    bool contains(const DistfileSource &source) const { return index.contains(tupleKey(source)); }
};

PlannedDistfile plannedFrom(const Tuple &tuple, PlannedDistfile::Half half)
{
    PlannedDistfile d;
    d.half = half;
    d.fileName = tuple.first.fileName;
    d.sha256 = tuple.first.sha256;
    if (!tuple.first.url.isEmpty())
        d.urls << tuple.first.url;
    d.origins = tuple.origins;
    return d;
}

QString originText(const DistfileSource &s)
{
    return DistfilePlan::tr("%1 (step %2)").arg(s.location(), s.step);
}
} // namespace

QStringList PlannedDistfile::candidateUrls(const QStringList &mirrors) const
{
    QStringList result;
    for (QString mirror : mirrors) {
        while (mirror.endsWith(QLatin1Char('/')))
            mirror.chop(1);
        if (!mirror.isEmpty())
            result << mirror + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(fileName));
    }
    for (const QString &url : urls)
        if (!result.contains(url))
            result << url;
    return result;
}

QStringList DistfilePlan::fileNames() const
{
    QStringList names;
    QSet<QString> seen;
    for (const QList<PlannedDistfile> *half : {&m_first, &m_external})
        for (const PlannedDistfile &d : *half)
            if (!seen.contains(d.fileName)) {
                seen.insert(d.fileName);
                names << d.fileName;
            }
    return names;
}

bool DistfilePlan::build(const Checkout &checkout, const QString &splitStep)
{
    *this = DistfilePlan {};
    m_splitStep = splitStep;
    for (const ManifestStep &step : checkout.steps()) {
        if (step.directive == QLatin1String("improve") && step.name == splitStep) {
            m_splitLine = step.line;
            break;
        }
    }
    if (m_splitLine == 0) {
        const QStringList improves = checkout.improveSteps();
        m_errors << (improves.isEmpty()
                ? tr("%1: there is no \"improve: %2\" step to split at, and no improve step at all")
                      .arg(checkout.manifestPath(), splitStep)
                : tr("%1: there is no \"improve: %2\" step to split at; the improve steps are: %3")
                      .arg(checkout.manifestPath(), splitStep, improves.join(QLatin1String(", "))));
        return false;
    }

    // The whole list (steps, then steps-guix) and the first image's (steps before the split).
    TupleList all;
    TupleList first;
    for (const BuildStepSources &step : checkout.buildSteps()) {
        const bool beforeSplit = !step.guix && step.step.line < m_splitLine;
        for (const DistfileSource &source : step.sources) {
            all.collect(source);
            if (beforeSplit)
                first.collect(source);
        }
    }

    // One distfiles folder holds one file per name: two checksums for a name cannot both be met.
    QHash<QString, const DistfileSource *> byName;
    for (const Tuple &t : std::as_const(all.tuples)) {
        const auto it = byName.constFind(t.first.fileName);
        if (it == byName.cend()) {
            byName.insert(t.first.fileName, &t.first);
        } else if (it.value()->sha256 != t.first.sha256) {
            m_errors << tr("%1 is listed with two checksums: %2 in %3, %4 in %5")
                            .arg(t.first.fileName, QString::fromLatin1(it.value()->sha256), originText(*it.value()),
                                QString::fromLatin1(t.first.sha256), originText(t.first));
        }
    }
    if (!m_errors.isEmpty())
        return false;

    for (const Tuple &t : std::as_const(first.tuples))
        m_first.append(plannedFrom(t, PlannedDistfile::Half::FirstImage));

    // The rest, one per name: further URLs for the same file become alternatives.
    QHash<QString, qsizetype> externalIndex;
    for (const Tuple &t : std::as_const(all.tuples)) {
        if (first.contains(t.first))
            continue;
        const auto it = externalIndex.constFind(t.first.fileName);
        if (it == externalIndex.cend()) {
            externalIndex.insert(t.first.fileName, m_external.size());
            m_external.append(plannedFrom(t, PlannedDistfile::Half::ExternalImage));
        } else {
            PlannedDistfile &d = m_external[it.value()];
            if (!t.first.url.isEmpty() && !d.urls.contains(t.first.url))
                d.urls << t.first.url;
            d.origins += t.origins;
        }
    }
    std::stable_sort(m_external.begin(), m_external.end(), [](const PlannedDistfile &a, const PlannedDistfile &b) {
        return PayloadFormat::upstreamNameLess(a.fileName.toUtf8(), b.fileName.toUtf8());
    });
    return true;
}
