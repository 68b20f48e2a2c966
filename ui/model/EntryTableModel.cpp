// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/EntryTableModel.h"
#include "commands/MoveEntriesCommand.h"
#include "commands/RenameEntryCommand.h"
#include "model/EntryKind.h"
#include "model/EntryValidator.h"
#include "model/IntegrityStatus.h"
#include "widgets/Formatting.h"
#include "widgets/Icons.h"

#include <QBrush>
#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

using Layout = PayloadFormat::Layout;

QString EntryTableModel::rowsMimeType()
{
    return QStringLiteral("application/x-payload-studio-rows");
}

EntryTableModel::EntryTableModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
{ }

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryTableModel::statusData(int row, int role) const
{
    const auto tested = m_integrity.constFind(m_entries.at(row).id);
    if (tested == m_integrity.cend())
        return problemStatusData(row, role);
    const ArchiveReport &report = tested.value();
    const EntryProblems &problems = m_problems.at(row);
    using Level = IntegrityStatus::Level;
    const Level level = IntegrityStatus::level(
        problems.isEmpty() ? Level::Fine : hasBlockingProblem(problems) ? Level::Error : Level::Warning, report);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return IntegrityStatus::text(problemStatusData(row, Qt::DisplayRole).toString(), int(problems.size()), report);
    case Qt::DecorationRole:
        return IntegrityStatus::icon(level, true);
    case Qt::ToolTipRole:
        return QString(
            problemStatusData(row, role).toString() + QStringLiteral("<br>") + IntegrityStatus::tooltipLines(report));
    case Qt::ForegroundRole:
        return IntegrityStatus::foreground(level);
    default:
        break;
    }
    return problemStatusData(row, role);
}

QVariant EntryTableModel::problemStatusData(int row, int role) const
{
    const EntryProblems &problems = m_problems.at(row);
    const bool blocking = hasBlockingProblem(problems);
    switch (role) {
    case Qt::DisplayRole:
        if (problems.isEmpty())
            return tr("OK");
        if (problems.size() == 1)
            return EntryValidator::shortLabel(problems.constFirst().kind);
        return tr("%1 (+%2)").arg(EntryValidator::shortLabel(problems.constFirst().kind)).arg(problems.size() - 1);
    case Qt::DecorationRole:
        if (problems.isEmpty())
            return Icons::get(QStringLiteral("emblem-ok"));
        return Icons::get(blocking ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"));
    case Qt::ToolTipRole: {
        if (problems.isEmpty())
            return tr("The importer accepts this entry.");
        QStringList lines;
        for (const EntryProblem &p : problems)
            lines << p.message.toHtmlEscaped();
        return QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>")));
    }
    case Qt::ForegroundRole:
        if (problems.isEmpty())
            return {};
        // KDE's negative and neutral text colours: readable on light and dark palettes.
        return QBrush(blocking ? QColor(0xda, 0x44, 0x53) : QColor(0xf6, 0x74, 0x00));
    case Qt::AccessibleTextRole:
        return problems.isEmpty() ? tr("OK") : problems.constFirst().message;
    default:
        break;
    }
    return {};
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    ensureValidated();
    const int row = index.row();
    const AuthoringEntry &e = m_entries.at(row);
    if (role == FilterRole)
        return QString(e.displayName() + QLatin1Char('\n') + e.sourcePath);
    if (role == EntryIdRole)
        return QVariant::fromValue(e.id);
    if (role == IntegrityRole) {
        const auto tested = m_integrity.constFind(e.id);
        return tested == m_integrity.cend() ? QVariant() : QVariant(IntegrityStatus::key(*tested));
    }
    if (role == SeverityRole) {
        const EntryProblems &p = m_problems.at(row);
        return p.isEmpty() ? 0 : hasBlockingProblem(p) ? 2 : 1;
    }
    switch (index.column()) {
    case StatusColumn:
        return statusData(row, role);
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e.displayName();
        if (role == Qt::ToolTipRole)
            return e.displayName();
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return e.sourceState == AuthoringEntry::SourceState::Missing ? QString() : Formatting::bytes(e.size);
        if (role == Qt::ToolTipRole)
            return Formatting::exactBytes(e.size);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return EntryKind::label(e.displayName());
        break;
    case Sha256Column:
        if (e.hashState == AuthoringEntry::HashState::Pending && e.sourceState != AuthoringEntry::SourceState::Ok) {
            // Nothing to read: no hash until the source is back.
            if (role == Qt::DisplayRole)
                return QStringLiteral("—");
            if (role == Qt::ToolTipRole)
                return tr("The source cannot be read, so it has no hash.");
            break;
        }
        if (role == Qt::DisplayRole) {
            switch (e.hashState) {
            case AuthoringEntry::HashState::Pending:
                return tr("hashing…");
            case AuthoringEntry::HashState::Done:
                return QString::fromLatin1(e.sha256);
            case AuthoringEntry::HashState::Failed:
                return tr("unavailable");
            }
        }
        if (role == Qt::ToolTipRole && e.hashState == AuthoringEntry::HashState::Failed)
            return e.hashError;
        if (role == Qt::ToolTipRole && e.hashState == AuthoringEntry::HashState::Done)
            return QString::fromLatin1(e.sha256);
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (e.wholeFile)
                return e.sourcePath;
            return tr("%1 (bytes %2–%3)").arg(e.sourcePath).arg(e.sourceOffset).arg(e.sourceOffset + e.size);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // Row numbers are positions in the image: 1-based, as the build dialog names them.
        if (role == Qt::DisplayRole && section >= 0 && section < m_entries.size())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case KindColumn:
        return tr("Kind");
    case Sha256Column:
        return tr("SHA-256");
    case SourceColumn:
        return tr("Source");
    default:
        break;
    }
    return {};
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
    return {rowsMimeType(), QStringLiteral("text/uri-list")};
}

QMimeData *EntryTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !rows.contains(i.row()))
            rows << i.row();
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    // The model's address ties the rows to this list: a drop on another window's list is
    // not a move.
    stream << quint64(quintptr(this)) << rows;
    auto *mime = new QMimeData;
    mime->setData(rowsMimeType(), encoded);
    return mime;
}

