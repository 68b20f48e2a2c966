// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileCheck.h"
#include "DistfilePlan.h"
#include "model/checkout/DistfileStatus.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPair>

#include <array>

// The distfiles of a live-bootstrap checkout, grouped as upstream splits them: two top-level
// rows, "First image" and "external.img", whose children are the planned distfiles with what
// the distfiles folder holds for each (status, size, expected SHA-256, the steps that need
// it, the URL) and, while Fetch Missing runs, the download's progress.
//
// A distfile is addressed by its index in DistfilePlan::all() (first image, then external),
// the index space of the checker and the fetcher. Results arrive in batches; each batch costs
// one dataChanged per run of consecutive indices, and the counts per state are kept up to
// date as they arrive, so nothing here walks the whole list per result.
class CheckoutDistfileModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    using Half = PlannedDistfile::Half;
    using State = DistfileCheck::State;
    enum Column { StatusColumn, NameColumn, SizeColumn, Sha256Column, StepsColumn, UrlColumn, ColumnCount };
    enum Role {
        FilterRole = Qt::UserRole + 1, // name, steps and URLs, for the filter box
        StateKeyRole, // QString: DistfileStatus::key() of the row's state; invalid for a group
        IndexRole, // int: the distfile's index in DistfilePlan::all(); -1 for a group
    };
    enum Group { FirstImageGroup, ExternalGroup, GroupCount };
    using Result = QPair<int, DistfileCheck>;

    explicit CheckoutDistfileModel(QObject *parent = nullptr);

    // Shows `plan`'s distfiles, every one unchecked, expecting them in `distfilesDir`.
    void setPlan(const DistfilePlan &plan, const QString &distfilesDir);
    const QList<PlannedDistfile> &distfiles() const { return m_distfiles; }
    const QList<DistfileCheck> &checks() const { return m_checks; }
    int firstImageCount() const { return m_firstCount; }
    QList<PlannedDistfile> externalDistfiles() const { return m_distfiles.mid(m_firstCount); }
    QList<DistfileCheck> externalChecks() const { return m_checks.mid(m_firstCount); }
    Half halfOf(int index) const { return index < m_firstCount ? Half::FirstImage : Half::ExternalImage; }
    // The indices of the distfiles named `fileName` (the first image may list one twice).
    QList<int> indicesOf(const QString &fileName) const { return m_byName.value(fileName); }

    // Stores checker results (any order, indices out of range ignored).
    void applyChecks(const QList<Result> &results);
    // Every row back to unchecked (the folder changed).
    void clearChecks();
    // While a check runs, unchecked rows read "Checking…".
    void setChecking(bool checking);
    bool isChecking() const { return m_checking; }

    // Download progress of distfile `index` (`total` -1 while unknown).
    void setTransfer(int index, qint64 received, qint64 total);
    // The download of `index` ended; `failure` (every URL's reason) shows in its tooltip.
    void endTransfer(int index, const QString &failure = {});
    bool isTransferring(int index) const { return m_transfers.contains(index); }

    int rows(Half half) const
    {
        return half == Half::FirstImage ? m_firstCount : int(m_distfiles.size()) - m_firstCount;
    }
    int count(Half half, State state) const { return m_counts[int(half)][int(state)]; }
    // Bytes of the files in `state` whose size is known.
    qint64 bytes(Half half, State state) const { return m_bytes[int(half)][int(state)]; }
    // The UTF-8 bytes of external.img's names, for its size.
    qint64 externalNameBytes() const { return m_externalNameBytes; }
    // True when the half has distfiles and every one is OK.
    bool allOk(Half half) const { return rows(half) > 0 && count(half, State::Ok) == rows(half); }

    // The model index of distfile `index` in `column`; invalid when out of range.
    QModelIndex indexOfDistfile(int index, int column = NameColumn) const;
    // The distfile index of a row, -1 for a group row or an invalid index.
    int distfileIndex(const QModelIndex &index) const;
    QModelIndex groupIndex(Group group) const { return createIndex(int(group), 0, quintptr(0)); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Counts changed (after a batch of results, a clear, a new plan).
    void countsChanged();

private:
    struct Transfer
    {
        qint64 received = 0;
        qint64 total = -1;
    };
    void account(int index, int sign);
    void emitRowsChanged(QList<int> indices);
    QVariant groupData(int group, int column, int role) const;
    QVariant statusData(int index, int role) const;

    QList<PlannedDistfile> m_distfiles;
    QList<DistfileCheck> m_checks;
    QStringList m_steps; // per distfile: the steps that need it, for display
    QStringList m_filterText; // per distfile
    QHash<QString, QList<int>> m_byName;
    QHash<int, Transfer> m_transfers;
    QHash<int, QString> m_fetchFailures;
    QString m_splitStep;
    int m_firstCount = 0;
    qint64 m_externalNameBytes = 0;
    bool m_checking = false;
    std::array<std::array<int, DistfileStatus::StateCount>, 2> m_counts {};
    std::array<std::array<qint64, DistfileStatus::StateCount>, 2> m_bytes {};
};
