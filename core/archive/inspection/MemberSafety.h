// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ArchiveFinding.h"
#include "ArchiveMember.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

// Judges members by what unpacking them would do: a path that starts with '/' or has a ".."
// component (GNU tar strips or refuses them and exits with an error, so the bootstrap's unpack
// step fails), a link whose target leaves the unpack folder, a member written through an
// earlier symbolic link member (the classic way to escape the folder), device nodes.
//
// Stateful: feed the members in archive order. Findings of one code are capped (a hostile
// archive could have millions); finish() adds one finding that counts the rest.
class MemberSafety
{
    Q_DECLARE_TR_FUNCTIONS(MemberSafety)
public:
    static constexpr int MaxFindingsPerCode = 50;

    void check(const ArchiveMember &member, ArchiveFindings &out);
    void finish(ArchiveFindings &out);

    static bool isAbsolute(const QByteArray &path);
    static bool hasParentComponent(const QByteArray &path);
    // True when `target`, taken relative to the folder that holds `memberPath`, leads outside
    // the unpack folder (absolute targets always do).
    static bool symlinkLeavesTree(const QByteArray &memberPath, const QByteArray &target);
    // True when a hard link's `target` (relative to the unpack folder) lies outside it.
    static bool hardLinkLeavesTree(const QByteArray &target);
    // "./a//b/./c/" -> "a/b/c"; ".." components are kept.
    static QByteArray normalized(const QByteArray &path);

private:
    void add(ArchiveFindings &out, ArchiveFinding::Severity severity, ArchiveFinding::Code code,
        const ArchiveMember &member, const QString &message);

    QSet<QByteArray> m_symlinks;
    QHash<int, qint64> m_suppressed;
    QHash<int, int> m_counts;
};