Qt::DropActions EntryTableModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

Qt::DropActions EntryTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

static bool decodeRows(const QMimeData *data, const void *model, QList<int> *rows)
{
    QByteArray encoded = data->data(EntryTableModel::rowsMimeType());
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    quint64 owner = 0;
    stream >> owner >> *rows;
    return stream.status() == QDataStream::Ok && owner == quint64(quintptr(model));
}

bool EntryTableModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    if (data->hasFormat(rowsMimeType())) {
        QList<int> rows;
        return decodeRows(data, this, &rows);
    }
    if (!data->hasUrls())
        return false;
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
}

bool EntryTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto a row: before it. Below the last row: at the end.
    int destination = row;
    if (destination < 0)
        destination = parent.isValid() ? parent.row() : rowCount();
    if (data->hasFormat(rowsMimeType())) {
        QList<int> rows;
        decodeRows(data, this, &rows);
        auto *command = new MoveEntriesCommand(this, rows, destination);
        if (command->changesOrder())
            m_undoStack->push(command);
        else
            delete command;
        return true;
    }
    QList<QUrl> local;
    for (const QUrl &u : data->urls())
        if (u.isLocalFile())
            local << u;
    Q_EMIT urlsDropped(local, destination >= rowCount() ? -1 : destination);
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
    return m_problems.value(row);
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
    Summary s;
    s.entries = int(m_entries.size());
    qint64 names = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const AuthoringEntry &e = m_entries.at(i);
        s.payloadBytes += e.size;
        names += e.name.size();
        if (e.hashState == AuthoringEntry::HashState::Pending && e.sourceState == AuthoringEntry::SourceState::Ok)
            ++s.hashing;
        const EntryProblems &p = m_problems.at(i);
        if (hasBlockingProblem(p))
            ++s.errorRows;
        else if (!p.isEmpty())
            ++s.warningRows;
    }
    s.imageSize = PayloadFormat::imageSize(m_layout, s.entries, names, s.payloadBytes);
    return s;
}

