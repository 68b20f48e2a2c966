// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "StreamWalker.h"
#include "TarStreamReader.h"

#include <QFileInfo>

void StreamWalker::walkTar(ArchiveWalk &w, QIODevice *device)
{
    DecompressedStream stream(device, DistfileKind::compressionOf(w.r.kind.kind));
    if (!stream.open()) {
        w.setFailure(w.statusOf(stream.state()), stream.errorString());
        return;
    }
    TarStreamReader tar(stream);
    QString current;
    tar.setProgressCallback([&] { return w.tick(stream.inputPosition(), current); });
    ArchiveMember member;
    for (;;) {
        const TarStreamReader::Step step = tar.next(member);
        if (step == TarStreamReader::Step::Member) {
            current = member.path();
            w.addMember(member);
            continue;
        }
        if (step == TarStreamReader::Step::End)
            break;
        QString message = tar.failureMessage();
        if (stream.isCompressed() && tar.failureStatus() != ArchiveReport::Status::Canceled)
            message = tr("%1 (%2)").arg(message, w.atInput(stream.inputPosition()));
        w.setFailure(tar.failureStatus(), message, tar.failedMember(), stream.inputPosition(), tar.failureOffset());
        w.r.findings.append(tar.findings());
        return;
    }
    w.r.findings.append(tar.findings());
    if (stream.isCompressed()) {
        // Read what follows the tar's end (record padding) so that the decompressor reaches the
        // end of its stream and checks it.
        while (stream.skip(ArchiveWalk::ReadChunk) > 0)
            if (!w.tick(stream.inputPosition(), current)) {
                w.canceled(current, stream.inputPosition());
                return;
            }
        if (stream.state() != DecompressedStream::State::End) {
            w.setFailure(w.statusOf(stream.state()),
                tr("%1 after the end of the tar archive, at byte %2 of the decompressed data (%3)")
                    .arg(stream.errorString())
                    .arg(stream.position())
                    .arg(w.atInput(stream.inputPosition())),
                {}, stream.inputPosition(), stream.position());
            return;
        }
    }
    w.r.uncompressedSize = stream.isCompressed() ? stream.position() : w.r.inputSize;
    w.r.dataChecked = true;
}

void StreamWalker::walkLone(ArchiveWalk &w, QIODevice *device)
{
    DecompressedStream stream(device, DistfileKind::compressionOf(w.r.kind.kind));
    if (!stream.open()) {
        w.setFailure(w.statusOf(stream.state()), stream.errorString());
        return;
    }
    ArchiveMember m;
    m.rawPath = DistfileKind::decompressedName(QFileInfo(w.r.name).fileName()).toUtf8();
    m.mode = 0644;
    const QString shown = m.path();
    while (stream.skip(ArchiveWalk::ReadChunk) > 0)
        if (!w.tick(stream.inputPosition(), shown)) {
            w.canceled(shown, stream.inputPosition());
            return;
        }
    if (stream.state() != DecompressedStream::State::End) {
        w.setFailure(w.statusOf(stream.state()),
            tr("%1, at byte %2 of the decompressed data (%3)")
                .arg(stream.errorString())
                .arg(stream.position())
                .arg(w.atInput(stream.inputPosition())),
            shown, stream.inputPosition(), stream.position());
        return;
    }
    m.size = stream.position();
    w.r.uncompressedSize = m.size;
    w.addMember(m);
    w.r.dataChecked = true;
}
