// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "PayloadFormat.h"
#include "model/authoring/AuthoringEntry.h"
#include "model/authoring/EntryInsertFeed.h"
#include "model/authoring/EntryListHandover.h"
#include "model/authoring/EntryProblem.h"
#include "model/authoring/EntryValidation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QUrl>

#include <algorithm>

class QUndoStack;

// The authoring list: the entries of the image to be built, in build order, with the
// validation of each row computed from the whole list. How a row reads (text, icons,
// tooltips, the build blockers' wording) is EntryRowPresenter's.
//
// Background results (hashes, integrity verdicts) cost in proportion to the entries they are
// about: the validation and the summary's counts are kept up to date by EntryValidation, and a
// batch of results emits contentsChanged() once.
//
// Edits made through the view (renaming in place, moving rows by drag) are turned into
// commands on the undo stack; the raw edit methods below are there for those commands and
// nothing else, so that every change of the list can be undone.
class EntryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, NameColumn, SizeColumn, KindColumn, Sha256Column, SourceColumn, ColumnCount };
    enum Role {
        FilterRole = Qt::UserRole + 1, // name and source path, for the filter box
        EntryIdRole, // quint64
        SeverityRole, // int: 0 fine, 1 warning, 2 error
        IntegrityRole, // QString: ArchiveReport::statusKey() of the last integrity test; invalid when untested
    };

    struct Summary
    {
        int entries = 0;
        qint64 payloadBytes = 0;
        qint64 imageSize = 0; // for the model's layout, before padding
        int errorRows = 0; // rows with at least one blocking problem
        int warningRows = 0; // rows with warnings only
        int hashing = 0; // rows whose hash is still being computed
        int mismatches = 0; // rows whose content is not what their name promises (warnings)
        int checkingContent = 0; // rows whose content check is still to come
    };

    explicit EntryTableModel(QUndoStack *undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renaming (NameColumn, EditRole) pushes a rename command; other edits are refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    // Rows of this model: pushes a move command. Local files (text/uri-list): emits
    // urlsDropped() for the importer, which probes them on a worker and asks about conflicts.
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    const QList<AuthoringEntry> &entries() const { return m_entries; }
    const AuthoringEntry &entry(int row) const { return m_entries.at(row); }
    // Row of the entry with this id, or -1 when it is no longer in the list.
    int rowOfId(quint64 id) const;
    // First row whose name is `name`, or -1.
    int rowOfName(const QByteArray &name) const;
    // The problems of `row` for the current layout.
    EntryProblems problems(int row) const;
    QList<BuildEntry> buildEntries() const;
    QList<quint64> order() const;

    PayloadFormat::Layout layout() const { return m_layout; }
    // The layout decides the size limit; changing it revalidates every row.
    void setLayout(PayloadFormat::Layout layout);

    // Constant time once the list is validated (the first call after an edit validates it).
    Summary summary() const;
    // Changes whenever the problems of any row may have changed, so that what is made from
    // them (the notice's text) needs redoing only then.
    quint64 problemsRevision() const;
    // Why a build with `layout` cannot start, one translated sentence per cause with the
    // first rows concerned; empty when nothing blocks it.
    QStringList buildBlockers(PayloadFormat::Layout layout) const;
    // What may fail at boot although the build can go ahead: content mismatches and failed
    // integrity tests, one translated sentence per row with its reason (the first few rows,
    // then a count). `flagged` (optional) receives the ids of every row concerned.
    QStringList buildWarnings(QList<quint64> *flagged = nullptr) const;

    // Raw edits, for the undo commands only. Each one first puts in the rest of a batched
    // insert (finishInserting()), so that edits always act on the whole of earlier ones.
    //
    // Inserting costs the views' bookkeeping and, on the next read, a validation of the list;
    // putting back into the empty list the very list takeEntries() handed over when it removed
    // every row (Undo of Clear List) costs neither: the views get one insert and the validation
    // of that list is kept. With `inBatches`, rows appended at the end go in rowsPerEvent() at
    // a time, one batch per turn of the event loop (the first at once), each validated at the
    // cost of the batch: a drop of 20,000 files never holds the window for the whole of it.
    void insertEntries(int row, const QList<AuthoringEntry> &entries, bool inBatches = false);
    // True while an insert still has batches to put in; insertingFinished() follows the last.
    bool isInserting() const { return !m_feed.isEmpty(); }
    // Puts the rest of a batched insert in at once. Commands call it before they read the list.
    void finishInserting();
    int rowsPerEvent() const { return m_rowsPerEvent; }
    // The batch size of appends (at least 1); tests lower it.
    void setRowsPerEvent(int rows) { m_rowsPerEvent = std::max(1, rows); }
    static constexpr int DefaultRowsPerEvent = 1000;
    // Removes the given rows (any order) and returns them in ascending row order. Every row at
    // once is constant time: the list itself is returned.
    QList<AuthoringEntry> takeEntries(QList<int> rows);
    void renameEntry(int row, const QByteArray &name);
    // Puts the entries in the order of `ids`, a permutation of order().
    void reorder(const QList<quint64> &ids);

    // Results from background work, which are facts about the sources rather than edits.
    struct HashResult
    {
        quint64 id = 0;
        QByteArray sha256;
        QString error; // set instead of sha256 when the source could not be read
    };
    // Sets the hashes of the listed entries among `results` (others are ignored), with one
    // contentsChanged() for the batch. Costs the batch and the rows sharing their names.
    void setHashes(const QList<HashResult> &results);
    void setHash(quint64 id, const QByteArray &sha256, const QString &error)
    {
        setHashes({HashResult {id, sha256, error}});
    }
    // Replaces the source state (and size) of the entries in `probed` that are still listed.
    // Their integrity results are dropped and their content is to be checked again: a source
    // looked at again may have changed.
    void updateSources(const QList<AuthoringEntry> &probed);
    // What the first bytes of an entry's source are (ContentCheck), from the background check.
    struct ContentResult
    {
        quint64 id = 0;
        DistfileKind::Detection detection;
    };
    // Sets the content of the listed entries among `results` (others are ignored), with one
    // contentsChanged() for the batch. Costs the batch, never the list.
    void setContentChecks(const QList<ContentResult> &results);
    // The integrity test's result for the entry `id` (ignored when it is no longer listed);
    // the status column combines it with the importer's verdict. Kept until the entry's
    // source is checked again or the entry is renamed (its name decides the name check).
    void setIntegrityResult(quint64 id, const ArchiveReport &report);
    // The last result for `row`, or nullptr when it was not tested since it last changed.
    const ArchiveReport *integrityResult(int row) const;
    // Listed entries whose last integrity test did not pass (for the status bar).
    int integrityFailures() const;

Q_SIGNALS:
    // Anything that changes the summary or the validation happened.
    void contentsChanged();
    // Local files were dropped before `row` (-1: at the end).
    void urlsDropped(const QList<QUrl> &urls, int row);
    // The last batch of an insert is in.
    void insertingFinished();

private:
    // Revalidates on the next read; `rowsChanged` false: no row needs telling (the rows are new).
    void invalidate(bool rowsChanged = true);
    void ensureValidated() const;
    // dataChanged() for the columns given of `rows` (any order), one signal per run of rows.
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn);
    // Inserts `entries` before `row` with one beginInsertRows(); appended to a validated list,
    // they are validated at their own cost.
    void insertBatch(int row, const QList<AuthoringEntry> &entries);

    QUndoStack *m_undoStack;
    QList<AuthoringEntry> m_entries;
    PayloadFormat::Layout m_layout = PayloadFormat::Layout::U32;
    mutable EntryValidation m_validation;
    mutable QHash<quint64, int> m_rowById;
    mutable bool m_rowByIdValid = false;
    QHash<quint64, ArchiveReport> m_integrity; // by entry id
    // What takeEntries() knew of the list when it removed every row, for insertEntries() to
    // take back with the same list; dropped by any other insert.
    EntryListHandover m_handover;
    EntryInsertFeed m_feed; // the batches of an append still to come
    int m_rowsPerEvent = DefaultRowsPerEvent;
};
