// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadExtractor.h"
#include "jobs/BackgroundJob.h"

class PayloadReader;

// Copies entries of an opened image into a folder (PayloadExtractor) on a worker.
class ExtractJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    void start(std::shared_ptr<const PayloadReader> reader, const QString &directory,
        const PayloadExtractor::Options &options);

    // After finished().
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }
    const QStringList &written() const { return m_written; }
    QString directory() const { return m_directory; }

protected:
    void complete() override;

private:
    struct Result
    {
        bool ok = false;
        QString error;
        QStringList written;
    };
    std::shared_ptr<Result> m_shared;
    bool m_ok = false;
    QString m_error;
    QStringList m_written;
    QString m_directory;
};
