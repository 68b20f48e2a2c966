// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QString>
#include <QStringList>

// What a shell should offer for an option's value or a positional argument, told by the
// name the help gives it (OUT, DIR, LAYOUT, ...). The words for LAYOUT and FORMAT are the
// names the commands accept, taken from the core that parses them.
class ValueKind
{
public:
    enum Kind {
        Files, // any file name; also the guess for a name not listed here
        Directories,
        Words, // one of `words`
        Nothing, // a number, a URL, an entry name: nothing to offer
    };

    static ValueKind of(const QString &valueName);

    Kind kind = Files;
    QStringList words;
};
