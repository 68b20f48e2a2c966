// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "MemberSafety.h"

#include <QList>

namespace {

// Walks `components` from a stack of `depth` folders; false when a ".." climbs above the top.
bool staysInside(qsizetype depth, const QList<QByteArray> &components)
{
    for (const QByteArray &c : components) {
        if (c.isEmpty() || c == ".")
            continue;
        if (c == "..") {
            if (depth == 0)
                return false;
            --depth;
        } else {
            ++depth;
        }
    }
    return true;
}

} // namespace

bool MemberSafety::isAbsolute(const QByteArray &path)
{
    return path.startsWith('/');
}

bool MemberSafety::hasParentComponent(const QByteArray &path)
{
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &c : parts)
        if (c == "..")
            return true;
    return false;
}

QByteArray MemberSafety::normalized(const QByteArray &path)
{
    QList<QByteArray> out;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &c : parts)
        if (!c.isEmpty() && c != ".")
            out.append(c);
    return out.join('/');
}

bool MemberSafety::symlinkLeavesTree(const QByteArray &memberPath, const QByteArray &target)
{
    if (isAbsolute(target))
        return true;
    QList<QByteArray> folder = normalized(memberPath).split('/');
    folder.removeLast(); // the link itself
    if (!staysInside(0, folder))
        return true;
    qsizetype depth = 0;
    for (const QByteArray &c : std::as_const(folder))
        depth += c == ".." ? -1 : 1;
    return !staysInside(depth, target.split('/'));
}

bool MemberSafety::hardLinkLeavesTree(const QByteArray &target)
{
    return isAbsolute(target) || !staysInside(0, target.split('/'));
}

void MemberSafety::add(ArchiveFindings &out, ArchiveFinding::Severity severity, ArchiveFinding::Code code,
    const ArchiveMember &member, const QString &message)
{
    int &count = m_counts[int(code)];
    if (count >= MaxFindingsPerCode) {
        ++m_suppressed[int(code)];
        return;
    }
    ++count;
    ArchiveFinding f;
    f.severity = severity;
    f.code = code;
    f.member = member.path();
    f.offset = member.headerOffset;
    f.message = message;
    out.append(f);
}

void MemberSafety::check(const ArchiveMember &member, ArchiveFindings &out)
{
    using Sev = ArchiveFinding::Severity;
    using Code = ArchiveFinding::Code;
    const QByteArray &path = member.rawPath;
    const QString shown = member.path();
    if (isAbsolute(path))
        add(out, Sev::Error, Code::AbsolutePath, member,
            tr("Member \"%1\" has an absolute path: tar strips the leading '/' and exits with an error, or, with -P, "
               "writes "
               "outside the folder.")
                .arg(shown));
    if (hasParentComponent(path))
        add(out, Sev::Error, Code::ParentComponent, member,
            tr("Member \"%1\" has a \"..\" component: tar refuses to unpack it and exits with an error.").arg(shown));

    const QByteArray norm = normalized(path);
    // A member below an earlier symbolic link member would be written wherever the link points.
    qsizetype slash = norm.indexOf('/');
    while (slash > 0 && !m_symlinks.isEmpty()) {
        if (m_symlinks.contains(norm.left(slash))) {
            add(out, Sev::Error, Code::ThroughSymlink, member,
                tr("Member \"%1\" lies below the symbolic link \"%2\" stored earlier in the archive: unpacking it "
                   "would write "
                   "wherever that link points.")
                    .arg(shown, QString::fromUtf8(norm.left(slash))));
            break;
        }
        slash = norm.indexOf('/', slash + 1);
    }

    switch (member.type) {
    case ArchiveMember::Type::Symlink:
        m_symlinks.insert(norm);
        if (symlinkLeavesTree(path, member.rawLinkTarget))
            add(out, Sev::Warning, Code::LinkOutsideTree, member,
                tr("Symbolic link \"%1\" points to \"%2\", outside the folder the archive is unpacked in.")
                    .arg(shown, member.linkTarget()));
        break;
    case ArchiveMember::Type::HardLink:
        if (hardLinkLeavesTree(member.rawLinkTarget))
            add(out, Sev::Error, Code::HardLinkOutsideTree, member,
                tr("Hard link \"%1\" refers to \"%2\", outside the folder the archive is unpacked in.")
                    .arg(shown, member.linkTarget()));
        break;
    case ArchiveMember::Type::CharDevice:
    case ArchiveMember::Type::BlockDevice:
    case ArchiveMember::Type::Fifo:
        add(out, Sev::Warning, Code::SpecialFile, member,
            tr("Member \"%1\" is a %2: unpacking it as root creates a special file, which no source tarball needs.")
                .arg(shown, ArchiveMember::typeName(member.type)));
        break;
    default:
        // A later regular member of the same path replaces the link rather than going through it.
        m_symlinks.remove(norm);
        break;
    }
}

void MemberSafety::finish(ArchiveFindings &out)
{
    for (auto it = m_suppressed.cbegin(); it != m_suppressed.cend(); ++it) {
        ArchiveFinding f;
        f.code = ArchiveFinding::Code(it.key());
        f.severity = ArchiveFinding::Severity::Info;
        for (const ArchiveFinding &earlier : std::as_const(out))
            if (earlier.code == f.code)
                f.severity = earlier.severity;
        f.message = tr("%n more member(s) with the same problem as above (%1) are not listed one by one.", nullptr,
            int(it.value()))
                        .arg(ArchiveFinding::codeKey(f.code));
        out.append(f);
    }
    m_suppressed.clear();
}
