// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FirstImageExtractor.h"
#include "jobs/BackgroundJob.h"

#include <QStringList>

class FirstImageReader;

// Recreates files and folders of an opened first image in a folder (FirstImageExtractor,
// which keeps every path inside it and never overwrites unless asked) on a worker.
class FirstImageExtractJob : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;

    void start(std::shared_ptr<const FirstImageReader> reader, const QString &directory,
        const FirstImageExtractor::Options &options);

    // After finished().
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }
    // Files written (folders are not listed), whole, also after a failure or a cancel.
    const QStringList &written() const { return m_written; }
    int foldersMade() const { return m_folders; }
    QString directory() const { return m_directory; }

protected:
    void complete() override;

private:
    struct Result
    {
        bool ok = false;
        QString error;
        QStringList written;
        int folders = 0;
    };
    std::shared_ptr<Result> m_shared;
    bool m_ok = false;
    QString m_error;
    QStringList m_written;
    int m_folders = 0;
    QString m_directory;
};