QStringList EntryTableModel::buildBlockers(Layout layout) const
{
    if (m_entries.isEmpty())
        return {tr("The list is empty: add files first.")};
    const QList<EntryProblems> all =
        layout == m_layout ? (ensureValidated(), m_problems) : EntryValidator::validate(m_entries, layout);
    // Group by kind, naming the first few rows of each, so that the dialog stays short with
    // thousands of problems.
    QMap<EntryProblem::Kind, QList<int>> rowsByKind;
    for (int i = 0; i < all.size(); ++i)
        for (const EntryProblem &p : all.at(i))
            if (p.severity == EntryProblem::Severity::Error && !rowsByKind[p.kind].contains(i + 1))
                rowsByKind[p.kind] << i + 1;
    QStringList out;
    for (auto it = rowsByKind.cbegin(); it != rowsByKind.cend(); ++it) {
        const QList<int> &rows = it.value();
        QStringList shown;
        for (int k = 0; k < std::min<qsizetype>(rows.size(), 5); ++k) {
            const int row = rows.at(k);
            shown << tr("%1 “%2”").arg(row).arg(m_entries.at(row - 1).displayName());
        }
        QString line = tr("%1: %n entry(s) (%2)", nullptr, int(rows.size()))
                           .arg(EntryValidator::shortLabel(it.key()), shown.join(QStringLiteral(", ")));
        if (rows.size() > 5)
            line += tr(" and %n more", nullptr, int(rows.size() - 5));
        out << line;
    }
    if (quint64(m_entries.size()) > PayloadFormat::MaxImporterCount)
        out << tr("%1 entries: the importer accepts at most %2.")
                   .arg(m_entries.size())
                   .arg(PayloadFormat::MaxImporterCount);
    return out;
}

void EntryTableModel::insertEntries(int row, const QList<AuthoringEntry> &entries)
{
    if (entries.isEmpty())
        return;
    row = std::clamp(row, 0, int(m_entries.size()));
    beginInsertRows({}, row, row + int(entries.size()) - 1);
    m_entries.insert(row, entries.size(), AuthoringEntry {});
    std::copy(entries.cbegin(), entries.cend(), m_entries.begin() + row);
    m_rowByIdValid = false;
    m_problemsValid = false;
    endInsertRows();
    invalidate();
}

QList<AuthoringEntry> EntryTableModel::takeEntries(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
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
        m_problemsValid = false;
        endRemoveRows();
        end = start - 1;
    }
    invalidate();
    return taken;
}

void EntryTableModel::renameEntry(int row, const QByteArray &name)
{
    m_entries[row].name = name;
    m_integrity.remove(m_entries.at(row).id); // the name check was about the old name
    invalidate(); // a rename can create or end a duplicate anywhere in the list
}

void EntryTableModel::reorder(const QList<quint64> &ids)
{
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
    m_problemsValid = false;

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOfId(beforeIds.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    invalidate();
}

void EntryTableModel::setHash(quint64 id, const QByteArray &sha256, const QString &error)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    AuthoringEntry &e = m_entries[row];
    e.sha256 = sha256;
    e.hashError = error;
    e.hashState = error.isEmpty() ? AuthoringEntry::HashState::Done : AuthoringEntry::HashState::Failed;
    // A hash can only change the wording of a duplicate's message, so revalidating is cheap
    // enough to do for each result and keeps the tooltip honest.
    m_problemsValid = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT contentsChanged();
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

void EntryTableModel::setIntegrityResult(quint64 id, const ArchiveReport &report)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    ArchiveReport stored = report;
    stored.members.clear(); // the status column needs the verdict, not a listing
    m_integrity.insert(id, stored);
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
    int failures = 0;
    for (const AuthoringEntry &e : m_entries) {
        const auto it = m_integrity.constFind(e.id);
        failures += it != m_integrity.cend() && !it->passed() ? 1 : 0;
    }
    return failures;
}

void EntryTableModel::invalidate()
{
    m_problemsValid = false;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT contentsChanged();
}

void EntryTableModel::ensureValidated() const
{
    if (m_problemsValid)
        return;
    m_problems = EntryValidator::validate(m_entries, m_layout);
    m_problemsValid = true;
}
