// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "controllers/authoring/DragStaging.h"

#include "Manifest.h"

#include <QObject>

#include <functional>
#include <memory>

class BackgroundJob;
class FirstImageExtractJob;
class FirstImageHashJob;
class FirstImageReader;
class IntegrityController;
class QMimeData;
class SrcfsTreeModel;
class SrcfsTreeView;

// What a first image's tab does with the files in its srcfs, as the image tab does with the
// entries of external.img: SHA-256 (FirstImageHasher) shown in the tree, a manifest
// (FirstImageManifest, written atomically), extraction into a folder (FirstImageExtractor:
// every path stays inside it, nothing is overwritten without asking), the integrity test of
// the distfiles read in place (IntegrityController over IntegrityTester::Target::fromRecord),
// and dragging files out (extracted on demand into a temporary folder that lives as long as
// this object). Every job runs on a worker with a progress dialog and Cancel; the results go
// into the tree model in batches, never one signal per record for a whole image.
//
// A selection means the selected rows of the tree and, for a folder, everything beneath it.
// Nothing runs before setReader() gave a reader whose records can be read.
class FirstImageOperations : public QObject
{
    Q_OBJECT
public:
    // `view` shows `model` (through any proxy); `dialogParent` owns the dialogs.
    FirstImageOperations(SrcfsTreeModel *model, SrcfsTreeView *view, QWidget *dialogParent);
    ~FirstImageOperations() override;

    // The image the operations read (nullptr while it is read, or when it cannot be).
    void setReader(std::shared_ptr<const FirstImageReader> reader);
    // A reader with records and a file to read them from.
    bool canRead() const;
    bool hasSelection() const;
    bool isBusy() const;
    void cancel();
    // The jobs, for their finished() signals.
    QList<BackgroundJob *> jobs() const;
    IntegrityController *integrity() const { return m_integrity; }

    // The records a selection of tree nodes stands for: each node's record and, for a folder,
    // those of every node beneath it; only File records when `filesOnly`. Ascending (script
    // order), each once.
    QList<int> recordsOfNodes(const QList<int> &nodes, bool filesOnly) const;

    void hashSelected();
    void hashAll();
    // Asks for a file and its format (JSON, TSV, sha256sum), hashes the files not hashed yet,
    // then writes the manifest atomically.
    void exportManifest();
    // Writes the manifest without asking; the digests must be in the model (tests).
    bool saveManifest(const QString &path, Manifest::Format format);

    // Asks for a folder, then extracts as extractTo() does.
    void extractSelected();
    void extractAll();
    // Extracts `records` (empty: every file and folder, the last record of a path winning)
    // into `directory`, asking before overwriting existing files; tells the outcome.
    void extractTo(const QList<int> &records, const QString &directory);

    // Tests the distfiles (File records) selected, or all of them; their rows show the result.
    void testIntegrity(bool selectedOnly);

    // What dragging `nodes` out carries: file URLs of the nodes (files, and folders with what
    // they hold) extracted into a fresh temporary folder. Waits for the extraction (showing
    // progress after a moment); nullptr when nothing can be read or it failed (the user is
    // told) or was canceled.
    std::unique_ptr<QMimeData> prepareDrag(const QList<int> &nodes);
    // prepareDrag(), then the drag from `source`; returns once the drag ended.
    void dragOut(const QList<int> &nodes, QWidget *source);

    // The SHA-256 and integrity columns stay hidden until they have something to show, so a
    // freshly opened image's names get the room; call for a new image.
    static void hideResultColumns(SrcfsTreeView *view);

Q_SIGNALS:
    // A job was started (its end: its finished()).
    void started();

private:
    void runHash(const QList<int> &records, std::function<void()> then);
    void chooseAndExtract(const QList<int> &records);
    void onExtracted();
    // Shows `column` of the tree when hidden (its first results arrived).
    void revealColumn(int column);
    // The URL of node `node` under `directory` where an extraction put it; empty when nothing is there.
    QString extractedPath(const QString &directory, int node) const;

    SrcfsTreeModel *m_model;
    SrcfsTreeView *m_view;
    QWidget *m_dialogParent;
    std::shared_ptr<const FirstImageReader> m_reader;
    FirstImageHashJob *m_hash;
    FirstImageExtractJob *m_extract;
    IntegrityController *m_integrity;
    DragStaging m_drag;
};
