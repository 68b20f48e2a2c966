// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveWalk.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZipFileEntry>

ArchiveWalk::ArchiveWalk(ArchiveReport &report, const ArchiveInspector::Options &options, const JobControl &control)
    : r(report)
    , opt(options)
    , ctl(control)
{ }

bool ArchiveWalk::tick(qint64 inputPosition, const QString &member)
{
    if (inputPosition - m_lastReported >= ProgressStep) {
        m_lastReported = inputPosition;
        ctl.report(inputPosition, r.inputSize, member);
    }
    return !ctl.canceled();
}

void ArchiveWalk::addMember(const ArchiveMember &m)
{
    ++r.memberCount;
    safety.check(m, r.findings);
    if (!opt.listMembers)
        return;
    if (r.members.size() < opt.maxListedMembers) {
        r.members.append(m);
    } else if (r.members.size() == opt.maxListedMembers && r.memberCount == opt.maxListedMembers + 1) {
        ArchiveFinding f;
        f.severity = ArchiveFinding::Severity::Info;
        f.code = ArchiveFinding::Code::TooManyMembers;
        f.message =
            tr("Only the first %1 members are listed; the others are counted and checked.").arg(opt.maxListedMembers);
        r.findings.append(f);
    }
}

void ArchiveWalk::setFailure(ArchiveReport::Status status, const QString &message, const QString &member,
    qint64 inputOffset, qint64 streamOffset)
{
    r.status = status;
    r.message = message;
    r.failedMember = member;
    r.failedInputOffset = inputOffset;
    r.failedStreamOffset = streamOffset;
}

void ArchiveWalk::canceled(const QString &member, qint64 inputOffset)
{
    setFailure(ArchiveReport::Status::Canceled, tr("canceled"), member, inputOffset);
}

ArchiveReport::Status ArchiveWalk::statusOf(DecompressedStream::State state)
{
    switch (state) {
    case DecompressedStream::State::Truncated:
        return ArchiveReport::Status::Truncated;
    case DecompressedStream::State::Corrupt:
        return ArchiveReport::Status::Corrupt;
    case DecompressedStream::State::IoError:
        return ArchiveReport::Status::Unreadable;
    case DecompressedStream::State::Unsupported:
        return ArchiveReport::Status::Unsupported;
    case DecompressedStream::State::Ok:
    case DecompressedStream::State::End:
        break;
    }
    return ArchiveReport::Status::Ok;
}

QString ArchiveWalk::atInput(qint64 offset)
{
    return tr("near byte %1 of the file").arg(offset);
}

void ArchiveWalk::collect(
    const KArchiveDirectory *dir, const QByteArray &prefix, QList<std::pair<ArchiveMember, const KArchiveFile *>> &out)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *e = dir->entry(name);
        if (!e)
            continue;
        ArchiveMember m;
        m.rawPath = prefix + name.toUtf8();
        m.mode = int(e->permissions() & 07777);
        m.mtime = e->date().isValid() ? e->date().toSecsSinceEpoch() : 0;
        if (e->isDirectory()) {
            m.type = ArchiveMember::Type::Directory;
            m.rawPath += '/';
            out.append({m, nullptr});
            collect(static_cast<const KArchiveDirectory *>(e), m.rawPath, out);
            continue;
        }
        const auto *file = static_cast<const KArchiveFile *>(e);
        if (const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(file))
            m.rawPath = zipEntry->path().toUtf8(); // as stored: KArchive's tree drops a leading '/'
        if (!e->symLinkTarget().isEmpty()) {
            m.type = ArchiveMember::Type::Symlink;
            m.rawLinkTarget = e->symLinkTarget().toUtf8();
        } else {
            m.size = file->size();
        }
        out.append({m, file});
    }
}
