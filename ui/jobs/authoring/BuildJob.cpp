// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/BuildJob.h"
#include "PayloadVerifier.h"
#include "PayloadWriter.h"

#include <QCoreApplication>
#include <QFile>

void BuildJob::runBuild(
    const BuildRequest &request, const JobControl &control, std::atomic<int> &phase, BuildResult &result)
{
    result.outputPath = request.outputPath;
    BuildPlan plan(request.entries, request.options);
    plan.options().computeSha256 = request.verifyAfterWriting || request.manifestFormat.has_value();

    // One progress scale for both steps: the verify pass reads the payload once more.
    qint64 writeTotal = 0;
    JobControl writing;
    writing.isCanceled = control.isCanceled;
    writing.progress = [&](qint64 done, qint64 total, const QString &current) {
        // The writer's closing report comes after the verification it ran: the scale has moved on.
        if (phase == int(Phase::Verifying))
            return;
        writeTotal = total;
        const qint64 payload = plan.payloadBytes();
        control.report(done, total + (request.verifyAfterWriting ? payload : 0), current);
    };
    PayloadWriter writer;
    int hashesChecked = 0;
    if (request.verifyAfterWriting) {
        // Verified before the image takes its name: a failed check or a cancel while reading
        // back discards the new image and keeps the file it would have replaced.
        writer.setFinalCheck([&](const QString &path, bool *canceled) -> QString {
            phase = int(Phase::Verifying);
            const qint64 payload = writer.manifest().payloadBytes();
            JobControl verifying;
            verifying.isCanceled = control.isCanceled;
            verifying.progress = [&](qint64 done, qint64, const QString &current) {
                control.report(writeTotal + done, writeTotal + payload,
                    current.isEmpty() ? tr("comparing SHA-256 with what was written") : current);
            };
            const VerifyReport report = PayloadVerifier::verify(path, writer.manifest(), verifying);
            if (report.ok()) {
                hashesChecked = report.hashesChecked;
                return {};
            }
            *canceled = report.canceled;
            if (report.canceled)
                return tr("The build was canceled while the image was verified; the image was removed.");
            if (!report.opened)
                return tr("The written image does not read back: %1").arg(report.structureError);
            if (!report.ioError.isEmpty())
                return tr("The written image cannot be read back: %1").arg(report.ioError);
            return tr("The written image differs from its sources:\n%1").arg(report.mismatches.join(QLatin1Char('\n')));
        });
    }
    if (!writer.write(plan, request.outputPath, writing)) {
        result.canceled = writer.wasCanceled();
        result.error = writer.error();
        return;
    }
    result.imageSize = writer.manifest().imageSize;
    result.entryCount = int(writer.manifest().entries.size());
    if (request.verifyAfterWriting) {
        result.verified = true;
        result.hashesChecked = hashesChecked;
    }

    if (request.manifestFormat) {
        const QString path = BuildRequest::manifestPath(request.outputPath, *request.manifestFormat);
        QString error;
        if (writer.manifest().save(path, *request.manifestFormat, &error))
            result.manifestPath = path;
        else
            result.manifestError = error;
    }
    result.ok = true;
}

void BuildJob::start(const BuildRequest &request)
{
    m_result = BuildResult {};
    m_phase = std::make_shared<std::atomic<int>>(int(Phase::Writing));
    m_shared = std::make_shared<BuildResult>();
    BackgroundJob::start([request, phase = m_phase, shared = m_shared](
                             const JobControl &control) { runBuild(request, control, *phase, *shared); });
}

void BuildJob::complete()
{
    m_result = *m_shared;
    // A cancel that arrived after the image was complete and verified is too late to undo
    // anything: report what exists.
    if (m_result.ok)
        m_result.canceled = false;
}
