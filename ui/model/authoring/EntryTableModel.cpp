// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryTableModel.h"
#include "commands/MoveEntriesCommand.h"
#include "commands/RenameEntryCommand.h"
#include "model/authoring/EntryRowPresenter.h"
#include "model/authoring/EntryRowsMime.h"
#include "model/authoring/EntryValidator.h"

#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

using Layout = PayloadFormat::Layout;

EntryTableModel::EntryTableModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
{
    connect(&m_feed, &EntryInsertFeed::batchDue, this, &EntryTableModel::insertBatch);
    connect(&m_feed, &EntryInsertFeed::drained, this, &EntryTableModel::insertingFinished);
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    ensureValidated();
    const int row = index.row();
    return EntryRowPresenter::data(
        m_entries.at(row), m_validation.problems(row), integrityResult(row), index.column(), role);
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // Row numbers are positions in the image: 1-based, as the build dialog names them.
        if (role == Qt::DisplayRole && section >= 0 && section < m_entries.size())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return EntryRowPresenter::columnTitle(section);
}

Qt::ItemFlags EntryTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QByteArray name = value.toString().toUtf8();
    if (name == m_entries.at(index.row()).name)
        return true;
    m_undoStack->push(new RenameEntryCommand(this, index.row(), name));
    return true;
}

QStringList EntryTableModel::mimeTypes() const
{
    return {EntryRowsMime::rowsType(), QStringLiteral("text/uri-list")};
}

QMimeData *EntryTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid())
            rows << i.row();
    return EntryRowsMime::encode(this, rows);
}

bool EntryTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    QList<int> rows;
    if (data->hasFormat(EntryRowsMime::rowsType()))
        return EntryRowsMime::decode(data, this, &rows);
    return !EntryRowsMime::localUrls(data).isEmpty();
}

bool EntryTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    finishInserting(); // a drop's row counts the whole list
    // Dropped onto a row: before it. Below the last row: at the end.
    int destination = row;
    if (destination < 0)
        destination = parent.isValid() ? parent.row() : rowCount();
    QList<int> rows;
    if (EntryRowsMime::decode(data, this, &rows)) {
        auto *command = new MoveEntriesCommand(this, rows, destination);
        if (command->changesOrder())
            m_undoStack->push(command);
        else
            delete command;
        return true;
    }
    Q_EMIT urlsDropped(EntryRowsMime::localUrls(data), destination >= rowCount() ? -1 : destination);
    return true;
}

int EntryTableModel::rowOfId(quint64 id) const
{
    if (!m_rowByIdValid) {
        m_rowById.clear();
        m_rowById.reserve(m_entries.size());
        for (int i = 0; i < m_entries.size(); ++i)
            m_rowById.insert(m_entries.at(i).id, i);
        m_rowByIdValid = true;
    }
    return m_rowById.value(id, -1);
}

int EntryTableModel::rowOfName(const QByteArray &name) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).name == name)
            return i;
    return -1;
}

EntryProblems EntryTableModel::problems(int row) const
{
    ensureValidated();
    return row >= 0 && row < m_entries.size() ? m_validation.problems(row) : EntryProblems {};
}

QList<BuildEntry> EntryTableModel::buildEntries() const
{
    QList<BuildEntry> out;
    out.reserve(m_entries.size());
    for (const AuthoringEntry &e : m_entries)
        out << e.toBuildEntry();
    return out;
}

QList<quint64> EntryTableModel::order() const
{
    QList<quint64> ids;
    ids.reserve(m_entries.size());
    for (const AuthoringEntry &e : m_entries)
        ids << e.id;
    return ids;
}

void EntryTableModel::setLayout(Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    invalidate();
}

EntryTableModel::Summary EntryTableModel::summary() const
{
    ensureValidated();
    const EntryValidation::Counts &c = m_validation.counts();
    Summary s;
    s.entries = int(m_entries.size());
    s.payloadBytes = c.payloadBytes;
    s.errorRows = c.errorRows;
    s.warningRows = c.warningRows;
    s.hashing = c.hashing;
    s.mismatches = c.mismatches;
    s.checkingContent = c.contentPending;
    s.imageSize = PayloadFormat::imageSize(m_layout, s.entries, c.nameBytes, s.payloadBytes);
    return s;
}

quint64 EntryTableModel::problemsRevision() const
{
    ensureValidated();
    return m_validation.revision();
}

QStringList EntryTableModel::buildBlockers(Layout layout) const
{
    const QList<EntryProblems> all =
        layout == m_layout ? (ensureValidated(), m_validation.all()) : EntryValidator::validate(m_entries, layout);
    return EntryRowPresenter::buildBlockers(m_entries, all);
}

