// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/archive/ArchiveMemberModel.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"
#include "widgets/presentation/StatusColours.h"

#include <QApplication>
#include <QBrush>
#include <QFontDatabase>
#include <QLocale>
#include <QStyle>

ArchiveMemberModel::ArchiveMemberModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ArchiveMemberModel::setTree(std::shared_ptr<const ArchiveMemberTree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

const ArchiveMemberModel::Node *ArchiveMemberModel::node(const QModelIndex &index) const
{
    if (!m_tree)
        return nullptr;
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_tree->root();
}

QModelIndex ArchiveMemberModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = node(parent);
    if (!p || row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex ArchiveMemberModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    const Node *p = static_cast<const Node *>(child.internalPointer())->parent;
    if (!p || p == &m_tree->root())
        return {};
    return createIndex(p->row, 0, p);
}

int ArchiveMemberModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = node(parent);
    return p ? int(p->children.size()) : 0;
}

int ArchiveMemberModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ArchiveMemberModel::isFolder(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? node(index) : nullptr;
    return n && n->folder;
}

int ArchiveMemberModel::compare(const QModelIndex &left, const QModelIndex &right, int column) const
{
    const Node *a = left.isValid() ? node(left) : nullptr;
    const Node *b = right.isValid() ? node(right) : nullptr;
    if (!a || !b)
        return 0;
    const auto order = [](auto x, auto y) {
        return x < y ? -1 : y < x ? 1 : 0;
    };
    const ArchiveMember *ma = m_tree->member(*a);
    const ArchiveMember *mb = m_tree->member(*b);
    // Implied folders have no member: they sort as a folder with nothing of its own.
    ArchiveMember none;
    none.type = ArchiveMember::Type::Directory;
    const ArchiveMember &x = ma ? *ma : none;
    const ArchiveMember &y = mb ? *mb : none;
    switch (column) {
    case SizeColumn:
        return order(a->totalSize, b->totalSize);
    case TypeColumn:
        return order(int(x.type), int(y.type));
    case ModeColumn:
        return order(x.mode, y.mode);
    case LinkColumn:
        return order(x.rawLinkTarget, y.rawLinkTarget);
    case ModifiedColumn:
        return order(x.mtime, y.mtime);
    default:
        break;
    }
    return order(a->row, b->row);
}

QString ArchiveMemberModel::modeString(const ArchiveMember &m)
{
    using Type = ArchiveMember::Type;
    char type = '-';
    switch (m.type) {
    case Type::Directory:
        type = 'd';
        break;
    case Type::Symlink:
        type = 'l';
        break;
    case Type::HardLink:
        type = 'h';
        break;
    case Type::CharDevice:
        type = 'c';
        break;
    case Type::BlockDevice:
        type = 'b';
        break;
    case Type::Fifo:
        type = 'p';
        break;
    case Type::File:
    case Type::Other:
        break;
    }
    QString s(10, QLatin1Char('-'));
    s[0] = QLatin1Char(type);
    const char *letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit)
        if (m.mode & (0400 >> bit))
            s[bit + 1] = QLatin1Char(letters[bit]);
    // setuid, setgid and sticky take the execute places, as ls writes them.
    if (m.mode & 04000)
        s[3] = (m.mode & 0100) ? QLatin1Char('s') : QLatin1Char('S');
    if (m.mode & 02000)
        s[6] = (m.mode & 010) ? QLatin1Char('s') : QLatin1Char('S');
    if (m.mode & 01000)
        s[9] = (m.mode & 01) ? QLatin1Char('t') : QLatin1Char('T');
    return s;
}

QVariant ArchiveMemberModel::nameData(const Node &n, const ArchiveMember *m, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return n.name;
    case Qt::DecorationRole: {
        const int worst = std::max(n.severity, n.worstBelow);
        if (worst == int(ArchiveFinding::Severity::Error))
            return Icons::get(QStringLiteral("dialog-error"));
        if (worst == int(ArchiveFinding::Severity::Warning))
            return Icons::get(QStringLiteral("dialog-warning"));
        if (n.folder)
            return Icons::standard(QStyle::SP_DirIcon);
        if (m && (m->type == ArchiveMember::Type::Symlink || m->type == ArchiveMember::Type::HardLink))
            return Icons::standard(QStyle::SP_FileLinkIcon);
        return Icons::standard(QStyle::SP_FileIcon);
    }
    case Qt::ToolTipRole: {
        QString tip = m ? m->path().toHtmlEscaped() : tr("%1 (no member of its own)").arg(n.name).toHtmlEscaped();
        for (const QString &f : n.findings)
            tip += QStringLiteral("<br>") + f.toHtmlEscaped();
        if (n.worstBelow >= int(ArchiveFinding::Severity::Warning))
            tip += QStringLiteral("<br>") + tr("Members below have findings.").toHtmlEscaped();
        return tip;
    }
    case Qt::ForegroundRole:
        if (n.severity == int(ArchiveFinding::Severity::Error))
            return QBrush(StatusColours::forView(StatusColours::Role::Negative));
        if (n.severity == int(ArchiveFinding::Severity::Warning))
            return QBrush(StatusColours::forView(StatusColours::Role::Neutral));
        return {};
    default:
        return {};
    }
}

QVariant ArchiveMemberModel::data(const QModelIndex &index, int role) const
{
    const Node *n = index.isValid() ? node(index) : nullptr;
    if (!n)
        return {};
    const ArchiveMember *m = m_tree->member(*n);
    if (role == PathRole)
        return m ? m->path() : QString();
    if (role == FindingsBelowRole)
        return n->worstBelow;
    switch (index.column()) {
    case NameColumn:
        return nameData(*n, m, role);
    case SizeColumn:
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (n->folder) {
            if (role == Qt::DisplayRole)
                return n->fileCount > 0 ? Formatting::bytes(n->totalSize) : QString();
            if (role == Qt::ToolTipRole)
                return tr("%n member(s) below, %1 in all", nullptr, n->fileCount)
                    .arg(Formatting::exactBytes(n->totalSize));
            return {};
        }
        if (role == Qt::DisplayRole)
            return Formatting::bytes(n->totalSize);
        if (role == Qt::ToolTipRole)
            return Formatting::exactBytes(n->totalSize);
        return {};
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return m ? ArchiveMember::typeName(m->type) : ArchiveMember::typeName(ArchiveMember::Type::Directory);
        return {};
    case ModeColumn:
        if (role == Qt::DisplayRole && m)
            return modeString(*m);
        if (role == Qt::ToolTipRole && m)
            return QStringLiteral("%1").arg(m->mode, 4, 8, QLatin1Char('0'));
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case LinkColumn:
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && m && !m->rawLinkTarget.isEmpty())
            return m->type == ArchiveMember::Type::HardLink ? tr("link to %1").arg(m->linkTarget()) : m->linkTarget();
        return {};
    case ModifiedColumn:
        if (role == Qt::DisplayRole && m)
            return QLocale().toString(m->modified().toLocalTime(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole && m)
            return m->modified().toString(Qt::ISODate);
        return {};
    default:
        return {};
    }
}

QVariant ArchiveMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case ModeColumn:
        return tr("Mode");
    case LinkColumn:
        return tr("Link Target");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}
