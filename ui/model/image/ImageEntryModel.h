// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveReport.h"
#include "ImporterFinding.h"
#include "PayloadEntry.h"

#include <QAbstractTableModel>
#include <QHash>

// The read-only table of an opened image: its entries in image order, filled in batches as
// the reader finds them, with the importer's findings per entry and SHA-256 once computed.
class ImageEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        IndexColumn,
        NameColumn,
        OffsetColumn,
        SizeColumn,
        KindColumn,
        Sha256Column,
        ColumnCount
    };
    enum Role {
        FilterRole = Qt::UserRole + 1, // the name, for the filter box
        SortRole, // numbers as numbers, so sorting by size or offset is numeric
        EntryIndexRole, // int: the entry's index in the image
        IntegrityRole, // QString: IntegrityStatus::key() of the last integrity test; invalid when untested
    };

    // What the table shows, as values: a copy shares the containers (no row is copied), so
    // a worker can sort or filter a snapshot while the model goes on changing.
    struct Snapshot
    {
        QList<PayloadEntry> entries;
        QList<QByteArray> digests;
        QHash<int, ImporterFindings> findings;
        QHash<int, ArchiveReport> integrity; // by row (= entry index)
    };

    explicit ImageEntryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Entries can be dragged out to a file manager (the panel extracts them first).
    Qt::DropActions supportedDragActions() const override;

    // Appends a batch of entries (as the reader delivers them). The name rules are checked
    // right away; duplicates are known only once the whole table is in (setFindings()).
    void appendEntries(const QList<PayloadEntry> &entries);
    // Room for `rows` rows: growing the table of a large image copies every row at each
    // doubling, a long moment on the GUI thread.
    void reserve(qsizetype rows);
    // Replaces the per-entry findings with those of the complete reading.
    void setFindings(const ImporterFindings &findings);
    // Digests by entry index; empty ones leave the row unchanged.
    void setDigests(const QList<QByteArray> &digests);
    // The integrity test's result for the entry `entryIndex`; the status column combines it
    // with the importer's verdict.
    void setIntegrityResult(int entryIndex, const ArchiveReport &report);
    // The last result for `row`, or nullptr when it was not tested.
    const ArchiveReport *integrityResult(int row) const;
    // Entries whose last integrity test did not pass (for the status bar).
    int integrityFailures() const;
    void clear();

    const QList<PayloadEntry> &entries() const { return m_d.entries; }
    const PayloadEntry &entry(int row) const { return m_d.entries.at(row); }
    QByteArray digest(int row) const { return m_d.digests.value(row); }
    ImporterFindings findings(int row) const { return m_d.findings.value(row); }
    // The table as it is now; constant time. Safe to read on any thread.
    Snapshot snapshot() const { return m_d; }
    // SortRole of `row` and `column` in `data`: a number (qint64) or a string (QString).
    // Pure: workers sort snapshots with it.
    static QVariant sortValue(const Snapshot &data, int row, int column);
    // FilterRole of `row` in `data` (the name). Pure, as sortValue().
    static QString filterText(const Snapshot &data, int row);

private:
    QVariant statusData(int row, int role) const;
    QVariant importerStatusData(int row, int role) const;
    static int importerSortKey(const ImporterFindings &findings);

    Snapshot m_d;
};
