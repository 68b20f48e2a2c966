// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadFormat.h"
#include "model/authoring/AuthoringEntry.h"
#include "model/authoring/EntryValidation.h"

#include <QHash>
#include <QList>

#include <optional>

// What the authoring list knew of itself when every row was removed at once, so that putting
// that very list back (Undo of Clear List, or of removing every row) restores its validation
// and its index of rows by id instead of redoing both, a pass over every row. They are still
// true: while the list is empty nothing listed can change, and the layout is checked.
class EntryListHandover
{
public:
    // Keeps what is known of `entries`, the whole list just removed; keeps nothing when
    // `validation` is not valid (there is nothing to save then).
    void keep(const QList<AuthoringEntry> &entries, const EntryValidation &validation, PayloadFormat::Layout layout,
        const QHash<quint64, int> &rowById, bool rowByIdValid);
    // When `entries` is the very list kept (shared, so unchanged) and `layout` the one it was
    // validated for: sets `validation`, `rowById` and `rowByIdValid` to what was kept, forgets
    // it and returns true. Otherwise returns false and changes nothing.
    bool takeBack(const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout, EntryValidation &validation,
        QHash<quint64, int> &rowById, bool &rowByIdValid);
    // Whether takeBack() would take `entries` back for `layout`.
    bool canTakeBack(const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout) const;
    void clear() { m_kept.reset(); }

private:
    struct Kept
    {
        QList<AuthoringEntry> entries;
        EntryValidation validation;
        PayloadFormat::Layout layout;
        QHash<quint64, int> rowById;
        bool rowByIdValid = false;
    };
    std::optional<Kept> m_kept;
};
