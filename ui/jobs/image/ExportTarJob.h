// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "TarExporter.h"
#include "jobs/BackgroundJob.h"

#include <memory>

class PayloadReader;

// Writes entries of an opened image into a tar archive (TarExporter) on a worker. The core
// writes under a temporary name and renames only when complete, so a canceled or failed
// export leaves nothing at the output path.
class ExportTarJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    void start(std::shared_ptr<const PayloadReader> reader, const QString &outputPath,
        const TarExporter::Options &options);

    // After finished().
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }
    QString outputPath() const { return m_path; }
    qint64 outputSize() const { return m_size; }
    int memberCount() const { return m_members; }

protected:
    void complete() override;

private:
    struct Result
    {
        bool ok = false;
        QString error;
        qint64 size = 0;
        int members = 0;
    };
    std::shared_ptr<Result> m_shared;
    bool m_ok = false;
    QString m_error;
    QString m_path;
    qint64 m_size = 0;
    int m_members = 0;
};
