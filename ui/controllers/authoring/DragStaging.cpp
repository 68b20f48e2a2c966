// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/authoring/DragStaging.h"
#include "dialogs/JobProgressDialog.h"
#include "jobs/BackgroundJob.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

DragStaging::DragStaging() = default;
DragStaging::~DragStaging() = default;

QString DragStaging::freshFolder()
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return {};
    return QDir(m_dir->path()).filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
}

void DragStaging::waitFor(BackgroundJob *job, const QString &title, QWidget *dialogParent)
{
    QEventLoop wait;
    QObject::connect(job, &BackgroundJob::finished, &wait, &QEventLoop::quit);
    JobProgressDialog progress(job, title, dialogParent);
    QTimer::singleShot(300, &progress, [&progress, job] {
        if (job->isRunning())
            progress.open();
    });
    // finished() comes through the event loop, never before it runs.
    wait.exec();
}
