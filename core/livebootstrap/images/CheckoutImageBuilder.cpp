// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutImageBuilder.h"
#include "CoreLogging.h"
#include "DistfileChecker.h"
#include "HashCache.h"
#include "PayloadVerifier.h"
#include "PayloadWriter.h"

#include <QFile>

using State = DistfileCheck::State;

bool CheckoutImageBuilder::fail(Error::Kind kind, const QString &summary, const QString &details)
{
    m_error = Error(kind, summary, details);
    qCDebug(lcCore) << "checkout build failed:" << Error::kindKey(kind) << m_error.text();
    return false;
}

QList<BuildEntry> CheckoutImageBuilder::entriesFor(
    const QList<PlannedDistfile> &external, const QList<DistfileCheck> &checks)
{
    QList<BuildEntry> entries;
    entries.reserve(external.size());
    for (int i = 0; i < external.size() && i < checks.size(); ++i) {
        const DistfileCheck &check = checks.at(i);
        BuildEntry entry = BuildEntry::fromFile(check.path, external.at(i).fileName.toUtf8());
        entry.identity = check.identity;
        if (check.state == State::Ok)
            entry.knownSha256 = check.actualSha256;
        else
            entry.expectedSha256 = external.at(i).sha256;
        entries << entry;
    }
    return entries;
}

QStringList CheckoutImageBuilder::describeProblems(
    const QList<PlannedDistfile> &distfiles, const QList<DistfileCheck> &checks)
{
    QStringList lines;
    for (int i = 0; i < distfiles.size() && i < checks.size(); ++i) {
        const DistfileCheck &c = checks.at(i);
        const PlannedDistfile &d = distfiles.at(i);
        switch (c.state) {
        case State::Ok:
        case State::Present:
            break;
        case State::WrongChecksum:
            lines << tr("%1: wrong checksum: SHA-256 %2, the sources line (%3) says %4")
                         .arg(c.path, QString::fromLatin1(c.actualSha256),
                             d.origins.isEmpty() ? QString() : d.origins.constFirst().location(),
                             QString::fromLatin1(d.sha256));
            break;
        case State::Missing:
            lines << (d.urls.isEmpty() ? tr("%1: missing (no URL; only a mirror can provide it)").arg(c.path)
                                       : tr("%1: missing (from %2)").arg(c.path, d.urls.constFirst()));
            break;
        case State::Unreadable:
            lines << tr("%1: unreadable: %2").arg(c.path, c.detail);
            break;
        default:
            lines << tr("%1: %2").arg(c.path, DistfileCheck::stateName(c.state));
            break;
        }
    }
    return lines;
}

bool CheckoutImageBuilder::build(const DistfilePlan &plan, const QString &distfilesDir, const QString &outputPath,
    HashCache *cache, const CheckoutBuildOptions &options, const JobControl &control)
{
    m_error = Error {};
    m_canceled = false;
    m_problems.clear();
    m_manifest = Manifest {};

    // stat() and the cache only: the files the cache does not know are hashed while copied.
    const QList<PlannedDistfile> &external = plan.externalImage();
    const DistfileCheckReport report =
        DistfileChecker::check(external, distfilesDir, cache, DistfileChecker::Mode::StatOnly, control);
    m_checks = report.checks;
    if (report.canceled) {
        m_canceled = true;
        return fail(Error::Kind::Cancelled, tr("%1: the build was canceled; nothing was written").arg(outputPath));
    }
    m_problems = describeProblems(external, m_checks);
    if (!m_problems.isEmpty())
        return fail(Error::Kind::InvalidInput,
            tr("%1: %n distfile(s) of the external image are missing or wrong; nothing was written", nullptr,
                int(m_problems.size()))
                .arg(outputPath),
            m_problems.join(QLatin1Char('\n')));

    BuildOptions buildOptions;
    buildOptions.layout = options.layout;
    buildOptions.sortByName = true;
    buildOptions.computeSha256 = true;
    buildOptions.overwrite = options.overwrite;
    BuildPlan buildPlan(entriesFor(external, m_checks), buildOptions);
    PayloadWriter writer;
    if (!writer.write(buildPlan, outputPath, control)) {
        m_canceled = writer.wasCanceled();
        if (writer.hashMismatchDigests().isEmpty())
            return fail(m_canceled ? Error::Kind::Cancelled : Error::Kind::Io, writer.error());
        // Found while copying: the same words as a mismatch found before writing.
        for (const auto &[index, actual] : writer.hashMismatchDigests()) {
            m_checks[index].state = State::WrongChecksum;
            m_checks[index].actualSha256 = actual;
        }
        m_problems = describeProblems(external, m_checks);
        return fail(Error::Kind::InvalidInput,
            tr("%1: %n distfile(s) of the external image are missing or wrong; nothing was written", nullptr,
                int(m_problems.size()))
                .arg(outputPath),
            m_problems.join(QLatin1Char('\n')));
    }
    m_manifest = writer.manifest();

    // The digests read while copying are as good as the check's: remember them.
    if (cache) {
        for (int i = 0; i < m_manifest.entries.size(); ++i) {
            const BuildEntry &e = buildPlan.entries().at(i);
            if (e.knownSha256.isEmpty() && e.identity)
                cache->insert(*e.identity, m_manifest.entries.at(i).sha256);
        }
    }

    if (options.verify) {
        const VerifyReport verified = PayloadVerifier::verify(outputPath, m_manifest, control);
        if (!verified.ok()) {
            QFile::remove(outputPath);
            if (verified.canceled) {
                m_canceled = true;
                return fail(
                    Error::Kind::Cancelled, tr("%1: verification was canceled; the image was removed").arg(outputPath));
            }
            m_problems = verified.mismatches;
            const QString why = !verified.structureError.isEmpty() ? verified.structureError
                : !verified.ioError.isEmpty()                      ? verified.ioError
                                                                   : verified.mismatches.join(QLatin1Char('\n'));
            // Not the inputs' fault: the image did not read back as written.
            return fail(Error::Kind::Io,
                tr("%1: the image read back differs from what was written; it was removed").arg(outputPath), why);
        }
    }
    return true;
}
