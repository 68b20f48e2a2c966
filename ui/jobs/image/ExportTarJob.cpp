// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/image/ExportTarJob.h"
#include "PayloadReader.h"

void ExportTarJob::start(
    std::shared_ptr<const PayloadReader> reader, const QString &outputPath, const TarExporter::Options &options)
{
    m_ok = false;
    m_error.clear();
    m_size = 0;
    m_members = 0;
    m_path = outputPath;
    m_shared = std::make_shared<Result>();
    BackgroundJob::start([reader, outputPath, options, shared = m_shared](const JobControl &control) {
        TarExporter exporter;
        shared->ok = exporter.exportImage(*reader, outputPath, options, control);
        shared->error = exporter.error();
        shared->size = exporter.outputSize();
        shared->members = exporter.memberCount();
    });
}

void ExportTarJob::complete()
{
    m_ok = m_shared->ok;
    m_error = m_shared->error;
    m_size = m_shared->size;
    m_members = m_shared->members;
}
