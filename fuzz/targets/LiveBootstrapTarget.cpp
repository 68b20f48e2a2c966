// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FuzzTargets.h"

#include "CheckoutFinding.h"
#include "CheckoutLayout.h"
#include "SourcesFile.h"
#include "StepManifest.h"

namespace FuzzTargets {

void liveBootstrap(const QByteArray &data)
{
    CheckoutFindings findings;
    const QList<ManifestStep> steps = StepManifest::parse(data, QStringLiteral("steps/manifest"), &findings);
    // A step name read from the manifest becomes part of a path (steps/<name>/sources) and of
    // every message about its sources: feed the first one back in as the step.
    const QString step = steps.isEmpty() ? QStringLiteral("fuzz-1.0") : steps.constFirst().name;
    const QList<DistfileSource> sources =
        SourcesFile::parse(data, QStringLiteral("steps/%1/sources").arg(step), step, &findings);
    qint64 sum = sources.size();
    for (const CheckoutFinding &finding : std::as_const(findings))
        sum += finding.message.size();
    // The same bytes as the checkout's importer source, as its generator, and as both: the
    // layout a checkout says it reads is judged from text a user's branch may hold anything in.
    // Split at the first NUL (which neither file holds), the bytes are also a checkout whose
    // importer and generator differ: the rules that weigh one against the other (disagreement,
    // one ambiguous, one silent) need two different texts.
    const QString importer = QStringLiteral("steps/payload-import-1.0/src/payload-import.c");
    const QString generator = CheckoutLayout::generatorPath();
    const qsizetype nul = data.indexOf('\0');
    const QByteArray importerPart = nul < 0 ? data : data.left(nul);
    const QByteArray generatorPart = nul < 0 ? QByteArray() : data.mid(nul + 1);
    for (const CheckoutLayout &layout : {CheckoutLayout::judge(data, importer, std::nullopt, generator),
             CheckoutLayout::judge(std::nullopt, importer, data, generator),
             CheckoutLayout::judge(data, importer, data, generator),
             CheckoutLayout::judge(importerPart, importer, generatorPart, generator)}) {
        sum += layout.describeSource().size() + int(layout.layout());
        for (const CheckoutLayout::Finding &finding : layout.findings())
            sum += finding.message.size();
    }
    (void)sum;
}

} // namespace FuzzTargets
