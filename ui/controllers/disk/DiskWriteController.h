// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/disk/DiskWriteJob.h"

#include <QObject>
#include <QPointer>

class DiskChooserDialog;
class DiskWriteResultDialog;
class JobProgressDialog;
class QMessageBox;
class QWidget;

// Runs File > Write to Disk…: the disk chooser, a last confirmation that names the disk's model
// and size, the write and read-back on a worker with the progress dialog (Cancel asks first,
// since a canceled write leaves the disk without a valid image), and the result page.
class DiskWriteController : public QObject
{
    Q_OBJECT
public:
    DiskWriteController(QWidget *window, QObject *parent = nullptr);

    // Where the disks are looked up (tests); the system's by default.
    void setSystemPaths(const DiskEnumerator::Paths &paths) { m_paths = paths; }

    // Opens the disk chooser for the image at `imagePath` (window-modal, returns at once).
    void writeImage(const QString &imagePath);
    bool isRunning() const { return m_job.isRunning(); }
    void cancel() { m_job.cancel(); }

    DiskWriteJob *job() { return &m_job; }
    DiskChooserDialog *chooser() const;
    QMessageBox *confirmation() const;
    JobProgressDialog *progressDialog() const;
    DiskWriteResultDialog *resultDialog() const;

Q_SIGNALS:
    void finished(const DiskWriteResult &result);

private:
    void confirm();
    void start(const QString &targetPath, const DiskWriter::Options &options);
    void onFinished();

    QWidget *m_window;
    DiskEnumerator::Paths m_paths;
    DiskWriteJob m_job;
    QString m_imagePath;
    QPointer<DiskChooserDialog> m_chooser;
    QPointer<QMessageBox> m_confirmation;
    QPointer<JobProgressDialog> m_progress;
    QPointer<DiskWriteResultDialog> m_resultDialog;
};
