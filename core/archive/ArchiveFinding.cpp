// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveFinding.h"

#include <algorithm>

QString ArchiveFinding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString ArchiveFinding::codeKey(Code code)
{
    switch (code) {
    case Code::NameContentMismatch:
        return QStringLiteral("name-content-mismatch");
    case Code::EmptyFile:
        return QStringLiteral("empty-file");
    case Code::AbsolutePath:
        return QStringLiteral("absolute-path");
    case Code::ParentComponent:
        return QStringLiteral("parent-component");
    case Code::LinkOutsideTree:
        return QStringLiteral("link-outside-tree");
    case Code::HardLinkOutsideTree:
        return QStringLiteral("hard-link-outside-tree");
    case Code::ThroughSymlink:
        return QStringLiteral("through-symlink");
    case Code::SpecialFile:
        return QStringLiteral("special-file");
    case Code::LoneZeroBlock:
        return QStringLiteral("lone-zero-block");
    case Code::NoEndMarker:
        return QStringLiteral("no-end-marker");
    case Code::NotVerified:
        return QStringLiteral("not-verified");
    case Code::TooManyMembers:
        return QStringLiteral("too-many-members");
    case Code::CutShort:
        return QStringLiteral("cut-short");
    }
    return {};
}

bool hasArchiveErrors(const ArchiveFindings &findings)
{
    return std::any_of(findings.begin(), findings.end(),
        [](const ArchiveFinding &f) { return f.severity == ArchiveFinding::Severity::Error; });
}
