// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/image/ExtractJob.h"
#include "PayloadReader.h"

void ExtractJob::start(
    std::shared_ptr<const PayloadReader> reader, const QString &directory, const PayloadExtractor::Options &options)
{
    m_ok = false;
    m_error.clear();
    m_written.clear();
    m_directory = directory;
    m_shared = std::make_shared<Result>();
    BackgroundJob::start([reader, directory, options, shared = m_shared](const JobControl &control) {
        PayloadExtractor extractor;
        shared->ok = extractor.extract(*reader, directory, options, control);
        shared->error = extractor.error();
        shared->written = extractor.written();
    });
}

void ExtractJob::complete()
{
    m_ok = m_shared->ok;
    m_error = m_shared->error;
    m_written = m_shared->written;
}
