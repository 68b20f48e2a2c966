// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"
#include "jobs/image/ImageHashJob.h"
#include "jobs/image/OpenImageJob.h"
#include "jobs/image/VerifyJob.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class ExtractController;
class QMimeData;
class ImageEntryModel;
class ImageTableProxy;
class IntegrityController;
class TarExportController;
class ImageSummaryWidget;
class ImageTableView;
class NoticeBar;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The inspect view of one opened image: read-only table (filled while reading), summary and
// findings, and the operations on it: extract, hash, export a manifest, verify against one,
// drag entries out, and hand the entries over as a new authoring list.
class ImagePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePanel(QWidget *parent = nullptr);
    ~ImagePanel() override;

    // Starts reading `path` on a worker; rows appear as they are read.
    void open(const QString &path);
    QString path() const { return m_path; }
    // True while the image is read or its rows are still being added to the table.
    bool isLoading() const { return m_open.isRunning() || m_openFinishing; }
    // True once the whole table was read without a structural error.
    bool isReady() const { return m_ready; }
    // True when the image is damaged after some entries: those were read and can be tested,
    // hashed, extracted, dragged out and exported as tar; the rest of the image cannot be read.
    bool isPartial() const;
    // Ready or partial: the listed entries can be read.
    bool hasReadableEntries() const { return m_ready || isPartial(); }
    bool hasSelection() const;
    // Any job of this panel (reading, hashing, extracting, verifying) is running.
    bool isBusy() const;
    void cancelJobs();

    ImageEntryModel *model() const { return m_model; }
    ImageTableView *view() const { return m_view; }
    NoticeBar *notice() const { return m_notice; }
    ImageSummaryWidget *summary() const { return m_summary; }
    std::shared_ptr<const PayloadReader> reader() const { return m_reader; }

    // Asks for a folder, then extracts (asking before overwriting anything).
    void extractSelected();
    void extractAll();
    // Extracts `indices` (all when empty) into `directory` without asking for the folder.
    void extractTo(const QList<int> &indices, const QString &directory);
    // What dragging `indices` out carries (ExtractController::prepareDrag()): file URLs of the
    // entries extracted into a temporary folder; nullptr when they cannot be read.
    std::unique_ptr<QMimeData> dragData(const QList<int> &indices);
    void hashSelected();
    void hashAll();
    void exportManifest();
    void verifyAgainstManifest();
    // Tests the selected entries (all when `selectedOnly` is false), read in place, on all
    // cores; each row's status shows its result as it arrives.
    void testIntegrity(bool selectedOnly);
    // Asks for a tar file and writes the selected entries (all when `selectedOnly` is false) into it.
    void exportAsTar(bool selectedOnly);
    IntegrityController *integrity() const { return m_integrity; }
    TarExportController *tarExport() const { return m_tarExport; }
    // The entries as build entries sourced from this image's bytes ("Edit as New Payload").
    QList<BuildEntry> entriesAsBuildEntries() const;

    // Counts for the status bar.
    int errorCount() const;
    int warningCount() const;

Q_SIGNALS:
    void stateChanged();
    void openFinished(bool ok);

private:
    void onEntriesArrived(const QList<PayloadEntry> &entries);
    // Adds the next slice of the arrived entries to the table, sized to take a few
    // milliseconds, and finishes the opening once the reader is done and nothing is left.
    void fillSome();
    void onOpenFinished();
    // Status and # as wide as what they hold, the SHA-256 as wide as its digits.
    void fitColumns();
    void startDragOut(const QList<int> &indices);
    // The reader when its entries can be read (ready or partial), else nullptr.
    std::shared_ptr<const PayloadReader> readableReader() const;
    void runHash(const QList<int> &indices, std::function<void()> then);
    void saveManifest(const QString &path, Manifest::Format format);

    QString m_path;
    bool m_ready = false;
    std::shared_ptr<const PayloadReader> m_reader;
    ImageEntryModel *m_model;
    ImageTableProxy *m_proxy;
    ImageTableView *m_view;
    ImageSummaryWidget *m_summary;
    NoticeBar *m_notice;
    QLineEdit *m_filter;
    QProgressBar *m_loading;
    QPushButton *m_stopLoading;
    OpenImageJob m_open;
    // Entries read but not yet in the table: the reader delivers up to 200,000 at once, and
    // adding them in one go would freeze the window for a long moment.
    QList<QList<PayloadEntry>> m_arrived; // chunks as they came
    qsizetype m_arrivedNext = 0; // entries of the first chunk already added
    int m_fillSlice = 2000;
    QTimer m_fill;
    bool m_openFinishing = false;
    ImageHashJob m_hash;
    VerifyJob m_verify;
    ExtractController *m_extract;
    IntegrityController *m_integrity;
    TarExportController *m_tarExport;
};