QStringList EntryTableModel::buildWarnings(QList<quint64> *flagged) const
{
    ensureValidated();
    return EntryRowPresenter::buildWarnings(
        m_entries, m_validation.all(), [this](int row) { return integrityResult(row); }, flagged);
}

void EntryTableModel::insertEntries(int row, const QList<AuthoringEntry> &entries, bool inBatches)
{
    finishInserting();
    if (entries.isEmpty())
        return;
    row = std::clamp(row, 0, int(m_entries.size()));
    // The list taken by removing every row comes back with its validation: constant time.
    if (m_entries.isEmpty() && m_handover.canTakeBack(entries, m_layout)) {
        beginInsertRows({}, 0, int(entries.size()) - 1);
        m_entries = entries;
        m_handover.takeBack(entries, m_layout, m_validation, m_rowById, m_rowByIdValid);
        endInsertRows();
        Q_EMIT contentsChanged();
        return;
    }
    m_handover.clear();
    // Only appends go in batches: rows listed before a later batch keep their numbers, which
    // commands made meanwhile may hold.
    if (!inBatches || row < m_entries.size() || entries.size() <= m_rowsPerEvent) {
        insertBatch(row, entries);
        return;
    }
    insertBatch(row, entries.first(m_rowsPerEvent));
    m_feed.start(entries, m_rowsPerEvent, row + m_rowsPerEvent, m_rowsPerEvent);
}

void EntryTableModel::insertBatch(int row, const QList<AuthoringEntry> &entries)
{
    const int count = int(entries.size());
    const bool wasEmpty = m_entries.isEmpty();
    const bool append = !wasEmpty && row == m_entries.size() && m_validation.isValid();
    beginInsertRows({}, row, row + count - 1);
    // Into an empty list the entries are shared, not copied.
    if (wasEmpty) {
        m_entries = entries;
    } else {
        m_entries.insert(row, count, AuthoringEntry {});
        std::copy(entries.cbegin(), entries.cend(), m_entries.begin() + row);
    }
    if (!append) {
        // Into an empty list, the index of rows by id is made at once (the cost of the batch),
        // so that the batches after it keep it instead of a pass over the list.
        m_rowByIdValid = wasEmpty;
        if (wasEmpty) {
            m_rowById.clear();
            for (int i = 0; i < count; ++i)
                m_rowById.insert(m_entries.at(i).id, i);
        }
        m_validation.invalidate();
        endInsertRows();
        invalidate(m_entries.size() > count); // a duplicate name may change the rows that were there
        return;
    }
    if (m_rowByIdValid)
        for (int i = row; i < m_entries.size(); ++i)
            m_rowById.insert(m_entries.at(i).id, i);
    const QList<int> earlier = m_validation.appended(m_entries, row, m_integrity);
    endInsertRows();
    if (!earlier.isEmpty())
        emitRowsChanged(earlier, StatusColumn, StatusColumn);
    Q_EMIT contentsChanged();
}

void EntryTableModel::finishInserting()
{
    if (m_feed.isEmpty())
        return;
    int row = 0;
    const QList<AuthoringEntry> rest = m_feed.takeRest(&row);
    insertBatch(row, rest);
    Q_EMIT insertingFinished();
}

QList<AuthoringEntry> EntryTableModel::takeEntries(QList<int> rows)
{
    finishInserting();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (!rows.isEmpty() && rows.size() == m_entries.size()) {
        // Every row (Select All, Clear List): the list itself is handed over, not copied, so
        // that removing and putting back 20,000 rows costs no pass over them.
        beginRemoveRows({}, 0, int(m_entries.size()) - 1);
        QList<AuthoringEntry> all;
        all.swap(m_entries);
        m_handover.keep(all, m_validation, m_layout, m_rowById, m_rowByIdValid);
        m_rowByIdValid = false;
        m_validation.invalidate();
        endRemoveRows();
        Q_EMIT contentsChanged();
        return all;
    }
    QList<AuthoringEntry> taken;
    taken.reserve(rows.size());
    for (int r : std::as_const(rows))
        taken << m_entries.at(r);
    // Remove contiguous runs from the bottom up, so earlier row numbers stay valid.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start), last = rows.at(end);
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        m_rowByIdValid = false;
        m_validation.invalidate();
        endRemoveRows();
        end = start - 1;
    }
    invalidate();
    return taken;
}

void EntryTableModel::renameEntry(int row, const QByteArray &name)
{
    finishInserting();
    m_entries[row].name = name;
    m_integrity.remove(m_entries.at(row).id); // the name check was about the old name
    invalidate(); // a rename can create or end a duplicate anywhere in the list
}

