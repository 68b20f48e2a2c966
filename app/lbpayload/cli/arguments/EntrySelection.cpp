// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntrySelection.h"

#include "PayloadReader.h"

#include <QFile>
#include <QHash>

EntrySelection EntrySelection::select(const PayloadReader &reader, const QStringList &names)
{
    EntrySelection out;
    QHash<QByteArray, int> last;
    for (const PayloadEntry &e : reader.entries())
        last.insert(e.rawName, e.index);

    if (names.isEmpty()) {
        for (const PayloadEntry &e : reader.entries()) {
            const int winner = last.value(e.rawName);
            if (winner == e.index)
                out.indices << e.index;
            else
                out.shadowed << Shadowed {e.index, winner};
        }
        return out;
    }
    for (const QString &name : names) {
        const auto it = last.constFind(QFile::encodeName(name));
        if (it == last.cend())
            out.missing << name;
        else if (!out.indices.contains(it.value()))
            out.indices << it.value();
    }
    return out;
}
