// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuildPlan.h"
#include "DistfileKind.h"

#include <QByteArray>
#include <QString>

// One row of the authoring list: a name for the image and where its bytes come from, plus
// what the application has learnt about the source (whether it can be read, its hash).
struct AuthoringEntry
{
    enum class SourceState {
        Ok,
        Missing, // nothing at the path (any more)
        Unreadable, // exists, cannot be opened for reading
        NotRegularFile, // a folder, a device, a pipe…
        RangeOutOfBounds, // a byte range that ends past the end of its file
    };
    enum class HashState { Pending, Done, Failed };
    // Whether the first bytes of the source were looked at (ContentCheck), as they are once
    // after adding and again after Check Sources Again.
    enum class ContentState { Pending, Checked };

    quint64 id = 0; // stable identity across edits, so late results (hashes) find their row
    QByteArray name; // UTF-8 bytes exactly as they will be written
    QString sourcePath;
    qint64 sourceOffset = 0;
    qint64 size = 0;
    bool wholeFile = true; // false: a byte range of sourcePath (an entry of another image)
    SourceState sourceState = SourceState::Ok;
    QString sourceDetail; // the system's words when sourceState is not Ok
    HashState hashState = HashState::Pending;
    QByteArray sha256; // 64 lower-case hex digits once hashState is Done
    QString hashError; // set when hashState is Failed
    ContentState contentState = ContentState::Pending;
    // What the first bytes of the source are, once contentState is Checked; the name is
    // compared with it whenever the row is validated, so a rename needs no new read.
    DistfileKind::Detection content;

    // An entry for the whole file at `path`, with a fresh id, its source probed (size, state).
    // Touches the file system: call on a worker thread for many files.
    static AuthoringEntry fromFile(const QString &path, const QByteArray &name);
    // An entry for a core BuildEntry (a list line or an image range), with a fresh id; its
    // source is probed when `probe` (else its state is Ok until probeSource() runs).
    static AuthoringEntry fromBuildEntry(const BuildEntry &entry, bool probe = true);

    // Looks at the source again: state, detail and, for whole files, size. Touches the file system.
    void probeSource();
    // What the writer needs.
    BuildEntry toBuildEntry() const;
    QString displayName() const { return QString::fromUtf8(name); }

    // A process-wide unique id; thread-safe.
    static quint64 nextId();
};
