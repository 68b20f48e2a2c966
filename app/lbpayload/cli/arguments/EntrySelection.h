// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QStringList>

class PayloadReader;

// The entries of an image that a command writes out (extract, export-tar): the named ones in
// the order named, or all of them in image order. A name stored more than once stands for its
// last entry, the one the importer leaves on disk; the earlier ones are "shadowed". The
// commands word their own messages about shadowed entries and unknown names.
struct EntrySelection
{
    struct Shadowed
    {
        int index; // the entry left out
        int winner; // the later entry with the same name, which is written instead
    };

    QList<int> indices;
    QList<Shadowed> shadowed; // only when every entry was asked for
    QStringList missing; // names asked for that no entry has

    // `names` are file names as typed (encoded with QFile::encodeName); empty means all.
    static EntrySelection select(const PayloadReader &reader, const QStringList &names);
};
