// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutLayout.h"
#include "jobs/authoring/BuildJob.h"

#include <QObject>
#include <QPointer>

class BuildDialog;
class EntryTableModel;
class JobProgressDialog;
class QWidget;

// Runs File > Build Image…: the options dialog, the build on a worker with its progress
// dialog (Cancel asks first), and the outcome: where the image is, how large, how many
// entries, with buttons to open it or its folder; or what failed, naming the entry.
class BuildController : public QObject
{
    Q_OBJECT
public:
    BuildController(const EntryTableModel *model, QWidget *window, QObject *parent = nullptr);

    // Opens the build dialog (window-modal, returns at once).
    void showBuildDialog();
    // Opens the build dialog for entries that are not the list's: a live-bootstrap checkout's
    // external half as CheckoutImageBuilder::entriesFor() makes them (sources held to their
    // checked identities, digests known). Starts as upstream builds: the layout the checkout's
    // importer reads (`layout`; the dialog warns, naming the importer, when the user picks the
    // other), sorted by name, with a manifest and verification; those choices are not saved as
    // the list's defaults. `sizes` (one per entry) are the checked sizes, for the image size.
    void showBuildDialog(const QList<BuildEntry> &entries, const QList<qint64> &sizes, const QString &suggestedOutput,
        const CheckoutLayout &layout);
    // Starts a build without the dialog.
    void start(const BuildRequest &request);

    bool isRunning() const { return m_job.isRunning(); }
    // Stops a running build; finished() follows once the worker has stopped and cleaned up.
    void cancel() { m_job.cancel(); }

    BuildJob *job() { return &m_job; }
    BuildDialog *dialog() const;
    JobProgressDialog *progressDialog() const;

Q_SIGNALS:
    void finished(const BuildResult &result);
    // The user chose "Open Image" in the outcome message.
    void openImageRequested(const QString &path);
    // The user chose "Write to Disk…" in the outcome message.
    void writeToDiskRequested(const QString &path);
    // The build dialog's "Test Integrity of Flagged": the list's entries with these ids.
    void integrityTestRequested(const QList<quint64> &ids);

private:
    void onFinished();
    void showOutcome(const BuildResult &result);

    const EntryTableModel *m_model;
    QWidget *m_window;
    BuildJob m_job;
    QPointer<BuildDialog> m_dialog;
    QPointer<JobProgressDialog> m_progress;
};
