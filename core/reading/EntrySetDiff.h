// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One member of a set being compared: an entry of an image or a file of a folder.
struct DiffItem
{
    QByteArray name;
    qint64 size = 0;
    QByteArray sha256; // 64 lower-case hex digits, or empty while not computed
};

// One difference between an old and a new set of entries.
struct EntryChange
{
    enum class Kind {
        Added, // only in the new set (newIndex)
        Removed, // only in the old set (oldIndex)
        Changed, // the same name in both, another size or SHA-256
        Renamed, // gone under oldIndex's name, present under newIndex's name with the same bytes
    };
    Kind kind = Kind::Changed;
    int oldIndex = -1; // index into the old set, -1 for Added
    int newIndex = -1; // index into the new set, -1 for Removed

    // "added", "removed", "changed" or "renamed": the stable spelling for machine output.
    static QString kindKey(Kind kind);
};

// Compares two sets of named entries the way a user of the importer sees them: by name, and
// by content where names differ. Within one set a repeated name counts once, as its last
// occurrence, because the importer lets the last file of a name overwrite the earlier ones.
//
// Hashing is the expensive part, so comparing is two steps: hashesNeeded() tells which
// items need a digest at all, the caller computes those (in parallel, from wherever the bytes
// are), then compare() decides.
class EntrySetDiff
{
public:
    // The items whose digest compare() needs: same-name pairs of equal size (content may
    // differ), and items whose name is on one side only when an item of the same size is on
    // the other side only (a rename candidate). Indices are ascending; items that repeat a
    // later name are never listed.
    static void hashesNeeded(
        const QList<DiffItem> &oldSet, const QList<DiffItem> &newSet, QList<int> *oldIndices, QList<int> *newIndices);

    // The differences from `oldSet` to `newSet`, sorted by name (the old name for removed,
    // changed and renamed entries, the new one for added entries). Same-name items differ
    // when their sizes differ or their digests differ; a rename pairs a removed and an added
    // item with equal size and equal non-empty digest, in name order when several match.
    // Digests the caller did not compute count as unknown: equal-size items whose digests
    // are missing are taken as unchanged and never as a rename.
    static QList<EntryChange> compare(const QList<DiffItem> &oldSet, const QList<DiffItem> &newSet);
};
