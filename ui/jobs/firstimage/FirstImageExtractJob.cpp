// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/firstimage/FirstImageExtractJob.h"
#include "FirstImageReader.h"

void FirstImageExtractJob::start(std::shared_ptr<const FirstImageReader> reader, const QString &directory,
    const FirstImageExtractor::Options &options)
{
    m_ok = false;
    m_error.clear();
    m_written.clear();
    m_folders = 0;
    m_directory = directory;
    m_shared = std::make_shared<Result>();
    BackgroundJob::start([reader, directory, options, shared = m_shared](const JobControl &control) {
        FirstImageExtractor extractor;
        shared->ok = extractor.extract(*reader, directory, options, control);
        shared->error = extractor.error();
        shared->written = extractor.written();
        shared->folders = extractor.foldersMade();
    });
}

void FirstImageExtractJob::complete()
{
    m_ok = m_shared->ok;
    m_error = m_shared->error;
    m_written = m_shared->written;
    m_folders = m_shared->folders;
}
