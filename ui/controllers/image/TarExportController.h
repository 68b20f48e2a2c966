// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "TarExporter.h"

#include <QObject>

#include <memory>

class ExportTarJob;
class PayloadReader;
class QWidget;

// File > Export as Tar…: asks where to (the name's suffix chooses the compression), then
// writes the image's entries into the tar on a worker with a progress dialog and Cancel.
// Errors are told through Messages; a canceled or failed export leaves no file (the core
// writes under a temporary name).
class TarExportController : public QObject
{
    Q_OBJECT
public:
    explicit TarExportController(QWidget *dialogParent);

    ExportTarJob *job() const { return m_job; }
    bool isRunning() const;
    void cancel();

    // Asks for the output file, then exports `indices` (all entries when empty).
    void chooseAndExport(std::shared_ptr<const PayloadReader> reader, const QList<int> &indices);
    // Exports without asking; an existing `path` is replaced (the save dialog asked). A name
    // stored more than once is exported from its last entry, the one the importer leaves on
    // disk (as `lbpayload export-tar` does); the message at the end says how many were left
    // out. Returns false and tells the user when the name chooses no compression.
    bool exportTo(std::shared_ptr<const PayloadReader> reader, const QString &path, const QList<int> &indices);

    // `indices` (all entries when empty), in their order, without the entries whose name a
    // later one of them repeats; `shadowed` receives how many were dropped.
    static QList<int> lastOfEachName(const PayloadReader &reader, const QList<int> &indices, int *shadowed);

    // The save dialog's filters, the default one first: ".tar.gz", ".tar", ".tar.bz2", ".tar.xz", ".tar.zst".
    static QStringList nameFilters();

Q_SIGNALS:
    // After an export ended (written, failed or canceled).
    void finished(bool ok);

private:
    void onFinished();

    QWidget *m_dialogParent;
    ExportTarJob *m_job;
    int m_shadowed = 0; // entries of the running export left out for a later one of the same name
    // Said with the outcome when the image is damaged after the entries exported.
    QString m_partialNote;
};
