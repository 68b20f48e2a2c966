// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "model/authoring/EntryListHandover.h"

void EntryListHandover::keep(const QList<AuthoringEntry> &entries, const EntryValidation &validation,
    PayloadFormat::Layout layout, const QHash<quint64, int> &rowById, bool rowByIdValid)
{
    if (entries.isEmpty() || !validation.isValid()) {
        m_kept.reset();
        return;
    }
    // Copies of implicitly shared containers: constant time, whatever the rows.
    m_kept = Kept {entries, validation, layout, rowById, rowByIdValid};
}

bool EntryListHandover::takeBack(const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout,
    EntryValidation &validation, QHash<quint64, int> &rowById, bool &rowByIdValid)
{
    if (!canTakeBack(entries, layout))
        return false;
    validation = m_kept->validation;
    rowById = m_kept->rowById;
    rowByIdValid = m_kept->rowByIdValid;
    m_kept.reset();
    return true;
}

bool EntryListHandover::canTakeBack(const QList<AuthoringEntry> &entries, PayloadFormat::Layout layout) const
{
    // Shared data is unchanged data: any edit of either list would have detached it.
    return m_kept && !entries.isEmpty() && m_kept->entries.isSharedWith(entries) && m_kept->layout == layout;
}