void EntryTableModel::reorder(const QList<quint64> &ids)
{
    finishInserting();
    Q_ASSERT(ids.size() == m_entries.size());
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<quint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &i : before)
        beforeIds << m_entries.at(i.row()).id;

    QList<AuthoringEntry> reordered;
    reordered.reserve(m_entries.size());
    for (quint64 id : ids)
        reordered << m_entries.at(rowOfId(id));
    m_entries = std::move(reordered);
    m_rowByIdValid = false;
    m_validation.invalidate();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOfId(beforeIds.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    invalidate();
}

void EntryTableModel::setHashes(const QList<HashResult> &results)
{
    QList<int> rows, statusRows;
    rows.reserve(results.size());
    for (const HashResult &r : results) {
        const int row = rowOfId(r.id);
        if (row < 0)
            continue;
        AuthoringEntry &e = m_entries[row];
        const AuthoringEntry::HashState before = e.hashState;
        e.sha256 = r.sha256;
        e.hashError = r.error;
        e.hashState = r.error.isEmpty() ? AuthoringEntry::HashState::Done : AuthoringEntry::HashState::Failed;
        rows << row;
        // A hash only changes the count of pending ones and the wording of a duplicate's
        // message; an invalid validation is redone whole by its next reader anyway.
        if (m_validation.isValid())
            statusRows << m_validation.hashChanged(m_entries, row, before);
    }
    if (rows.isEmpty())
        return;
    emitRowsChanged(rows, 0, ColumnCount - 1);
    if (!statusRows.isEmpty())
        emitRowsChanged(statusRows, StatusColumn, StatusColumn);
    Q_EMIT contentsChanged();
}

void EntryTableModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // One signal per run of consecutive rows: a batch of results is mostly one run.
    qsizetype start = 0;
    for (qsizetype k = 1; k <= rows.size(); ++k) {
        if (k < rows.size() && rows.at(k) == rows.at(k - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(rows.at(start), firstColumn), index(rows.at(k - 1), lastColumn));
        start = k;
    }
}

void EntryTableModel::updateSources(const QList<AuthoringEntry> &probed)
{
    bool changed = false;
    for (const AuthoringEntry &p : probed) {
        const int row = rowOfId(p.id);
        if (row < 0)
            continue;
        if (m_integrity.remove(p.id)) {
            changed = true;
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
        }
        AuthoringEntry &e = m_entries[row];
        if (e.contentState != AuthoringEntry::ContentState::Pending) {
            e.contentState = AuthoringEntry::ContentState::Pending;
            changed = true;
        }
        if (e.sourceState == p.sourceState && e.size == p.size && e.sourceDetail == p.sourceDetail)
            continue;
        if (e.size != p.size) {
            e.hashState = AuthoringEntry::HashState::Pending;
            e.sha256.clear();
        }
        e.sourceState = p.sourceState;
        e.sourceDetail = p.sourceDetail;
        e.size = p.size;
        changed = true;
    }
    if (changed)
        invalidate();
}

void EntryTableModel::setContentChecks(const QList<ContentResult> &results)
{
    QList<int> rows;
    bool anyChanged = false;
    for (const ContentResult &r : results) {
        const int row = rowOfId(r.id);
        if (row < 0)
            continue;
        AuthoringEntry &e = m_entries[row];
        const AuthoringEntry::ContentState before = e.contentState;
        e.contentState = AuthoringEntry::ContentState::Checked;
        e.content = r.detection;
        anyChanged = true;
        // An invalid validation is redone whole by its next reader anyway.
        if (m_validation.isValid() && m_validation.contentChanged(m_entries, row, before))
            rows << row;
    }
    if (!rows.isEmpty())
        emitRowsChanged(rows, StatusColumn, StatusColumn);
    if (anyChanged)
        Q_EMIT contentsChanged();
}

void EntryTableModel::setIntegrityResult(quint64 id, const ArchiveReport &report)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    ArchiveReport stored = report;
    stored.members.clear(); // the status column needs the verdict, not a listing
    const auto previous = m_integrity.constFind(id);
    const bool failedBefore = previous != m_integrity.cend() && !previous->passed();
    m_integrity.insert(id, stored);
    if (m_validation.isValid())
        m_validation.integrityChanged(failedBefore, !stored.passed());
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

const ArchiveReport *EntryTableModel::integrityResult(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    const auto it = m_integrity.constFind(m_entries.at(row).id);
    return it == m_integrity.cend() ? nullptr : &it.value();
}

int EntryTableModel::integrityFailures() const
{
    ensureValidated();
    return m_validation.counts().integrityFailures;
}

void EntryTableModel::invalidate(bool rowsChanged)
{
    m_validation.invalidate();
    if (rowsChanged && !m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT contentsChanged();
}

void EntryTableModel::ensureValidated() const
{
    if (!m_validation.isValid())
        m_validation.rebuild(m_entries, m_layout, m_integrity);
}
